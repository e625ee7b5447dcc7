/**
 * The traditional package a plan is measured against (pricing rule 15): every provider
 * and PA line the totals use, priced again as a registered-provider line at the card's
 * standard rates, and the cost avoided against it.
 */
import { Dec, parseMoney, roundPercent, subtractMoney, sumMoney, type Money } from './money';
import { atCardRates } from './pricing/agreed';
import { priceLineByShape } from './pricing/line';
import type { BudgetPricing } from './pricing/price-budget';
import type { NeedLine } from './schema/budget';

export interface CostAvoidance {
  /** Traditional annual − the plan's annual total: negative when the plan costs more. */
  readonly annual: Money;
  /** As a percent of the traditional annual, half-up to one place; null when that is 0. */
  readonly percent: string | null;
}

export interface TraditionalPackage {
  readonly weekly: Money;
  /** The recorded comparator where the plan gives one, else the standard-rate annual. */
  readonly annual: Money;
  readonly basis: 'recorded' | 'standard-rate';
  /** The annual figure at the card's standard rates, whatever the basis. */
  readonly standardAnnual: Money;
  readonly costAvoidance: CostAvoidance;
}

export function traditionalPackage(pricing: BudgetPricing): TraditionalPackage {
  const priced = pricing.lines
    .filter(
      ({ line }) =>
        line.resource === 'registered-provider' || line.resource === 'personal-assistant',
    )
    .map(({ line }) =>
      priceLineByShape(asStandardProviderLine(line), pricing.card, pricing.weeksPerYear),
    );
  const weekly = sumMoney(priced.map((line) => line.weekly));
  const standardAnnual = sumMoney(priced.map((line) => line.annual));
  const recorded = pricing.budget.plan?.comparatorAnnual;
  const annual = recorded === undefined ? standardAnnual : parseMoney(recorded);
  return {
    weekly,
    annual,
    basis: recorded === undefined ? 'standard-rate' : 'recorded',
    standardAnnual,
    costAvoidance: costAvoidance(annual, pricing.totals.annual),
  };
}

/** Over a caseload too: the avoidance of sums is worked out from the sums, never averaged. */
export function costAvoidance(traditionalAnnual: Money, planAnnual: Money): CostAvoidance {
  const annual = subtractMoney(traditionalAnnual, planAnnual);
  return {
    annual,
    percent: traditionalAnnual.isZero()
      ? null
      : roundPercent(new Dec(annual).times(100).div(traditionalAnnual)),
  };
}

/**
 * The line as a registered provider's at the standard rates: no provider, no named
 * assistant, no agreed rate or pay (rule 17). A shared line stays shared (rule 18).
 */
function asStandardProviderLine(line: NeedLine): NeedLine {
  const { provider: _provider, assistant: _assistant, ...rest } = atCardRates(line);
  return { ...rest, resource: 'registered-provider' };
}
