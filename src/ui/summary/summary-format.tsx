/**
 * How the summary says its figures: money and hours through the one formatter in
 * src/domain/format.ts, names through the same labels as the text report, so the page,
 * the PDF and the command line read alike. Nothing here works out an amount.
 */
import type Decimal from 'decimal.js';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHours, formatMoney, type Locale } from '../../domain/format';
import type { Money } from '../../domain/money';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import type { LocalisedText } from '../../domain/schema/rate-card';
import { localise } from '../../i18n/localise';
import { labelsFor, type Labels } from '../../present/labels';

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

export { dayList, directionOf, sizeOf, type Direction } from '../../present/words';
