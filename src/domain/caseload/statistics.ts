/**
 * Mean, median and quartiles of amounts of money, each rounded once, half-up to the
 * penny, with the product's one rounding rule. Written down in docs/caseload.md.
 */
import { Dec, roundToPenny, sumMoney, type Money } from '../money';

/** The total divided by the count, rounded half-up to the penny; null for no amounts. */
export function meanOf(amounts: readonly Money[]): Money | null {
  if (amounts.length === 0) return null;
  return roundToPenny(sumMoney(amounts).div(amounts.length));
}

/**
 * The middle amount of amounts sorted from lowest; for an even count, the mean of the
 * middle two, rounded half-up to the penny. `sorted` must already be in order.
 */
export function medianOfSorted(sorted: readonly Money[]): Money | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as Money;
  if (sorted.length % 2 === 1) return upper;
  const lower = sorted[middle - 1] as Money;
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
export function quartilesOfSorted(sorted: readonly Money[]): Quartiles | null {
  if (sorted.length < MIN_FOR_QUARTILES) return null;
  const half = Math.floor(sorted.length / 2);
  const q1 = medianOfSorted(sorted.slice(0, half)) as Money;
  const q3 = medianOfSorted(sorted.slice(sorted.length - half)) as Money;
  const outlierAbove = roundToPenny(q3.plus(q3.minus(q1).times(new Dec('1.5'))));
  return { q1, q3, outlierAbove };
}

export function sortAmounts(amounts: readonly Money[]): Money[] {
  return [...amounts].sort((a, b) => a.comparedTo(b));
}
