/**
 * How the summary says its figures: the one document format of src/present, in the
 * page's language, so the page, the PDF and the command line read alike.
 */
import { useMemo } from 'react';
import { useTranslation } from '../hooks/use-translation';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { documentFormat, type DocumentFormat } from '../../present/format';

export type SummaryFormat = DocumentFormat;

export function useSummaryFormat(pricing: BudgetPricing): SummaryFormat {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => documentFormat(pricing, t, language), [pricing, t, language]);
}

export { dayList, directionOf, sizeOf, type Direction } from '../../present/words';
