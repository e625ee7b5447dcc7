/**
 * The caseload table's rows: filtered by words and by a flag or warning, sorted by any
 * column, a page at a time. Sorting compares amounts as decimals (never as floats), and
 * equal rows keep the order of their files, so the order is always the same.
 */
import { entryHours, type CaseloadEntry } from '../../domain/caseload/entry';
import { Dec } from '../../domain/money';
import { entryReviewState } from '../../domain/caseload/reviews';
import { caseloadClock } from './caseload-clock';

/** Filters beside the flags and warnings: reviews due or overdue today, plans agreed above the indicative sum. */
export const REVIEW_FILTERS = ['review-due', 'review-overdue', 'agreed-above-indicative'] as const;

function hasReviewFilter(entry: CaseloadEntry, having: string, today: string): boolean | null {
  switch (having) {
    case 'review-due':
      return entryReviewState(entry.reviews, today) === 'due';
    case 'review-overdue':
      return entryReviewState(entry.reviews, today) === 'overdue';
    case 'agreed-above-indicative':
      return entry.reviews.agreedAbove !== null;
    default:
      return null;
  }
}

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

export const PAGE_SIZE = 50;

export interface TableRow {
  readonly entry: CaseloadEntry;
  readonly hours: string;
  /** Sort keys, made once per row rather than at every comparison. */
  readonly keys: { readonly annual: Dec; readonly weekly: Dec; readonly hours: Dec };
}

export function tableRows(
  entries: readonly CaseloadEntry[],
  query: TableQuery,
  today = caseloadClock.today(),
): TableRow[] {
  const words = query.words
    .trim()
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  const rows = entries
    .filter((entry) => {
      const review = hasReviewFilter(entry, query.having, today);
      if (review === false) return false;
      if (
        review === null &&
        query.having !== '' &&
        !entry.carerFlags.includes(query.having as never) &&
        !entry.warnings.includes(query.having)
      ) {
        return false;
      }
      const text =
        `${entry.person} ${entry.reference} ${entry.title} ${entry.file} ${entry.id}`.toLocaleLowerCase();
      return words.every((word) => text.includes(word));
    })
    .map((entry) => {
      const hours = entryHours(entry);
      return {
        entry,
        hours,
        keys: {
          annual: new Dec(entry.totals.annual),
          weekly: new Dec(entry.totals.weekly),
          hours: new Dec(hours),
        },
      };
    });
  const sign = query.direction === 'ascending' ? 1 : -1;
  const compare = comparer(query.sort);
  return rows.sort((a, b) => sign * compare(a, b) || byText(a.entry.file, b.entry.file));
}

function comparer(key: SortKey): (a: TableRow, b: TableRow) => number {
  switch (key) {
    case 'person':
      return (a, b) => a.entry.person.localeCompare(b.entry.person, 'en-GB');
    case 'file':
      return (a, b) => byText(a.entry.file, b.entry.file);
    case 'annual':
    case 'weekly':
    case 'hours':
      return (a, b) => a.keys[key].comparedTo(b.keys[key]);
    case 'flags':
      return (a, b) => a.entry.carerFlags.length - b.entry.carerFlags.length;
    case 'warnings':
      return (a, b) => a.entry.warnings.length - b.entry.warnings.length;
  }
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
