/**
 * What the caseload page keeps of each priced budget: the fields its table, the table's
 * CSV and the reviews panel read, taken from the entry unchanged. The rest of an entry
 * (its breakdowns by domain and resource, settings, agreed rates and payers) is summed
 * into the summary in the workers and never read again on the page; at a nation's
 * 200,000 budgets it was most of the page's memory.
 */
import type { CaseloadEntry } from './entry';

export const CASELOAD_ROW_FIELDS = [
  'file',
  'id',
  'title',
  'person',
  'reference',
  'fundingRoute',
  'cohort',
  'lines',
  'totals',
  'minutesWeekly',
  'averagedHoursWeekly',
  'carerFlags',
  'warnings',
  'traditional',
  'inYear',
  'reviews',
] as const satisfies readonly (keyof CaseloadEntry)[];

export type CaseloadRow = Pick<CaseloadEntry, (typeof CASELOAD_ROW_FIELDS)[number]>;

/** The entry's row: the same values (the same objects), fewer fields. */
export function caseloadRowOf(entry: CaseloadEntry): CaseloadRow {
  return {
    file: entry.file,
    id: entry.id,
    title: entry.title,
    person: entry.person,
    reference: entry.reference,
    fundingRoute: entry.fundingRoute,
    cohort: entry.cohort,
    lines: entry.lines,
    totals: entry.totals,
    minutesWeekly: entry.minutesWeekly,
    averagedHoursWeekly: entry.averagedHoursWeekly,
    carerFlags: entry.carerFlags,
    warnings: entry.warnings,
    traditional: entry.traditional,
    inYear: entry.inYear,
    reviews: entry.reviews,
  };
}
