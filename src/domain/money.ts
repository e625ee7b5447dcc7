/**
 * The one place that rounds. Every amount is exact (decimal.js) until its single
 * rounding step: half-up to the penny. Hours are rounded the same way, for display only.
 */
import Decimal from 'decimal.js';

/** Our own decimal constructor: the global `Decimal.set` is never touched. */
export const Dec = Decimal.clone({
  // Significant digits, not decimal places: ample for £1bn to 30 decimal places, so
  // divisions by 60 or by weeks a year are exact far below the penny.
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = Decimal;

declare const pennyBrand: unique symbol;
/** An amount already rounded to the penny. Only `roundToPenny` and sums of Money make one. */
export type Money = Decimal & { readonly [pennyBrand]: true };

declare const moneyTextBrand: unique symbol;
/** Money as it crosses every boundary (files, store, CLI): "32.14", "-5.00". */
export type MoneyText = string & { readonly [moneyTextBrand]: true };

export const ZERO_MONEY = new Dec(0) as Money;

/** The rounding rule of the whole product: half-up (away from zero at a half) to the penny. */
export function roundToPenny(amount: Decimal): Money {
  return amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP) as Money;
}

/** A count of whole units, rounded up: an investment's payback weeks (rule 14). */
export function roundUpToWhole(value: Decimal): number {
  return value.toDecimalPlaces(0, Decimal.ROUND_CEIL).toNumber();
}

/** A percentage shown to people: half-up (away from zero at a half) to one decimal place. */
export function roundPercent(percent: Decimal): string {
  return percent.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1);
}

/** Hours shown to people: the same half-up rule, to two places. Never used to cost. */
export function roundHoursForDisplay(hours: Decimal): string {
  return hours.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/**
 * An exact intermediate figure shown in the working, in full up to `places` decimals;
 * a longer one is cut there and ends in "…" so nobody mistakes it for a rounded amount.
 */
export function exactForDisplay(value: Decimal, places: number): string {
  if (value.decimalPlaces() <= places) return value.toFixed();
  return `${value.toDecimalPlaces(places, Decimal.ROUND_DOWN).toFixed(places)}…`;
}

/** A two-decimal money string from a file, already validated by the schemas. */
export function parseMoney(text: string): Money {
  return roundToPenny(new Dec(text));
}

/** Sums of penny amounts are penny amounts: no rounding happens here. */
export function sumMoney(amounts: Iterable<Money>): Money {
  let total = new Dec(0);
  for (const amount of amounts) total = total.plus(amount);
  return total as Money;
}

export function addMoney(a: Money, b: Money): Money {
  return a.plus(b) as Money;
}

export function subtractMoney(a: Money, b: Money): Money {
  return a.minus(b) as Money;
}

export function toMoneyText(amount: Money): MoneyText {
  return amount.toFixed(2) as MoneyText;
}

/**
 * Shares out whole pennies between parts given exactly as fractions of a penny over one
 * denominator (part i is `numerators[i] ÷ denominator` pennies), by the largest remainder
 * (Hamilton's method): each part is rounded down to the penny, then the pennies left over
 * go one each to the parts with the largest remainders, a tie to the earlier part. The
 * results add up to the parts' sum exactly and each is less than a penny from its part.
 * Fractions, not decimals, because a third of a penny has no exact decimal. The parts
 * must be whole numbers, none negative, adding up to whole pennies: anything else is a bug.
 */
export function sharePennies(numerators: readonly Decimal[], denominator: Decimal): Money[] {
  if (
    !denominator.isInteger() ||
    !denominator.isPositive() ||
    numerators.some((n) => !n.isInteger() || n.isNegative())
  ) {
    throw new Error(
      'Parts must be whole, non-negative numerators over a positive whole denominator',
    );
  }
  const floors = numerators.map((numerator) => numerator.divToInt(denominator));
  const remainders = numerators.map((numerator, index) =>
    numerator.minus((floors[index] ?? new Dec(0)).times(denominator)),
  );
  const leftover = remainders.reduce((sum: Decimal, remainder) => sum.plus(remainder), new Dec(0));
  if (!leftover.mod(denominator).isZero()) throw new Error('Parts do not add up to whole pennies');
  const byRemainder = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  const pennies = floors.slice();
  for (const { index } of byRemainder.slice(0, leftover.div(denominator).toNumber())) {
    pennies[index] = (pennies[index] ?? new Dec(0)).plus(1);
  }
  return pennies.map((count) => count.div(100) as Money);
}
