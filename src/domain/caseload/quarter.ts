/**
 * Financial-year quarters, written `2026-27-q1`: the year runs from 1 April to 31 March,
 * so 2026-27-q1 is 2026-04-01..2026-06-30 and 2026-27-q4 is 2027-01-01..2027-03-31.
 * Dates are ISO strings (`YYYY-MM-DD`), which compare in calendar order as text.
 */
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

/** The quarters' first and last days as month-day, April–June first. */
const QUARTER_DAYS = [
  { from: '04-01', to: '06-30' },
  { from: '07-01', to: '09-30' },
  { from: '10-01', to: '12-31' },
  { from: '01-01', to: '03-31' },
] as const;

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
  const days = QUARTER_DAYS[number - 1] as (typeof QUARTER_DAYS)[number];
  const calendarYear = number === 4 ? year + 1 : year;
  const yearText = String(year).padStart(4, '0');
  return {
    id: `${yearText}-${String((year + 1) % 100).padStart(2, '0')}-q${number}`,
    from: `${String(calendarYear).padStart(4, '0')}-${days.from}`,
    to: `${String(calendarYear).padStart(4, '0')}-${days.to}`,
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
