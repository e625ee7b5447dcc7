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

/** A row's figures: what a row is read for only when it is shown or downloaded. */
export const CASELOAD_ROW_FIGURES = [
  'lines',
  'totals',
  'minutesWeekly',
  'averagedHoursWeekly',
  'traditional',
  'inYear',
] as const satisfies readonly (keyof CaseloadRow)[];

/** A row without its figures: what filtering and counting read of every row. */
export type CaseloadRowHeading = Omit<CaseloadRow, (typeof CASELOAD_ROW_FIGURES)[number]>;

/**
 * The caseload's rows, read one at a time: a list of them (listedRows), or the caseload
 * page's packed store, which puts a row back together as it is read
 * (src/state/caseload/packed-rows.ts).
 */
export interface CaseloadRows {
  readonly length: number;
  /** The whole row at `index`. */
  at(index: number): CaseloadRow | undefined;
  /** The row at `index` without its figures: cheaper, where every row is read. */
  heading(index: number): CaseloadRowHeading | undefined;
}

/** Rows already in a list, read as CaseloadRows. */
export function listedRows(rows: readonly CaseloadRow[]): CaseloadRows {
  return { length: rows.length, at: (index) => rows[index], heading: (index) => rows[index] };
}

/** Every row's heading, in order. */
export function* rowHeadings(rows: CaseloadRows): Generator<CaseloadRowHeading> {
  for (let index = 0; index < rows.length; index++) yield rows.heading(index) as CaseloadRowHeading;
}
