/**
 * Lines that do not come every week (pricing rule 9): one week in N, or N weeks a year.
 * W, the exact cost of one week in which the line happens, is rounded once, after it is
 * spread over the weeks; hours are spread the same way and never rounded.
 */
import type Decimal from 'decimal.js';
import type { Hours } from '../hours';
import { roundToPenny, type Money } from '../money';
import type { LineFrequency } from '../schema/budget';

/** How often a line comes, as data for a page or a document to put in words. */
export type FrequencyDescription =
  | { readonly kind: 'every-week' }
  | { readonly kind: 'every-weeks'; readonly weeks: number }
  | { readonly kind: 'weeks-a-year'; readonly weeks: number };

export function describeFrequency(frequency: LineFrequency | undefined): FrequencyDescription {
  if (frequency?.everyWeeks !== undefined)
    return { kind: 'every-weeks', weeks: frequency.everyWeeks };
  if (frequency?.weeksAYear !== undefined)
    return { kind: 'weeks-a-year', weeks: frequency.weeksAYear };
  return { kind: 'every-week' };
}

/** A line's weekly and annual figures from W, its exact cost of one week in which it happens. */
export function costsByFrequency(
  exactWeek: Decimal,
  frequency: FrequencyDescription,
  weeksPerYear: Decimal,
): { readonly weekly: Money; readonly annual: Money } {
  switch (frequency.kind) {
    case 'every-week': {
      const weekly = roundToPenny(exactWeek);
      return { weekly, annual: roundToPenny(weekly.times(weeksPerYear)) };
    }
    case 'every-weeks': {
      const weekly = roundToPenny(exactWeek.div(frequency.weeks));
      return { weekly, annual: roundToPenny(weekly.times(weeksPerYear)) };
    }
    case 'weeks-a-year': {
      const year = exactWeek.times(frequency.weeks);
      return { weekly: roundToPenny(year.div(weeksPerYear)), annual: roundToPenny(year) };
    }
  }
}

/**
 * The exact figures between W and the rounded ones, for the working a reader checks:
 * W ÷ N for one week in N; W × N (the year) and W × N ÷ weeks a year for N weeks a year.
 * Null for a weekly line, whose working is W itself.
 */
export type FrequencyWorking =
  | { readonly kind: 'every-weeks'; readonly weeks: number; readonly exactWeekly: Decimal }
  | {
      readonly kind: 'weeks-a-year';
      readonly weeks: number;
      readonly exactAnnual: Decimal;
      readonly exactWeekly: Decimal;
    };

export function frequencyWorking(
  exactWeek: Decimal,
  frequency: FrequencyDescription,
  weeksPerYear: Decimal,
): FrequencyWorking | null {
  switch (frequency.kind) {
    case 'every-week':
      return null;
    case 'every-weeks':
      return { ...frequency, exactWeekly: exactWeek.div(frequency.weeks) };
    case 'weeks-a-year': {
      const year = exactWeek.times(frequency.weeks);
      return { ...frequency, exactAnnual: year, exactWeekly: year.div(weeksPerYear) };
    }
  }
}

/** Hours a week on average: H ÷ N, or H × N ÷ weeks a year; H itself for a weekly line. */
export function hoursByFrequency(
  hours: Hours,
  frequency: FrequencyDescription,
  weeksPerYear: Decimal,
): Hours {
  switch (frequency.kind) {
    case 'every-week':
      return hours;
    case 'every-weeks':
      return hours.div(frequency.weeks) as Hours;
    case 'weeks-a-year':
      return hours.times(frequency.weeks).div(weeksPerYear) as Hours;
  }
}
