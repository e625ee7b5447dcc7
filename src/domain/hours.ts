import type Decimal from 'decimal.js';
import { Dec } from './money';

declare const hoursBrand: unique symbol;
/** Exact hours (a decimal, never rounded): what costs and carer thresholds use. */
export type Hours = Decimal & { readonly [hoursBrand]: true };

declare const minutesBrand: unique symbol;
/** Whole minutes: every line's time is a whole number of minutes a week. */
export type Minutes = number & { readonly [minutesBrand]: true };

export const ZERO_HOURS = new Dec(0) as Hours;

export function minutesToHours(minutes: Minutes): Hours {
  return new Dec(minutes).div(60) as Hours;
}

export function sumHours(all: Iterable<Hours>): Hours {
  let total = new Dec(0);
  for (const hours of all) total = total.plus(hours);
  return total as Hours;
}
