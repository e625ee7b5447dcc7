/**
 * The caseload's cost in the year (rule 12 summed, docs/commissioner.md): for the day the
 * caseload is priced as at, the cost of its financial-year quarter so far and in full, of
 * its financial year so far, and the year's outturn if every plan runs as planned. Each
 * budget's figure is its own period cost (each line and amount rounded once, then
 * summed); the caseload's is the sum of the budgets' figures.
 */
import { financialYearOf } from '../calendar';
import { toMoneyText, type MoneyText } from '../money';
import { penceText, sumMoneyTexts } from '../pence';
import { cutToPlanTotal, cutToPlanTotalsInPence } from '../pricing/periods';
import type { BudgetPricing } from '../pricing/price-budget';
import type { CaseloadEntry } from './entry';
import { quarterHolding } from './quarter';

export const IN_YEAR_PERIODS = ['quarterToDate', 'quarter', 'yearToDate', 'outturn'] as const;
export type InYearPeriod = (typeof IN_YEAR_PERIODS)[number];

export type EntryInYear = Readonly<Record<InYearPeriod, MoneyText>>;

export interface CaseloadInYear {
  /** The quarter holding the as-at day, as the PHB return writes it: `2026-27-q1`. */
  readonly quarter: string;
  /** Each period's first and last days (both included) and the caseload's cost in it. */
  readonly periods: Readonly<
    Record<InYearPeriod, { readonly from: string; readonly to: string; readonly total: MoneyText }>
  >;
}

/** The four periods for an as-at day: each runs from the start of its quarter or year. */
export function inYearDates(asOf: string): {
  quarter: string;
  dates: Record<InYearPeriod, { from: string; to: string }>;
} {
  const quarter = quarterHolding(asOf);
  const year = financialYearOf(asOf);
  return {
    quarter: quarter.id,
    dates: {
      quarterToDate: { from: quarter.from, to: asOf },
      quarter: { from: quarter.from, to: quarter.to },
      yearToDate: { from: year.from, to: asOf },
      outturn: { from: year.from, to: year.to },
    },
  };
}

/** The four periods' first and last days for an as-at day, in `IN_YEAR_PERIODS` order. */
export function inYearPeriods(asOf: string): readonly { from: string; to: string }[] {
  if (lastPeriods?.asOf !== asOf) {
    const { dates } = inYearDates(asOf);
    lastPeriods = { asOf, periods: IN_YEAR_PERIODS.map((period) => dates[period]) };
  }
  return lastPeriods.periods;
}

/** A caseload's budgets share one as-at day: its periods are worked out once. */
let lastPeriods: { asOf: string; periods: readonly { from: string; to: string }[] } | undefined;

/** A budget's cost in each period, cut to its plan's dates as the standard periods are (rule 13). */
export function entryInYear(pricing: BudgetPricing): EntryInYear {
  const periods = inYearPeriods(pricing.asOf);
  const pence = cutToPlanTotalsInPence(pricing, periods);
  if (pence !== null) return inYearOfPence(pence);
  return Object.fromEntries(
    IN_YEAR_PERIODS.map((period, index) => {
      const { from, to } = periods[index] as { from: string; to: string };
      return [period, toMoneyText(cutToPlanTotal(pricing, from, to))];
    }),
  ) as Record<InYearPeriod, MoneyText>;
}

/** The four periods' costs in pence, in `IN_YEAR_PERIODS` order, as the entry writes them. */
export function inYearOfPence(pence: readonly number[]): EntryInYear {
  return {
    quarterToDate: penceText(pence[0] as number),
    quarter: penceText(pence[1] as number),
    yearToDate: penceText(pence[2] as number),
    outturn: penceText(pence[3] as number),
  };
}

export function caseloadInYear(entries: readonly CaseloadEntry[], asOf: string): CaseloadInYear {
  const { quarter, dates } = inYearDates(asOf);
  return {
    quarter,
    periods: Object.fromEntries(
      IN_YEAR_PERIODS.map((period) => [
        period,
        {
          ...dates[period],
          total: sumMoneyTexts(entries.map((entry) => entry.inYear[period])),
        },
      ]),
    ) as CaseloadInYear['periods'],
  };
}
