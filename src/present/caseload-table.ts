/**
 * The caseload's table as one model: its column headings (which the caseload CSV shares),
 * the order of its rows for a filter and a sort, and the words of each row. A nation's
 * caseload is 200,000 budgets, so nothing is worked out for every row that is not needed
 * for every row: the words of a row are made when it is shown, and each sort key the
 * first time a column is sorted, then kept. Sorting compares exact amounts (whole pence,
 * never floats of pounds) and equal rows keep the order of their files, so one sort
 * always gives one order.
 */
import type { TFunction } from 'i18next';
import { entryHours, type CaseloadEntry } from '../domain/caseload/entry';
import { entryReviewState } from '../domain/caseload/reviews';
import { formatHours, formatMoney, type Locale } from '../domain/format';
import { Dec } from '../domain/money';
import type { ReviewState } from '../domain/reviews/schedule';
import type { MessageKey } from '../i18n/message-keys';

/** Filters beside the flags and warnings: reviews due or overdue today, plans agreed above the indicative sum. */
export const REVIEW_FILTERS = ['review-due', 'review-overdue', 'agreed-above-indicative'] as const;

export const SORT_KEYS = [
  'person',
  'file',
  'annual',
  'weekly',
  'hours',
  'flags',
  'warnings',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface TableQuery {
  readonly words: string;
  /** A carer flag or warning id the budget must have; '' for any. */
  readonly having: string;
  readonly sort: SortKey;
  readonly direction: SortDirection;
}

/** The columns of the caseload's CSV, in its order; the page shows some of them. */
export const CASELOAD_COLUMNS = [
  'file',
  'id',
  'person',
  'reference',
  'title',
  'fundingRoute',
  'lines',
  'hoursWeekly',
  'weekly',
  'annual',
  'oneOff',
  'firstYear',
  'carerFlags',
  'warnings',
] as const;
export type CaseloadColumn = (typeof CASELOAD_COLUMNS)[number];

/** The page's sortable columns, in its order, each with the CSV column whose heading it shows. */
export const TABLE_COLUMNS: readonly {
  readonly sort: SortKey;
  readonly column: CaseloadColumn;
  readonly numeric: boolean;
}[] = [
  { sort: 'person', column: 'person', numeric: false },
  { sort: 'file', column: 'file', numeric: false },
  { sort: 'annual', column: 'annual', numeric: true },
  { sort: 'weekly', column: 'weekly', numeric: true },
  { sort: 'hours', column: 'hoursWeekly', numeric: true },
  { sort: 'flags', column: 'carerFlags', numeric: true },
  { sort: 'warnings', column: 'warnings', numeric: true },
];

export function caseloadColumnHeadings(t: TFunction): Record<CaseloadColumn, string> {
  return Object.fromEntries(
    CASELOAD_COLUMNS.map((column) => [
      column,
      t(`caseload.table.${column}` as const satisfies MessageKey),
    ]),
  ) as Record<CaseloadColumn, string>;
}

/** One row as the page shows it. */
export interface CaseloadTableRow {
  readonly file: string;
  /** The person, or the budget's id when the file names nobody. */
  readonly name: string;
  readonly reference: string;
  readonly review: ReviewState;
  readonly annual: string;
  readonly weekly: string;
  readonly hours: string;
  readonly flags: string;
  readonly warnings: string;
  /** Every carer flag and warning of the row, named. */
  readonly flagNames: string;
  readonly warningNames: string;
}

export interface CaseloadTable {
  readonly headings: Readonly<Record<CaseloadColumn, string>>;
  /** Every budget, before any filter. */
  readonly size: number;
  /** The budgets' positions in `entries` that pass the filter, in the query's order (do not change it: it may be kept). */
  order(query: TableQuery, today: string): Int32Array;
  /** The words of the budget at position `index` of `entries`. */
  row(index: number, today: string): CaseloadTableRow;
}

export interface CaseloadTableWords {
  readonly t: TFunction;
  readonly locale: Locale;
  readonly flag: (id: string) => string;
  readonly warning: (id: string) => string;
}

export function caseloadTable(
  entries: readonly CaseloadEntry[],
  words: CaseloadTableWords,
): CaseloadTable {
  const size = entries.length;
  const counts = new Intl.NumberFormat(words.locale);
  const hours: (string | undefined)[] = new Array<string | undefined>(size);
  const hoursOf = (index: number) => (hours[index] ??= entryHours(entries[index] as CaseloadEntry));
  // Each sort key for every budget, made the first time it is needed, then kept.
  const ranks = new Map<SortKey, Float64Array>();
  let texts: string[] | null = null;
  let fileRank: Int32Array | null = null;
  let byFileRank: Int32Array | null = null;

  const fileRanks = (): { rank: Int32Array; index: Int32Array } => {
    if (fileRank === null || byFileRank === null) {
      const order = Int32Array.from({ length: size }, (_, i) => i).sort((a, b) =>
        byText((entries[a] as CaseloadEntry).file, (entries[b] as CaseloadEntry).file),
      );
      byFileRank = order;
      fileRank = new Int32Array(size);
      order.forEach((index, rank) => ((fileRank as Int32Array)[index] = rank));
    }
    return { rank: fileRank, index: byFileRank };
  };

  const keyOf = (sort: SortKey): Float64Array => {
    let keys = ranks.get(sort);
    if (keys === undefined) {
      keys = sortKeys(entries, sort, hoursOf, fileRanks().rank);
      ranks.set(sort, keys);
    }
    return keys;
  };

  const sorted = new Map<string, Int32Array>();
  /** Every row in the order of a column and direction, worked out once and kept. */
  const sortedOf = (sort: SortKey, direction: SortDirection): Int32Array => {
    const kept = sorted.get(`${sort} ${direction}`);
    if (kept !== undefined) return kept;
    const { rank, index: byRank } = fileRanks();
    const keys = keyOf(sort);
    const sign = direction === 'ascending' ? 1 : -1;
    let largest = 0;
    for (const key of keys) largest = Math.max(largest, Math.abs(key));
    let order: Int32Array;
    if ((largest + 1) * size >= Number.MAX_SAFE_INTEGER) {
      order = Int32Array.from({ length: size }, (_, i) => i).sort(
        (a, b) =>
          sign * ((keys[a] as number) - (keys[b] as number)) ||
          (rank[a] as number) - (rank[b] as number),
      );
    } else {
      // key × size + the file's rank: one whole number per row that sorts by the key, then
      // by file, exactly, and sorts natively (far faster than a comparison function).
      const composite = new Float64Array(size);
      for (let index = 0; index < size; index++)
        composite[index] = sign * (keys[index] as number) * size + (rank[index] as number);
      composite.sort();
      order = Int32Array.from(
        composite,
        (value) => byRank[((value % size) + size) % size] as number,
      );
    }
    sorted.set(`${sort} ${direction}`, order);
    return order;
  };

  return {
    headings: caseloadColumnHeadings(words.t),
    size,
    order(query, today) {
      const wanted = queryWords(query.words);
      if (wanted.length > 0)
        texts ??= entries.map((entry) =>
          `${entry.person} ${entry.reference} ${entry.title} ${entry.file} ${entry.id}`.toLocaleLowerCase(),
        );
      const all = sortedOf(query.sort, query.direction);
      if (wanted.length === 0 && query.having === '') return all;
      // The whole caseload's order, kept, less the rows the filter leaves out: no sort.
      return all.filter((index) => {
        const entry = entries[index] as CaseloadEntry;
        if (!hasFilter(entry, query.having, today)) return false;
        const text = texts?.[index] ?? '';
        return wanted.every((word) => text.includes(word));
      });
    },
    row(index, today) {
      const entry = entries[index] as CaseloadEntry;
      return {
        file: entry.file,
        name: entry.person === '' ? entry.id : entry.person,
        reference: entry.reference,
        review: entryReviewState(entry.reviews, today),
        annual: formatMoney(entry.totals.annual, words.locale),
        weekly: formatMoney(entry.totals.weekly, words.locale),
        hours: formatHours(new Dec(hoursOf(index)), words.locale),
        flags: counts.format(entry.carerFlags.length),
        warnings: counts.format(entry.warnings.length),
        flagNames: entry.carerFlags.map(words.flag).join('; '),
        warningNames: entry.warnings.map(words.warning).join('; '),
      };
    },
  };
}

/**
 * Each budget's key for a sort, as a whole number: pence for amounts, hundredths for
 * hours (shown to two places), the rank among all names for the person (en-GB
 * collation), the file's rank for the file, the count for flags and warnings.
 */
function sortKeys(
  entries: readonly CaseloadEntry[],
  sort: SortKey,
  hoursOf: (index: number) => string,
  fileRank: Int32Array,
): Float64Array {
  const keys = new Float64Array(entries.length);
  const each = (key: (entry: CaseloadEntry, index: number) => number) =>
    entries.forEach((entry, index) => (keys[index] = key(entry, index)));
  switch (sort) {
    case 'annual':
      each((entry) => hundredths(entry.totals.annual));
      break;
    case 'weekly':
      each((entry) => hundredths(entry.totals.weekly));
      break;
    case 'hours':
      each((_, index) => hundredths(hoursOf(index)));
      break;
    case 'flags':
      each((entry) => entry.carerFlags.length);
      break;
    case 'warnings':
      each((entry) => entry.warnings.length);
      break;
    case 'file':
      each((_, index) => fileRank[index] as number);
      break;
    case 'person': {
      const collator = new Intl.Collator('en-GB');
      const names = [...new Set(entries.map((entry) => entry.person))].sort(collator.compare);
      // Names the collation calls equal share a rank, so the file decides between them.
      const rank = new Map<string, number>();
      names.forEach((name, at) => {
        const before = names[at - 1];
        const previous = before === undefined ? undefined : rank.get(before);
        rank.set(
          name,
          previous !== undefined && collator.compare(before as string, name) === 0 ? previous : at,
        );
      });
      each((entry) => rank.get(entry.person) as number);
      break;
    }
  }
  return keys;
}

/** "1234.56" → 123456, exactly: the digits without the point (two places always). */
function hundredths(text: string): number {
  const [whole = '0', part = ''] = text.split('.');
  const sign = whole.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(Number(whole)) * 100 + Number(part.padEnd(2, '0').slice(0, 2)));
}

function hasFilter(entry: CaseloadEntry, having: string, today: string): boolean {
  switch (having) {
    case '':
      return true;
    case 'review-due':
      return entryReviewState(entry.reviews, today) === 'due';
    case 'review-overdue':
      return entryReviewState(entry.reviews, today) === 'overdue';
    case 'agreed-above-indicative':
      return entry.reviews.agreedAbove !== null;
    default:
      return entry.carerFlags.includes(having as never) || entry.warnings.includes(having);
  }
}

function queryWords(words: string): string[] {
  return words
    .trim()
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
