/**
 * Whole pence in plain JavaScript numbers: a fast path for sums a caseload of 200,000
 * budgets repeats millions of times. Exact only while every figure and every step stays a
 * safe integer, so each function here says when it cannot answer (null) and the caller
 * then works in decimals as everywhere else. The rounding is the product's one rule
 * (money.ts): half-up, away from zero at a half, to the penny.
 */
import type { Money, MoneyText } from './money';

/**
 * The largest amount in pence the fast path takes: £10bn. A product of it and the days of
 * a leap year, doubled, is far below 2^53, so no step can lose a digit.
 */
export const MAX_PENCE = 1e12;

/** A money amount as whole pence; null when negative or above `MAX_PENCE`. */
export function penceOf(amount: Money): number | null {
  const pounds = amount.toNumber();
  if (!(pounds >= 0 && pounds <= MAX_PENCE / 100) || amount.decimalPlaces() > 2) return null;
  // The nearest double to a two-place amount this size is within far less than half a
  // penny of it, so rounding its hundredfold gives the pence exactly.
  return Math.round(pounds * 100);
}

/**
 * `round(pence × numerator ÷ denominator)` half-up, exactly, for whole non-negative
 * `pence` ≤ `MAX_PENCE` and whole `numerator` and `denominator` from 1 to 1,000.
 */
export function roundShare(pence: number, numerator: number, denominator: number): number {
  // round(x / d) half-up is floor((2x + d) / (2d)); the remainder makes the floor exact.
  const twice = 2 * pence * numerator + denominator;
  const by = 2 * denominator;
  return (twice - (twice % by)) / by;
}

/** Whole non-negative pence as the two-decimal text every output writes: 1234 → "12.34". */
export function penceText(pence: number): MoneyText {
  const pounds = (pence - (pence % 100)) / 100;
  const rest = pence % 100;
  return `${pounds}.${rest < 10 ? '0' : ''}${rest}` as MoneyText;
}
