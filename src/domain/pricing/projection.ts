/**
 * The five-year projection (pricing rule 14): plan years 1 to 5 priced by rule 12 with
 * every investment's effect, and again without each investment (the lines it ends go on,
 * the lines it starts never come, and its own amount is not spent). At the card's
 * prices: nothing is uplifted.
 */
import type { IsoDate } from '../calendar';
import type { Money } from '../money';
import type { Budget, Expense, InvestmentEffect, NeedLine } from '../schema/budget';
import { investmentsWithEffect } from './investments';
import { planYearCost } from './periods';
import { priceBudget, type BudgetPricing } from './price-budget';

export const PROJECTION_YEARS = 5;

export interface ProjectionYear {
  /** 1 to 5. */
  readonly year: number;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly days: number;
  /** The year's total (recurring and one-off) with every investment. */
  readonly withInvestments: Money;
  /** The same year's total without each investment, by the investment's id. */
  readonly without: ReadonlyMap<string, Money>;
}

/** Null when the plan has no start: plan years count from it. */
export function projection(pricing: BudgetPricing): ProjectionYear[] | null {
  if (pricing.budget.plan === undefined) return null;
  const withouts = investmentsWithEffect(pricing.budget).map((investment) => ({
    id: investment.id,
    pricing: priceBudget(withoutInvestment(pricing.budget, investment), pricing.card, {
      asOf: pricing.asOf,
      earlier: pricing,
    }),
  }));
  return Array.from({ length: PROJECTION_YEARS }, (_, index) => {
    const year = index + 1;
    const cost = planYearCost(pricing, year);
    if (cost === null) throw new Error('A plan with a start has plan years');
    return {
      year,
      from: cost.from,
      to: cost.to,
      days: cost.days,
      withInvestments: cost.total,
      without: new Map(
        withouts.map((other) => [other.id, planYearCost(other.pricing, year)?.total ?? cost.total]),
      ),
    };
  });
}

/** The budget as it would be without one investment. */
export function withoutInvestment(
  budget: Budget,
  investment: Expense & { effect: InvestmentEffect },
): Budget {
  const ends = new Set(investment.effect.ends ?? []);
  const starts = new Set(investment.effect.starts ?? []);
  return {
    ...budget,
    lines: budget.lines
      .filter((line) => !starts.has(line.id))
      .map((line) => (ends.has(line.id) ? withoutUntil(line) : line)),
    expenses: budget.expenses.filter((expense) => expense !== investment),
  };
}

function withoutUntil(line: NeedLine): NeedLine {
  const { until: _until, ...rest } = line;
  return rest;
}
