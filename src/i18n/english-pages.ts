/** The English messages loaded with the app's pages (english-areas.ts says which and why). */
import type { PageArea } from './english-areas';
import type { Messages } from './languages';
import accessibility from './en/accessibility.json';
import carers from './en/carers.json';
import caseload from './en/caseload.json';
import commissioner from './en/commissioner.json';
import documents from './en/documents.json';
import expenses from './en/expenses.json';
import forms from './en/forms.json';
import ledger from './en/ledger.json';
import lines from './en/lines.json';
import outcomes from './en/outcomes.json';
import reviews from './en/reviews.json';
import packages from './en/packages.json';
import importing from './en/importing.json';
import planCover from './en/plan-cover.json';
import pdf from './en/pdf.json';
import rateCards from './en/rate-cards.json';
import revisions from './en/revisions.json';
import report from './en/report.json';
import spending from './en/spending.json';
import summary from './en/summary.json';

export const englishPageAreas: Readonly<Record<PageArea, Messages>> = {
  lines,
  carers,
  expenses,
  outcomes,
  reviews,
  forms,
  summary,
  report,
  documents,
  pdf,
  caseload,
  commissioner,
  revisions,
  rateCards,
  accessibility,
  packages,
  importing,
  planCover,
  ledger,
  spending,
};
