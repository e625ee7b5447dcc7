import type Decimal from 'decimal.js';
import { Dec } from './money';

declare const hoursBrand: unique symbol;
/** Exact hours (a decimal, never rounded): what costs and carer thresholds use. */
export type Hours = Decimal & { readonly [hoursBrand]: true };

declare const minutesBrand: unique symbol;
/** Whole minutes: every line's time is a whole number of minutes a week. */
export type Minutes = number & { readonly [minutesBrand]: true };

export const ZERO_HOURS = new Dec(0) as Hours;

/** A day's minutes: no visit, and no line's visits in one day, may pass it (rule 3). */
export const MINUTES_IN_A_DAY = 1440;
/** A week's 168 hours in minutes: no carer can give more. */
export const MINUTES_IN_A_WEEK = 7 * MINUTES_IN_A_DAY;

/** What a visits line's minutes are worked out from. */
interface VisitsShape {
  readonly minutes: number;
  readonly visitsPerDay: number;
  readonly workers: number;
  readonly days: readonly unknown[];
}

/** One worker's minutes on a day the line comes: what must not pass a day (1,440 minutes). */
export function visitMinutesADay(line: Pick<VisitsShape, 'minutes' | 'visitsPerDay'>): number {
  return line.minutes * line.visitsPerDay;
}

/** Whether a line's visits add up to more than a day holds. */
export function overADay(line: Pick<VisitsShape, 'minutes' | 'visitsPerDay'>): boolean {
  return visitMinutesADay(line) > MINUTES_IN_A_DAY;
}

/** Minutes of support on each day the line comes, every worker counted. */
export function minutesADay(line: Omit<VisitsShape, 'days'>): number {
  return visitMinutesADay(line) * line.workers;
}

/**
 * A line's minutes in a week it comes, every worker and every day counted: what pricing,
 * the carer's burden and the 168-hour rule all measure.
 */
export function minutesAWeek(line: VisitsShape): Minutes {
  return (minutesADay(line) * line.days.length) as Minutes;
}

/**
 * Hours for the numbers of minutes met so far. Lines repeat a few figures (a week of
 * 30-minute visits, of 45…), and a decimal division is dear when 10,000 budgets are
 * priced; decimals never change, so one can be shared. Capped, so memory stays small
 * whatever a caseload holds.
 */
const hoursByMinutes = new Map<number, Hours>();
const REMEMBERED = 10_000;

export function minutesToHours(minutes: Minutes): Hours {
  let hours = hoursByMinutes.get(minutes);
  if (hours === undefined) {
    hours = new Dec(minutes).div(60) as Hours;
    if (hoursByMinutes.size < REMEMBERED) hoursByMinutes.set(minutes, hours);
  }
  return hours;
}
