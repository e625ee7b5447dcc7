/**
 * The plan's contingency priced (docs/plan-around-money.md, "Contingency"): what it would
 * cost if a carer could no longer care, and a chosen number of days a year of cover for
 * registered providers that fail to turn up. Shown apart from the budget's total; counted
 * in it as well when the plan says so. Pure: the same pricing the summary shows goes in.
 */
import { atCardRates } from '../pricing/agreed';
import { priceLine } from '../pricing/line';
import { priceBudget, type BudgetPricing } from '../pricing/price-budget';
import { diffPricings } from '../revisions/diff';
import { moveLinesToPaid, unpaidLineIds } from '../revisions/what-if';
import { addMoney, Dec, roundToPenny, sumMoney, type Money } from '../money';
import type { NeedLine } from '../schema/budget';
import type { CoverResource } from '../schema/plan-cover-values';

export interface RecurringCost {
  readonly weekly: Money;
  readonly annual: Money;
}

export interface CarerContingency extends RecurringCost {
  /** The carer named, or null for all the unpaid care the plan relies on. */
  readonly carer: string | null;
  readonly resource: CoverResource;
}

export interface ProviderCover extends RecurringCost {
  readonly days: number;
  /** A week of the registered providers' care at the card's standard rates: sum of rounded lines. */
  readonly providerWeekly: Money;
}

export interface ContingencyPricing {
  readonly carer: CarerContingency | null;
  readonly providerCover: ProviderCover | null;
  /** The sum of the parts' rounded amounts. */
  readonly total: RecurringCost;
  readonly inBudget: boolean;
  /** The budget's totals with the contingency counted when `inBudget`, else the budget's own. */
  readonly budgetWith: RecurringCost;
}

const DAYS_IN_A_WEEK = 7;

/** Null when the plan has no contingency, or one with neither part. */
export function priceContingency(pricing: BudgetPricing): ContingencyPricing | null {
  const given = pricing.budget.contingency;
  if (given === undefined) return null;
  const carer =
    given.carer === undefined
      ? null
      : carerContingency(pricing, given.carer.resource, given.carer.id ?? null);
  const providerCover =
    given.providerCover === undefined
      ? null
      : priceProviderCover(pricing, given.providerCover.days);
  if (carer === null && providerCover === null) return null;
  const parts = [carer, providerCover].filter(
    (part): part is RecurringCost & NonNullable<typeof part> => part !== null,
  );
  const total = {
    weekly: sumMoney(parts.map((part) => part.weekly)),
    annual: sumMoney(parts.map((part) => part.annual)),
  };
  const inBudget = given.inBudget === true;
  const own = pricing.totals;
  return {
    carer,
    providerCover,
    total,
    inBudget,
    budgetWith: inBudget
      ? { weekly: addMoney(own.weekly, total.weekly), annual: addMoney(own.annual, total.annual) }
      : { weekly: own.weekly, annual: own.annual },
  };
}

/**
 * The commissioner's "if the carers could no longer care" (commissioner.ts), for one
 * carer's lines or all of them: the plan priced with those lines given by `resource` at
 * the card's standard rates, less the plan. Both amounts are differences of rounded totals.
 */
export function carerContingency(
  pricing: BudgetPricing,
  resource: CoverResource,
  carer: string | null,
): CarerContingency {
  const ids = unpaidLineIds(pricing.budget, carer ?? undefined);
  const moved = moveLinesToPaid(pricing.budget, ids, resource);
  const diff = diffPricings(
    pricing,
    priceBudget(moved, pricing.card, { asOf: pricing.asOf, earlier: pricing }),
  );
  return { carer, resource, weekly: diff.totals.weekly, annual: diff.totals.annual };
}

/**
 * Days of cover a year for the registered providers' care on the as-at day: a week of that
 * care at the card's standard rates (each line priced with no agreed rate and no named
 * provider, then rounded, as every line is), a seventh of it a day, times the days. The
 * year is rounded once, half-up to the penny; so is the week, the year's cost over the
 * card's weeks a year, from the same exact figure.
 */
export function priceProviderCover(pricing: BudgetPricing, days: number): ProviderCover {
  const providerWeekly = sumMoney(
    pricing.lines
      .filter((priced) => priced.line.resource === 'registered-provider')
      .map(
        (priced) =>
          priceLine(atStandardRates(priced.line), pricing.card, pricing.weeksPerYear).weekly,
      ),
  );
  const exactAnnual = new Dec(providerWeekly).div(DAYS_IN_A_WEEK).times(days);
  return {
    days,
    providerWeekly,
    annual: roundToPenny(exactAnnual),
    weekly: roundToPenny(exactAnnual.div(pricing.weeksPerYear)),
  };
}

/** The line at the card's standard provider rates: no agreed rate, no named provider's rates. */
function atStandardRates(line: NeedLine): NeedLine {
  const { provider: _provider, ...rest } = atCardRates(line);
  return rest;
}
