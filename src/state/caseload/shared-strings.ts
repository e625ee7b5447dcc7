/**
 * One copy of each word the caseload's rows and plans repeat. A row or plan crosses from a
 * worker to the page as a copy, which makes a new string of every value, even of those
 * that many budgets share: a funding route, a cohort, a status, a review date, an hours
 * figure, a flag. At a nation's 200,000 budgets those copies were about a third of what
 * the page holds of them, so the page keeps one copy of each such value and lets the
 * message's copies go. Values that are rarely repeated (names, titles, money) are left
 * as they came: keeping one of each would cost more than it saves.
 */
import type { CaseloadRow } from '../../domain/caseload/caseload-row';
import { RESOURCES, type Resource } from '../../domain/schema/budget-values';
import type { ReturnRecord } from '../../workers/caseload/caseload-jobs';

const NONE: readonly never[] = Object.freeze([]);

export class SharedStrings {
  private readonly kept = new Map<string, string>();

  /** The copy kept of `text`, kept now if it is the first. */
  one<T extends string>(text: T): T {
    const kept = this.kept.get(text);
    if (kept !== undefined) return kept as T;
    this.kept.set(text, text);
    return text;
  }

  /** `one` of each, sharing an empty list too. */
  each<T extends string>(texts: readonly T[]): readonly T[] {
    return texts.length === 0 ? NONE : texts.map((text) => this.one(text));
  }

  /** `one` of a value that may be missing. */
  maybe<T extends string | null | undefined>(text: T): T {
    return typeof text === 'string' ? this.one(text) : text;
  }

  has(text: string): boolean {
    return this.kept.has(text);
  }

  /** Every word kept, in the order first kept. */
  all(): IterableIterator<string> {
    return this.kept.keys();
  }

  clear(): void {
    this.kept.clear();
  }
}

/**
 * The row with its repeated words shared, and its file's name as `file` gives it (the
 * page already holds each file's name once, to leave out a file chosen twice).
 */
export function sharedRow(
  row: CaseloadRow,
  strings: SharedStrings,
  file: (name: string) => string,
): CaseloadRow {
  const hours = {} as Record<Resource, string>;
  for (const resource of RESOURCES)
    hours[resource] = strings.one(row.averagedHoursWeekly[resource]);
  return {
    ...row,
    file: file(row.file),
    fundingRoute: strings.one(row.fundingRoute),
    cohort: strings.one(row.cohort),
    averagedHoursWeekly: hours,
    carerFlags: strings.each(row.carerFlags),
    warnings: strings.each(row.warnings),
    traditional: {
      ...row.traditional,
      basis: strings.one(row.traditional.basis),
      percent: strings.maybe(row.traditional.percent),
    },
    reviews: {
      ...row.reviews,
      status: strings.one(row.reviews.status),
      nextReview: strings.maybe(row.reviews.nextReview),
    },
  };
}

/**
 * The plan with its repeated words shared, and its file's name as `file` gives it: the
 * fields returnFieldsOf keeps, in the same shape.
 */
export function sharedPlan(
  record: ReturnRecord,
  strings: SharedStrings,
  file: (name: string) => string,
): ReturnRecord {
  const { id, fundingRoute, plan } = record.budget;
  const budget = { id, fundingRoute: strings.one(fundingRoute) };
  if (plan === undefined) return { file: file(record.file), budget };
  const { start, end, status, cohort } = plan;
  return {
    file: file(record.file),
    budget: {
      ...budget,
      plan: {
        start: strings.maybe(start),
        end: strings.maybe(end),
        status: strings.maybe(status),
        cohort: strings.maybe(cohort),
      },
    },
  };
}
