/**
 * How the caseload page says its figures: money and hours through the one formatter
 * (src/domain/format.ts), counts with the locale's digit grouping, names through the same
 * labels as the caseload CSV. Nothing here works out an amount.
 */
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { formatHours, formatMoney, type Locale } from '../../domain/format';
import { Dec } from '../../domain/money';
import type { RateCard } from '../../domain/schema/rate-card';
import { localise } from '../../i18n/localise';
import { caseloadLabels, type CaseloadLabels } from '../../io/caseload-labels';
import { localeOf } from '../../i18n/languages';

export interface CaseloadFormat {
  readonly t: TFunction;
  readonly language: string;
  readonly labels: CaseloadLabels;
  readonly cardName: string;
  /** "£1,234.56" from a two-decimal money string. */
  readonly money: (amount: string) => string;
  /** "1,234.50" from a two-decimal hours string. */
  readonly hours: (hours: string) => string;
  readonly count: (count: number) => string;
}

export function useCaseloadFormat(card: RateCard): CaseloadFormat {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const locale: Locale = localeOf(language);
    const counts = new Intl.NumberFormat(locale);
    return {
      t,
      language,
      labels: caseloadLabels(card, t, language),
      cardName: localise(card.name, language),
      money: (amount) => formatMoney(amount, locale),
      hours: (hours) => formatHours(new Dec(hours), locale),
      count: (count) => counts.format(count),
    };
  }, [card, t, language]);
}
