/**
 * A whole budget priced on a rate card: every rule of docs/pricing-rules.md in one pure call.
 * The screen, the PDF, the CSV and the command line all show this one result.
 */
import type Decimal from 'decimal.js';
import { assessCarers, type CarerBurden } from '../carer-burden';
import { checkBudgetAgainstCard } from '../check-against-card';
import { compareIndicative, compareSettings, type IndicativeComparison, type SettingComparison } from '../comparison';
import type { Hours } from '../hours';
import { parseMoney } from '../money';
import { failed, ok, type Result } from '../problems';
import type { Budget, Resource } from '../schema/budget';
import type { RateCard } from '../schema/rate-card';
import { findWarnings, type Warning } from '../warnings';
import { priceEmployerCosts, priceExpenses, type PricedAmount } from './amounts';
import { priceLines, type PricedLine } from './line';
import { weeksPerYearOf } from './per-card';
import {
  byDomain,
  byResource,
  hoursByResource,
  hoursInTotal,
  totalsOf,
  type Recurring,
  type ResourceBucket,
  type Totals,
} from './totals';

export interface BudgetPricing {
  readonly budget: Budget;
  readonly card: RateCard;
  readonly weeksPerYear: Decimal;
  readonly lines: readonly PricedLine[];
  readonly expenses: readonly PricedAmount[];
  readonly employerCosts: readonly PricedAmount[];
  readonly totals: Totals;
  readonly hoursWeekly: ReadonlyMap<Resource, Hours>;
  /** All hours of support a week, paid and unpaid. */
  readonly hoursTotal: Hours;
  readonly byDomain: ReadonlyMap<string, Recurring>;
  readonly byResource: ReadonlyMap<ResourceBucket, Recurring>;
  readonly carers: readonly CarerBurden[];
  readonly settings: readonly SettingComparison[];
  readonly indicative: IndicativeComparison | null;
  readonly warnings: readonly Warning[];
}

/**
 * Prices a budget already checked against the card (see `priceOnCard`). Given the pricing
 * of an earlier state of it, lines that have not changed are taken from there, not priced again.
 */
export function priceBudget(budget: Budget, card: RateCard, earlier?: BudgetPricing): BudgetPricing {
  const weeksPerYear = weeksPerYearOf(card);
  const lines = priceLines(budget.lines, card, weeksPerYear, earlier);
  const expenses = priceExpenses(budget, weeksPerYear);
  const employerCosts = priceEmployerCosts(budget, card);
  const amounts = [...expenses, ...employerCosts];
  const totals = totalsOf(lines, amounts);
  const indicativeAnnual = budget.indicativeAnnual == null ? null : parseMoney(budget.indicativeAnnual);
  return {
    budget,
    card,
    weeksPerYear,
    lines,
    expenses,
    employerCosts,
    totals,
    hoursWeekly: hoursByResource(lines),
    hoursTotal: hoursInTotal(lines),
    byDomain: byDomain(
      card.domains.map((domain) => domain.id),
      lines,
      amounts,
    ),
    byResource: byResource(lines, amounts),
    carers: assessCarers(budget, card),
    settings: compareSettings(totals, card),
    indicative: compareIndicative(totals, indicativeAnnual),
    warnings: findWarnings(budget, totals.annual, indicativeAnnual),
  };
}

/** Checks that the budget's domains and providers are on the card, then prices it. */
export function priceOnCard(budget: Budget, card: RateCard, earlier?: BudgetPricing): Result<BudgetPricing> {
  const problems = checkBudgetAgainstCard(budget, card);
  return problems.length > 0 ? failed(problems) : ok(priceBudget(budget, card, earlier));
}
