/**
 * Mean, median and quartiles of amounts of money, each rounded once, half-up to the
 * penny, with the product's one rounding rule. Written down in docs/caseload.md.
 */
import { Dec, roundToPenny, sumMoney, type Money } from '../money';

/**
 * Amounts sorted from lowest, read by index: an array, or a view of a caseload's ranked
 * budgets that reads only the amounts asked for, so the figures of 200,000 budgets read a
 * few dozen of them, not all (summary-parts.ts).
 */
export interface SortedAmounts {
  readonly length: number;
  at(index: number): Money | undefined;
}

/** The total divided by the count, rounded half-up to the penny; null for no amounts. */
export function meanOf(amounts: readonly Money[]): Money | null {
  return amounts.length === 0 ? null : meanOfSum(sumMoney(amounts), amounts.length);
}

/** The mean from amounts' exact sum and their count (the sum of a sorted view is known apart). */
export function meanOfSum(sum: Money, count: number): Money {
  return roundToPenny(sum.div(count));
}

/**
 * The middle amount of amounts sorted from lowest; for an even count, the mean of the
 * middle two, rounded half-up to the penny. `sorted` must already be in order.
 */
export function medianOfSorted(sorted: SortedAmounts): Money | null {
  return sorted.length === 0 ? null : medianOfRange(sorted, 0, sorted.length);
}

/** The median of `sorted[start]` to `sorted[end - 1]`, a range of at least one amount. */
function medianOfRange(sorted: SortedAmounts, start: number, end: number): Money {
  const middle = start + Math.floor((end - start) / 2);
  const upper = sorted.at(middle) as Money;
  if ((end - start) % 2 === 1) return upper;
  const lower = sorted.at(middle - 1) as Money;
  return roundToPenny(lower.plus(upper).div(2));
}

export interface Quartiles {
  readonly q1: Money;
  readonly q3: Money;
  /** Q3 + 1.5 × (Q3 − Q1), rounded half-up: amounts strictly above it are outliers (Tukey). */
  readonly outlierAbove: Money;
}

/** With fewer amounts than this, quartiles say nothing useful, so nothing is called an outlier. */
export const MIN_FOR_QUARTILES = 4;

/**
 * Tukey's hinges: Q1 is the median of the lower half and Q3 of the upper half; with an
 * odd count the middle amount belongs to neither half.
 */
export function quartilesOfSorted(sorted: SortedAmounts): Quartiles | null {
  if (sorted.length < MIN_FOR_QUARTILES) return null;
  const half = Math.floor(sorted.length / 2);
  const q1 = medianOfRange(sorted, 0, half);
  const q3 = medianOfRange(sorted, sorted.length - half, sorted.length);
  const outlierAbove = roundToPenny(q3.plus(q3.minus(q1).times(new Dec('1.5'))));
  return { q1, q3, outlierAbove };
}

/** How many of the sorted amounts are at or above `limit` (strictly above, if `strictly`). */
export function countFrom(sorted: SortedAmounts, limit: Dec, strictly = false): number {
  // The first index whose amount is in: every amount after it is too, as they are in order.
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const amount = sorted.at(middle) as Money;
    if (strictly ? amount.gt(limit) : amount.gte(limit)) high = middle;
    else low = middle + 1;
  }
  return sorted.length - low;
}

export function sortAmounts(amounts: readonly Money[]): Money[] {
  return [...amounts].sort((a, b) => a.comparedTo(b));
}
