/**
 * The English messages: one file per area of the app (src/i18n/en/*.json), merged into
 * one namespace, so that people working on different pages never edit the same file.
 * English is bundled into the app's start-up code; Welsh (welsh.ts) is loaded on demand.
 */
import type { Messages } from './languages';
import accessibility from './en/accessibility.json';
import budget from './en/budget.json';
import carers from './en/carers.json';
import caseload from './en/caseload.json';
import commissioner from './en/commissioner.json';
import components from './en/components.json';
import core from './en/core.json';
import documents from './en/documents.json';
import expenses from './en/expenses.json';
import forms from './en/forms.json';
import language from './en/language.json';
import ledger from './en/ledger.json';
import lines from './en/lines.json';
import offline from './en/offline.json';
import outcomes from './en/outcomes.json';
import reviews from './en/reviews.json';
import packages from './en/packages.json';
import importing from './en/importing.json';
import planCover from './en/plan-cover.json';
import pdf from './en/pdf.json';
import rateCards from './en/rate-cards.json';
import reliability from './en/reliability.json';
import revisions from './en/revisions.json';
import spending from './en/spending.json';
import start from './en/start.json';
import report from './en/report.json';
import summary from './en/summary.json';

/** Areas must not define the same top-level key: a test holds that. */
const areas = {
  core,
  components,
  start,
  budget,
  lines,
  carers,
  expenses,
  outcomes,
  reviews,
  forms,
  summary,
  report,
  pdf,
  documents,
  reliability,
  offline,
  language,
  accessibility,
  caseload,
  commissioner,
  revisions,
  rateCards,
  packages,
  importing,
  planCover,
  ledger,
  spending,
};

export const englishAreas: Readonly<Record<string, Messages>> = areas;

/** Every area's messages as one tree, the type message-keys.ts reads the keys from. */
export type EnglishMessages = UnionToIntersection<(typeof areas)[keyof typeof areas]>;
type UnionToIntersection<Union> = (Union extends unknown ? (area: Union) => void : never) extends (
  area: infer All,
) => void
  ? All
  : never;

export const english: Messages = Object.assign({}, ...Object.values(englishAreas)) as Messages;
