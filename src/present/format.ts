/**
 * How every document says its figures: money and hours through the one formatter in
 * src/domain/format.ts, names through one set of labels, in the reader's language. The
 * page, the PDF and the text report each take this, so they read alike. Nothing here
 * works out an amount.
 */
import type Decimal from 'decimal.js';
import type { TFunction } from 'i18next';
import { formatHours, formatHoursInProse, formatMoney, type Locale } from '../domain/format';
import { longDateFormatter } from '../domain/long-date';
import type { Money } from '../domain/money';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import type { LocalisedText } from '../domain/schema/rate-card';
import { localeOf } from '../i18n/languages';
import { localise } from '../i18n/localise';
import { labelsFor, type Labels } from './labels';

export interface DocumentFormat {
  readonly t: TFunction;
  readonly language: string;
  readonly locale: Locale;
  readonly labels: Labels;
  readonly money: (amount: Money | string) => string;
  readonly hours: (hours: Decimal) => string;
  /** Hours in a sentence: "20" when whole (a threshold), else as `hours`. */
  readonly hoursInProse: (hours: Decimal) => string;
  /** A calendar day in words: "1 May 2026", "1 Mai 2026". */
  readonly date: (iso: string) => string;
  /** A rate card's name in the reader's language. */
  readonly localise: (text: LocalisedText) => string;
}

export function documentFormat(
  pricing: BudgetPricing,
  t: TFunction,
  language: string,
): DocumentFormat {
  const locale = localeOf(language);
  const longDate = longDateFormatter(locale, 'UTC');
  return {
    t,
    language,
    locale,
    labels: labelsFor(pricing, t, language),
    money: (amount) => formatMoney(amount, locale),
    hours: (hours) => formatHours(hours, locale),
    hoursInProse: (hours) => formatHoursInProse(hours, locale),
    date: (iso) => longDate(new Date(iso)),
    localise: (text) => localise(text, language),
  };
}
