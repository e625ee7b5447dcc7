/**
 * How the PDF says its figures: money and hours through the one formatter in
 * src/domain/format.ts, names through the same labels as the text report and the
 * screen, so the three read alike. Nothing here works out an amount.
 */
import type Decimal from 'decimal.js';
import type { TFunction } from 'i18next';
import { DAYS, sortDays, type Day } from '../../domain/days';
import { formatHours, formatMoney, type Locale } from '../../domain/format';
import type { Money } from '../../domain/money';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import type { LocalisedText } from '../../domain/schema/rate-card';
import { localise } from '../../i18n/localise';
import { labelsFor, type Labels } from '../labels';

export interface PdfFormat {
  readonly t: TFunction;
  readonly language: string;
  readonly labels: Labels;
  readonly money: (amount: Money | string) => string;
  readonly hours: (hours: Decimal) => string;
  readonly localise: (text: LocalisedText) => string;
  /** "1 April 2025" from "2025-04-01": a date people read without thinking. */
  readonly date: (isoDate: string) => string;
}

export function pdfFormat(pricing: BudgetPricing, t: TFunction, language: string): PdfFormat {
  const locale: Locale = language === 'cy' ? 'cy-GB' : 'en-GB';
  // UTC on both sides, so the day printed is the day written whatever the machine's zone.
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    t,
    language,
    labels: labelsFor(pricing, t, language),
    money: (amount) => formatMoney(amount, locale),
    hours: (hours) => formatHours(hours, locale),
    localise: (text) => localise(text, language),
    date: (isoDate) => {
      const day = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(day.getTime()) ? isoDate : dates.format(day);
    },
  };
}

/** Which way a difference goes, to say it in words rather than with a minus sign. */
export type Direction = 'less' | 'more' | 'same';

export function directionOf(amount: Decimal): Direction {
  return amount.isZero() ? 'same' : amount.isNegative() ? 'less' : 'more';
}

/**
 * The size of a difference, printed after words that already say its direction. Dropping
 * the sign is not a calculation: the pennies are the domain's, unchanged.
 */
export function sizeOf<T extends Decimal>(amount: T): T {
  return amount.abs() as T;
}

/** "Mon to Fri" for a run of three days or more, otherwise a list: "Tue, Fri" (as on screen). */
export function dayList(days: readonly Day[], t: TFunction): string {
  const sorted = sortDays(days);
  const name = (day: Day) => t(`terms.day.${day}`);
  const first = sorted[0];
  const last = sorted.at(-1);
  const run =
    sorted.length > 2 &&
    sorted.every(
      (day, index) =>
        index === 0 || DAYS.indexOf(day) === DAYS.indexOf(sorted[index - 1] as Day) + 1,
    );
  if (run && first !== undefined && last !== undefined) {
    return t('pdf.lines.through', { first: name(first), last: name(last) });
  }
  return sorted.map(name).join(', ');
}
