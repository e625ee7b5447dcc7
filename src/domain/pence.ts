/**
 * Whole pence in plain JavaScript numbers: a fast path for sums a caseload of 200,000
 * budgets repeats millions of times. Exact only while every figure and every step stays a
 * safe integer, so each function here says when it cannot answer (null) and the caller
 * then works in decimals as everywhere else. The rounding is the product's one rule
 * (money.ts): half-up, away from zero at a half, to the penny.
 */
import {
  addMoney,
  Dec,
  parseMoney,
  subtractMoney,
  toMoneyText,
  type Money,
  type MoneyText,
} from './money';

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

/**
 * Whole minutes as hours shown to people: roundHoursForDisplay's rule (money.ts, half-up
 * to two places) in whole numbers, as hundredths of an hour are minutes × 100 ÷ 60. Null
 * where the fast path cannot answer (the caller then works in decimals).
 */
export function minutesAsHoursText(minutes: number): string | null {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_PENCE) return null;
  return penceText(roundShare(minutes, 100, 60));
}

/** Pence in a money text's whole part at most: 13 digits, under £10 trillion. */
const TEXT_DIGITS = 13;

/**
 * A two-decimal money text ("-12.34", as every entry and part holds them) as whole pence;
 * null for any other form or a whole part over 13 digits, which the caller then reads as
 * a decimal. No rounding: the text's two places are its pence.
 */
export function penceOfText(text: string): number | null {
  const negative = text.charCodeAt(0) === 45; // "-"
  const start = negative ? 1 : 0;
  const point = text.length - 3;
  if (point <= start || point - start > TEXT_DIGITS || text.charCodeAt(point) !== 46) return null;
  let pence = 0;
  for (let index = start; index < text.length; index++) {
    if (index === point) continue;
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return null;
    pence = pence * 10 + digit;
  }
  // "-0.00" is nought pence, as a decimal sum of it is.
  return negative && pence !== 0 ? -pence : pence;
}

/** Whole pence, of either sign and a safe integer, as money: -1234 → -12.34. */
export function penceMoney(pence: number): Money {
  return new Dec(pence).div(100) as Money;
}

/** Whole pence, of either sign, as money text: -1234 → "-12.34". */
export function signedPenceText(pence: number): MoneyText {
  return pence < 0 ? (`-${penceText(-pence)}` as MoneyText) : penceText(pence);
}

/**
 * A sum of money texts, exact whatever their size: added as whole pence while every text
 * and every partial sum is a safe integer, and in decimals from the first that is not.
 * The same text as `toMoneyText(sumMoney(texts.map(parseMoney)))`, in any order.
 */
export class MoneyTotal {
  private pence = 0;
  private beyond: Money | null = null;

  add(text: string): void {
    this.addPence(penceOfText(text), text);
  }

  /** `add(text)` when the text's pence are already known: `pence` is `penceOfText(text)`. */
  addPence(pence: number | null, text: string): void {
    if (this.beyond === null) {
      if (pence !== null) {
        // Both terms are safe integers, so a sum that still is one is exact.
        const sum = this.pence + pence;
        if (Math.abs(sum) <= Number.MAX_SAFE_INTEGER) {
          this.pence = sum;
          return;
        }
      }
      this.beyond = penceMoney(this.pence);
    }
    this.beyond = addMoney(this.beyond, parseMoney(text));
  }

  text(): MoneyText {
    return this.beyond === null ? signedPenceText(this.pence) : toMoneyText(this.beyond);
  }

  /** The sum as money: the value `sumMoney(texts.map(parseMoney))` gives. */
  money(): Money {
    return this.beyond ?? penceMoney(this.pence);
  }
}

/** The sum of money texts as money text (see `MoneyTotal`). */
export function sumMoneyTexts(texts: Iterable<string>): MoneyText {
  const total = new MoneyTotal();
  for (const text of texts) total.add(text);
  return total.text();
}

/** `a − b` of two money texts, exactly. */
export function subtractMoneyTexts(a: string, b: string): MoneyText {
  const pa = penceOfText(a);
  const pb = penceOfText(b);
  // Each is under 10^15 pence, so the difference is a safe integer.
  return pa !== null && pb !== null
    ? signedPenceText(pa - pb)
    : toMoneyText(subtractMoney(parseMoney(a), parseMoney(b)));
}

/** Whether a money text is more than nothing. */
export function isAboveZero(text: string): boolean {
  const pence = penceOfText(text);
  return pence === null ? parseMoney(text).gt(0) : pence > 0;
}

/**
 * Items dearest first by a money text of each, equal amounts ordered by `tie`: compared as
 * whole pence when every amount reads as pence, else as decimals (the same order).
 */
export function sortByAmountDescending<T>(
  items: readonly T[],
  amount: (item: T) => string,
  tie: (a: T, b: T) => number,
): T[] {
  const pence = items.map((item) => penceOfText(amount(item)));
  if (pence.every((value) => value !== null)) {
    return items
      .map((item, index) => ({ item, key: pence[index] as number }))
      .sort((a, b) => b.key - a.key || tie(a.item, b.item))
      .map(({ item }) => item);
  }
  return items
    .map((item) => ({ item, key: parseMoney(amount(item)) }))
    .sort((a, b) => b.key.comparedTo(a.key) || tie(a.item, b.item))
    .map(({ item }) => item);
}
