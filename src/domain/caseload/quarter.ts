/**
 * Financial-year quarters, written `2026-27-q1`: the year runs from 1 April to 31 March,
 * so 2026-27-q1 is 2026-04-01..2026-06-30 and 2026-27-q4 is 2027-01-01..2027-03-31.
 * Dates are ISO strings (`YYYY-MM-DD`), which compare in calendar order as text.
 */
import { financialYearOf as financialYearHolding, quartersOf } from '../calendar';
import { problem, type Result, failed, ok } from '../problems';

export interface Quarter {
  /** As written: `2026-27-q1`. */
  readonly id: string;
  /** The quarter's first and last days, both included. */
  readonly from: string;
  readonly to: string;
  /** 1 April of the quarter's financial year: where the year to date begins. */
  readonly yearFrom: string;
}

const QUARTER_PATTERN = /^(\d{4})-(\d{2})-q([1-4])$/;

/**
 * Reads `--quarter`. Refused: any other form (`2026-q1`, `2026-27-Q1`), a quarter other
 * than q1..q4, and a second year that is not the year after the first (`2026-28-q1`).
 * The problem's path is `quarter`, the field a person typed.
 */
export function parseQuarter(text: string): Result<Quarter> {
  const match = QUARTER_PATTERN.exec(text);
  if (match === null) return failed([problem(['quarter'], 'validation.quarter', { value: text })]);
  const [, first = '', second = '', number = ''] = match;
  const year = Number(first);
  if (Number(second) !== (year + 1) % 100) {
    return failed([
      problem(['quarter'], 'validation.quarterYears', {
        value: text,
        next: String((year + 1) % 100).padStart(2, '0'),
      }),
    ]);
  }
  return ok(quarterOf(year, Number(number) as 1 | 2 | 3 | 4));
}

/** The quarter `number` (1..4) of the financial year that begins on 1 April `year`. */
export function quarterOf(year: number, number: 1 | 2 | 3 | 4): Quarter {
  const days = quartersOf(year)[number - 1] as { readonly from: string; readonly to: string };
  const yearText = String(year).padStart(4, '0');
  return {
    id: `${yearText}-${String((year + 1) % 100).padStart(2, '0')}-q${number}`,
    from: days.from,
    to: days.to,
    yearFrom: `${yearText}-04-01`,
  };
}

/** The quarter that holds an ISO date. */
export function quarterHolding(date: string): Quarter {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month <= 3) return quarterOf(year - 1, 4);
  return quarterOf(year, (Math.floor((month - 4) / 3) + 1) as 1 | 2 | 3);
}

/** The year in which the financial year holding an ISO date began (1 April). */
export function financialYearOf(date: string): number {
  return Number(financialYearHolding(date).from.slice(0, 4));
}

/** The most recent quarter that has ended by `today`: the one a return is usually made for. */
export function lastEndedQuarter(today: string): Quarter {
  const current = quarterHolding(today);
  const year = financialYearOf(current.from);
  const number = Number(current.id.slice(-1));
  return number === 1 ? quarterOf(year - 1, 4) : quarterOf(year, (number - 1) as 1 | 2 | 3);
}

/** At most this many financial years are offered, so one mistyped date cannot list centuries. */
export const OFFERED_YEARS = 10;

/**
 * The earliest and latest financial years of the dates seen so far: all `quartersToOffer`
 * reads of the plans' dates, so a caseload too large to read in one task can be seen a
 * slice at a time. A loop, not Math.max(...years): a nation's plans give 400,000 dates,
 * and spreading that many arguments overflows the stack (from about 120,000 in V8).
 */
export class FinancialYearSpan {
  earliest: number | null = null;
  latest: number | null = null;

  see(date: string | undefined): void {
    if (date === undefined) return;
    const year = financialYearOf(date);
    if (this.earliest === null || year < this.earliest) this.earliest = year;
    if (this.latest === null || year > this.latest) this.latest = year;
  }
}

/**
 * The quarters to choose from, newest first: every financial year from the earliest of the
 * plans' dates (or last year) to the latest of them (or this year), the newest ten at most.
 */
export function quartersToOffer(dates: readonly string[], today: string): Quarter[] {
  const span = new FinancialYearSpan();
  for (const date of dates) span.see(date);
  return quartersOfSpan(span, today);
}

/** `quartersToOffer` of the dates a span has seen. */
export function quartersOfSpan(span: FinancialYearSpan, today: string): Quarter[] {
  const thisYear = financialYearOf(today);
  const last = Math.max(thisYear, span.latest ?? thisYear);
  const earliest = Math.min(thisYear - 1, span.earliest ?? thisYear - 1);
  const first = Math.max(earliest, last - OFFERED_YEARS + 1);
  const quarters: Quarter[] = [];
  for (let year = last; year >= first; year--)
    for (const number of [4, 3, 2, 1] as const) quarters.push(quarterOf(year, number));
  return quarters;
}
