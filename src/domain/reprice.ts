/**
 * Re-pricing: the same needs on another rate card (next year's, or another area's), and
 * any two budgets compared, each on its own card. The needs are never changed here.
 */
import { priceOnCard, type PricingOptions } from './pricing/price-budget';
import { failed, ok, type Result } from './problems';
import { diffPricings, type BudgetDiff } from './revisions/diff';
import type { Budget } from './schema/budget';
import type { RateCard } from './schema/rate-card';

/** The budget moved to another card: only its `rateCard` changes. */
export function onCard(budget: Budget, card: RateCard): Budget {
  return { ...budget, rateCard: card.id };
}

/** The budget on its own card against the same budget on `toCard`, line by line. */
export function repriceOn(
  budget: Budget,
  fromCard: RateCard,
  toCard: RateCard,
  options: Pick<PricingOptions, 'asOf' | 'today'> = {},
): Result<BudgetDiff> {
  return compareBudgets(budget, fromCard, onCard(budget, toCard), toCard, options);
}

/** Both budgets as at the same date: the date given, or today moved into each plan's dates. */
export function compareBudgets(
  from: Budget,
  fromCard: RateCard,
  to: Budget,
  toCard: RateCard,
  options: Pick<PricingOptions, 'asOf' | 'today'> = {},
): Result<BudgetDiff> {
  const before = priceOnCard(from, fromCard, options);
  const after = priceOnCard(to, toCard, options);
  if (!before.ok || !after.ok)
    return failed([...(before.ok ? [] : before.problems), ...(after.ok ? [] : after.problems)]);
  return ok(diffPricings(before.value, after.value));
}
