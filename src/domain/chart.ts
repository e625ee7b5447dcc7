/**
 * Bar lengths for charts of money: each amount as a fraction of the largest, for drawing
 * only. The figures printed beside the bars are always the amounts themselves.
 */
import type { Money } from './money';

export function sharesOfLargest(amounts: readonly Money[]): number[] {
  let largest = amounts[0];
  for (const amount of amounts) if (largest === undefined || amount.gt(largest)) largest = amount;
  if (largest === undefined || largest.lte(0)) return amounts.map(() => 0);
  const max = largest;
  // A length on screen, not an amount of money: a float is what SVG takes.
  return amounts.map((amount) =>
    amount.lte(0) ? 0 : amount.div(max).toDecimalPlaces(4).toNumber(),
  );
}
