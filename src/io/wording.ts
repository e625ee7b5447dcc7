/**
 * Saying figures in words, the same way on the screen, in the PDF and in the reports:
 * differences by direction ("£120.00 less") rather than a minus sign, and days as runs.
 */
import type Decimal from 'decimal.js';
import type { TFunction } from 'i18next';
import { DAYS, sortDays, type Day } from '../domain/days';

/** Which way a difference goes, to say it in words rather than with a minus sign. */
export type Direction = 'less' | 'more' | 'same';

export function directionOf(amount: Decimal): Direction {
  return amount.isZero() ? 'same' : amount.isNegative() ? 'less' : 'more';
}

/**
 * The size of a difference, printed after words that already say its direction. Dropping
 * the sign of a penny amount is not a calculation: the pennies are the domain's, unchanged.
 */
export function sizeOf<T extends Decimal>(amount: T): T {
  return amount.abs() as T;
}

/** "Mon to Fri" for a run of three days or more, otherwise a list: "Tue, Fri". */
export function dayList(days: readonly Day[], t: TFunction): string {
  const sorted = sortDays(days);
  const name = (day: Day) => t(`terms.day.${day}`);
  const first = sorted[0];
  const last = sorted.at(-1);
  const run =
    sorted.length > 2 &&
    sorted.every((day, index) => index === 0 || DAYS.indexOf(day) === DAYS.indexOf(sorted[index - 1] as Day) + 1);
  if (run && first !== undefined && last !== undefined) {
    return t('terms.dayRun', { first: name(first), last: name(last) });
  }
  return sorted.map(name).join(', ');
}
