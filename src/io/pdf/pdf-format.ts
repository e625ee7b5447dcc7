/**
 * How the PDF says its figures: money and hours through the one formatter in
 * src/domain/format.ts, names through the same labels as the text report and the
 * screen, so the three read alike. Nothing here works out an amount.
 */
import type Decimal from 'decimal.js';
import type { TFunction } from 'i18next';
import { formatHours, formatMoney, type Locale } from '../../domain/format';
import { longDateFormatter } from '../../domain/long-date';
import type { Money } from '../../domain/money';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import type { LocalisedText } from '../../domain/schema/rate-card';
import { localise } from '../../i18n/localise';
import { labelsFor, type Labels } from '../../present/labels';

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
  const dates = longDateFormatter(locale, 'UTC');
  return {
    t,
    language,
    labels: labelsFor(pricing, t, language),
    money: (amount) => formatMoney(amount, locale),
    hours: (hours) => formatHours(hours, locale),
    localise: (text) => localise(text, language),
    date: (isoDate) => {
      const day = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(day.getTime()) ? isoDate : dates(day);
    },
  };
}

export { dayList, directionOf, sizeOf, type Direction } from '../../present/words';
