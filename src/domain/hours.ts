import type Decimal from 'decimal.js';
import { Dec } from './money';

declare const hoursBrand: unique symbol;
/** Exact hours (a decimal, never rounded): what costs and carer thresholds use. */
export type Hours = Decimal & { readonly [hoursBrand]: true };

declare const minutesBrand: unique symbol;
/** Whole minutes: every line's time is a whole number of minutes a week. */
export type Minutes = number & { readonly [minutesBrand]: true };

export const ZERO_HOURS = new Dec(0) as Hours;

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
