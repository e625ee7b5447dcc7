/**
 * The Welsh messages, area by area as in english.ts. The app loads this module only when
 * Welsh is chosen (see app-i18n.ts), so people reading English never download it; the
 * command line and the tests get it through index.ts.
 */
import type { Messages } from './languages';
import cyAccessibility from './cy/accessibility.json';
import cyBudget from './cy/budget.json';
import cyCarers from './cy/carers.json';
import cyCaseload from './cy/caseload.json';
import cyCommissioner from './cy/commissioner.json';
import cyComponents from './cy/components.json';
import cyCore from './cy/core.json';
import cyDocuments from './cy/documents.json';
import cyExpenses from './cy/expenses.json';
import cyForms from './cy/forms.json';
import cyLanguage from './cy/language.json';
import cyLedger from './cy/ledger.json';
import cyLines from './cy/lines.json';
import cyOffline from './cy/offline.json';
import cyOutcomes from './cy/outcomes.json';
import cyReviews from './cy/reviews.json';
import cyPackages from './cy/packages.json';
import cyImporting from './cy/importing.json';
import cyPlanCover from './cy/plan-cover.json';
import cyPdf from './cy/pdf.json';
import cyRateCards from './cy/rate-cards.json';
import cyReliability from './cy/reliability.json';
import cyRevisions from './cy/revisions.json';
import cySpending from './cy/spending.json';
import cyStart from './cy/start.json';
import cyReport from './cy/report.json';
import cySummary from './cy/summary.json';

/** The same areas in Welsh: each file has its English file's top-level key (a test holds that). */
export const welshAreas: Readonly<Record<string, Messages>> = {
  core: cyCore,
  components: cyComponents,
  start: cyStart,
  budget: cyBudget,
  lines: cyLines,
  carers: cyCarers,
  expenses: cyExpenses,
  outcomes: cyOutcomes,
  reviews: cyReviews,
  forms: cyForms,
  summary: cySummary,
  report: cyReport,
  pdf: cyPdf,
  documents: cyDocuments,
  language: cyLanguage,
  accessibility: cyAccessibility,
  reliability: cyReliability,
  offline: cyOffline,
  caseload: cyCaseload,
  commissioner: cyCommissioner,
  revisions: cyRevisions,
  rateCards: cyRateCards,
  packages: cyPackages,
  importing: cyImporting,
  planCover: cyPlanCover,
  ledger: cyLedger,
  spending: cySpending,
};

export const welsh: Messages = Object.assign({}, ...Object.values(welshAreas)) as Messages;
