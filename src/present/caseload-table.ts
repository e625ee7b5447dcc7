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
import {
  rowHeadings,
  type CaseloadRow,
  type CaseloadRowHeading,
  type CaseloadRows,
} from '../domain/caseload/caseload-row';
import { entryHours } from '../domain/caseload/entry';
import { entryReviewState } from '../domain/caseload/reviews';
import { byCodeUnits } from '../domain/code-unit-order';
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

/** The columns whose sort keys are numbers of the entry itself, five a budget in this order. */
export const NUMERIC_SORTS = ['annual', 'weekly', 'hours', 'flags', 'warnings'] as const;

/**
 * A budget's numeric sort keys, in NUMERIC_SORTS' order, as whole numbers: pence for
 * amounts, hundredths for hours (shown to two places), the count for flags and warnings.
 * The caseload's workers work them out with each priced chunk, so the page never sums a
 * budget's hours for a sort.
 */
export function entrySortKeys(entry: CaseloadRow, hours = entryHours(entry)): number[] {
  return [
    hundredths(entry.totals.annual),
    hundredths(entry.totals.weekly),
    hundredths(hours),
    entry.carerFlags.length,
    entry.warnings.length,
  ];
}

/** What every order of the table is worked out from, a budget at a time in the entries' order. */
export interface SortColumns {
  /** Each budget's entrySortKeys, one after another. */
  readonly keys: Float64Array;
  readonly files: readonly string[];
  readonly persons: readonly string[];
}

export type OrderName = `${SortKey} ${SortDirection}`;
/** Every column's order in both directions, as `order` gives it with no filter. */
export type TableOrders = Readonly<Record<OrderName, Int32Array>>;

const DIRECTIONS: readonly SortDirection[] = ['ascending', 'descending'];

export function sortColumnsOf(entries: readonly CaseloadRow[]): SortColumns {
  const keys = new Float64Array(entries.length * NUMERIC_SORTS.length);
  entries.forEach((entry, index) => keys.set(entrySortKeys(entry), index * NUMERIC_SORTS.length));
  return {
    keys,
    files: entries.map((entry) => entry.file),
    persons: entries.map((entry) => entry.person),
  };
}

/**
 * The files and people's names of a chunk of budgets as one JSON text: a worker sends it
 * with each priced chunk, and the page hands the texts on to the worker that sorts, as
 * copying a nation's names one string at a time between threads held the page for
 * hundreds of milliseconds.
 */
export function sortNamesOf(entries: readonly Pick<CaseloadRow, 'file' | 'person'>[]): string {
  return JSON.stringify([entries.map((entry) => entry.file), entries.map((entry) => entry.person)]);
}

/** SortColumns from every chunk's keys (one after another) and its sortNamesOf text, in order. */
export function sortColumnsOfChunks(keys: Float64Array, names: readonly string[]): SortColumns {
  const files: string[] = [];
  const persons: string[] = [];
  for (const text of names) {
    const [chunkFiles, chunkPersons] = JSON.parse(text) as [string[], string[]];
    for (const file of chunkFiles) files.push(file);
    for (const person of chunkPersons) persons.push(person);
  }
  return { keys, files, persons };
}

/**
 * Every order of the table at once, from the budgets' keys, names and files: what the
 * caseload's worker works out once every budget is priced, so that no sort of a nation's
 * caseload is a long task on the page. The same orders the table works out for itself.
 */
export function tableOrders(columns: SortColumns): TableOrders {
  const size = columns.files.length;
  const files = fileRanksOf(columns.files);
  const orders: Partial<Record<OrderName, Int32Array>> = {};
  for (const sort of SORT_KEYS) {
    let keys: ArrayLike<number>;
    if (sort === 'file') keys = files.rank;
    else if (sort === 'person') keys = personRanksOf(columns.persons);
    else {
      const column = NUMERIC_SORTS.indexOf(sort);
      keys = Float64Array.from(
        { length: size },
        (_, index) => columns.keys[index * NUMERIC_SORTS.length + column] as number,
      );
    }
    for (const direction of DIRECTIONS)
      orders[`${sort} ${direction}`] = orderOf(keys, files, direction);
  }
  return orders as TableOrders;
}

/**
 * The table over `entries`. `orders`, when given, are every column's orders worked out
 * already (tableOrders, in a worker); otherwise each is worked out the first time it is
 * asked for.
 */
export function caseloadTable(
  entries: CaseloadRows,
  words: CaseloadTableWords,
  orders?: TableOrders,
): CaseloadTable {
  const size = entries.length;
  const counts = new Intl.NumberFormat(words.locale);
  const hours: (string | undefined)[] = new Array<string | undefined>(size);
  const entry = (index: number) => entries.at(index) as CaseloadRow;
  // Where every row is read (a filter, a name's order), its heading: no figures parsed.
  const heading = (index: number) => entries.heading(index) as CaseloadRowHeading;
  // A packed row's figures are parsed each time it is read: given the row already read, once.
  const hoursOf = (index: number, row?: CaseloadRow) =>
    (hours[index] ??= entryHours(row ?? entry(index)));
  // Each sort key for every budget, made the first time it is needed, then kept.
  const ranks = new Map<SortKey, ArrayLike<number>>();
  let texts: string[] | null = null;
  let files: FileRanks | null = null;
  const fileRanks = (): FileRanks => (files ??= fileRanksOf(each(entries, (row) => row.file)));

  const keyOf = (sort: SortKey): ArrayLike<number> => {
    let keys = ranks.get(sort);
    if (keys === undefined) {
      if (sort === 'file') keys = fileRanks().rank;
      else if (sort === 'person') keys = personRanksOf(each(entries, (row) => row.person));
      else {
        const column = NUMERIC_SORTS.indexOf(sort);
        keys = Float64Array.from({ length: size }, (_, index) => {
          const row = entry(index);
          return entrySortKeys(row, hoursOf(index, row))[column] as number;
        });
      }
      ranks.set(sort, keys);
    }
    return keys;
  };

  const sorted = new Map<OrderName, Int32Array>();
  /** Every row in the order of a column and direction, worked out once and kept. */
  const sortedOf = (sort: SortKey, direction: SortDirection): Int32Array => {
    const name: OrderName = `${sort} ${direction}`;
    const given = orders?.[name];
    if (given !== undefined && given.length === size) return given;
    let order = sorted.get(name);
    if (order === undefined) {
      order = orderOf(keyOf(sort), fileRanks(), direction);
      sorted.set(name, order);
    }
    return order;
  };

  return {
    headings: caseloadColumnHeadings(words.t),
    size,
    order(query, today) {
      const wanted = queryWords(query.words);
      if (wanted.length > 0)
        texts ??= each(entries, (row) =>
          `${row.person} ${row.reference} ${row.title} ${row.file} ${row.id}`.toLocaleLowerCase(),
        );
      const all = sortedOf(query.sort, query.direction);
      if (wanted.length === 0 && query.having === '') return all;
      // The whole caseload's order, kept, less the rows the filter leaves out: no sort.
      return all.filter((index) => {
        if (!hasFilter(heading(index), query.having, today)) return false;
        const text = texts?.[index] ?? '';
        return wanted.every((word) => text.includes(word));
      });
    },
    row(index, today) {
      const shown = entry(index);
      return {
        file: shown.file,
        name: shown.person === '' ? shown.id : shown.person,
        reference: shown.reference,
        review: entryReviewState(shown.reviews, today),
        annual: formatMoney(shown.totals.annual, words.locale),
        weekly: formatMoney(shown.totals.weekly, words.locale),
        hours: formatHours(new Dec(hoursOf(index, shown)), words.locale),
        flags: counts.format(shown.carerFlags.length),
        warnings: counts.format(shown.warnings.length),
        flagNames: shown.carerFlags.map(words.flag).join('; '),
        warningNames: shown.warnings.map(words.warning).join('; '),
      };
    },
  };
}

/** `read` of every row's heading, in order. */
function each<T>(rows: CaseloadRows, read: (row: CaseloadRowHeading) => T): T[] {
  const values: T[] = [];
  for (const row of rowHeadings(rows)) values.push(read(row));
  return values;
}

/** Each budget's rank among the files' names, and the budgets in that order. */
interface FileRanks {
  readonly rank: Int32Array;
  readonly byRank: Int32Array;
}

function fileRanksOf(files: readonly string[]): FileRanks {
  const byRank = Int32Array.from({ length: files.length }, (_, i) => i).sort((a, b) =>
    byCodeUnits(files[a] as string, files[b] as string),
  );
  const rank = new Int32Array(files.length);
  byRank.forEach((index, at) => (rank[index] = at));
  return { rank, byRank };
}

/**
 * Each budget's person as the rank of their name among all names (en-GB collation); names
 * the collation calls equal share a rank, so the file decides between them.
 */
function personRanksOf(persons: readonly string[]): Float64Array {
  const collator = new Intl.Collator('en-GB');
  const names = [...new Set(persons)].sort(collator.compare);
  const rank = new Map<string, number>();
  names.forEach((name, at) => {
    const before = names[at - 1];
    const previous = before === undefined ? undefined : rank.get(before);
    rank.set(
      name,
      previous !== undefined && collator.compare(before as string, name) === 0 ? previous : at,
    );
  });
  return Float64Array.from(persons, (person) => rank.get(person) as number);
}

/** The budgets in the order of their keys, equal keys in the order of their files. */
function orderOf(keys: ArrayLike<number>, files: FileRanks, direction: SortDirection): Int32Array {
  const size = keys.length;
  const { rank, byRank } = files;
  const sign = direction === 'ascending' ? 1 : -1;
  let largest = 0;
  for (let index = 0; index < size; index++)
    largest = Math.max(largest, Math.abs(keys[index] as number));
  if ((largest + 1) * size >= Number.MAX_SAFE_INTEGER) {
    return Int32Array.from({ length: size }, (_, i) => i).sort(
      (a, b) =>
        sign * ((keys[a] as number) - (keys[b] as number)) ||
        (rank[a] as number) - (rank[b] as number),
    );
  }
  // key × size + the file's rank: one whole number per row that sorts by the key, then
  // by file, exactly, and sorts natively (far faster than a comparison function).
  const composite = new Float64Array(size);
  for (let index = 0; index < size; index++)
    composite[index] = sign * (keys[index] as number) * size + (rank[index] as number);
  composite.sort();
  return Int32Array.from(composite, (value) => byRank[((value % size) + size) % size] as number);
}

/** "1234.56" → 123456, exactly: the digits without the point (two places always). */
function hundredths(text: string): number {
  const [whole = '0', part = ''] = text.split('.');
  const sign = whole.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(Number(whole)) * 100 + Number(part.padEnd(2, '0').slice(0, 2)));
}

function hasFilter(entry: CaseloadRowHeading, having: string, today: string): boolean {
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
