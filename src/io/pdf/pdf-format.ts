/**
 * How the PDF says its figures: the one document format of src/present (money, hours
 * and names as the screen and the text report say them), plus dates written out in full.
 * Nothing here works out an amount.
 */
import type { TFunction } from 'i18next';
import { longDateFormatter } from '../../domain/long-date';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { documentFormat, type DocumentFormat } from '../../present/format';

export interface PdfFormat extends DocumentFormat {
  /** "1 April 2025" from "2025-04-01": a date people read without thinking. */
  readonly date: (isoDate: string) => string;
}

export function pdfFormat(pricing: BudgetPricing, t: TFunction, language: string): PdfFormat {
  const format = documentFormat(pricing, t, language);
  // UTC on both sides, so the day printed is the day written whatever the machine's zone.
  const dates = longDateFormatter(format.locale, 'UTC');
  return {
    ...format,
    date: (isoDate) => {
      const day = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(day.getTime()) ? isoDate : dates(day);
    },
  };
}

export { dayList, directionOf, sizeOf, type Direction } from '../../present/words';
