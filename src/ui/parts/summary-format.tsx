/**
 * How the summary says its figures: money and hours through the one formatter in
 * src/domain/format.ts, names through the same labels as the text report, so the page,
 * the PDF and the command line read alike. Nothing here works out an amount.
 */
import type Decimal from 'decimal.js';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DAYS, sortDays, type Day } from '../../domain/days';
import { formatHours, formatMoney, type Locale } from '../../domain/format';
import type { Money } from '../../domain/money';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import type { LocalisedText } from '../../domain/schema/rate-card';
import { localise } from '../../i18n/localise';
import { labelsFor, type Labels } from '../../io/labels';

export interface SummaryFormat {
  readonly t: TFunction;
  readonly language: string;
  readonly labels: Labels;
  readonly money: (amount: Money | string) => string;
  readonly hours: (hours: Decimal) => string;
  /** A rate card's name in the reader's language. */
  readonly localise: (text: LocalisedText) => string;
}

export function useSummaryFormat(pricing: BudgetPricing): SummaryFormat {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const locale: Locale = language === 'cy' ? 'cy-GB' : 'en-GB';
    return {
      t,
      language,
      labels: labelsFor(pricing, t, language),
      money: (amount) => formatMoney(amount, locale),
      hours: (hours) => formatHours(hours, locale),
      localise: (text) => localise(text, language),
    };
  }, [pricing, t, language]);
}

/** Which way a difference goes, for saying it in words rather than with a minus sign. */
export type Direction = 'less' | 'more' | 'same';

export function directionOf(amount: Decimal): Direction {
  return amount.isZero() ? 'same' : amount.isNegative() ? 'less' : 'more';
}

/**
 * The size of a difference, to print after words that already say its direction ("£120.00
 * less"). Dropping the sign of a penny amount is not a calculation: the pennies are the
 * domain's, unchanged, as the text report prints them.
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
    sorted.every((day, index) => index === 0 || isNextDay(sorted[index - 1], day));
  if (run && first !== undefined && last !== undefined) {
    return t('summary.lines.through', { first: name(first), last: name(last) });
  }
  return sorted.map(name).join(', ');
}

function isNextDay(previous: Day | undefined, day: Day): boolean {
  return previous !== undefined && DAYS.indexOf(day) === DAYS.indexOf(previous) + 1;
}
