/**
 * What the person's "What's left" page needs beyond the monitoring itself
 * (docs/ledger.md, "For the person"): what is left of the year's budget, the periods that
 * hold the as-at date, and the plan's costs of the weeks coming, item by item. Every amount
 * is the monitoring's or rule 12's, subtracted or added once here, so no page does money
 * arithmetic. Pure.
 */
import type { IsoDate } from '../calendar';
import { addMoney, subtractMoney, type Money } from '../money';
import { periodCost, type PeriodItem } from '../pricing/periods';
import type { BudgetPricing } from '../pricing/price-budget';
import type { Monitoring, PeriodActual } from './monitor';

/** One plan item's cost in the weeks coming: a line, an expense or an employer cost. */
export interface ComingItem {
  readonly source: PeriodItem['source'];
  readonly id: string;
  /** Its recurring share of the weeks and any one-off dated in them. */
  readonly amount: Money;
  /** A one-off dated in the weeks coming is part of the amount. */
  readonly oneOff: boolean;
}

export interface WhatsLeft {
  /** The year's budget less what was spent in the year to date (negative when over). */
  readonly left: Money;
  /** The 4-week period and the calendar month holding the as-at date (null outside the year). */
  readonly period: PeriodActual | null;
  readonly month: PeriodActual | null;
  /** The plan's items costing something in the weeks coming, dearest first. */
  readonly coming: readonly ComingItem[];
}

const holding = (periods: readonly PeriodActual[], date: IsoDate): PeriodActual | null =>
  periods.find((period) => period.from <= date && date <= period.to) ?? null;

export function whatsLeft(pricing: BudgetPricing, monitoring: Monitoring): WhatsLeft {
  const coming =
    monitoring.coming === null
      ? []
      : periodCost(pricing, monitoring.coming.from, monitoring.coming.to)
          .items.map((item) => ({
            source: item.source,
            id: item.id,
            amount: addMoney(item.recurring, item.oneOff),
            oneOff: !item.oneOff.isZero(),
          }))
          .filter((item) => !item.amount.isZero())
          .sort((a, b) => b.amount.comparedTo(a.amount));
  return {
    left: subtractMoney(monitoring.year.budget, monitoring.yearToDate.spent),
    period: holding(monitoring.periods, monitoring.asOf),
    month: holding(monitoring.months, monitoring.asOf),
    coming,
  };
}
