/** A saved budget, its rate card and its pricing: derived on demand, never stored. */
import { useMemo } from 'react';
import { priceOnCard, type BudgetPricing } from '../../domain/pricing/price-budget';
import type { Problem } from '../../domain/problems';
import type { Budget } from '../../domain/schema/budget';
import type { RateCard } from '../../domain/schema/rate-card';
import { today } from '../../state/clock';
import { rateCardById } from '../../state/rate-card-lookup';
import type { SavedBudget } from '../../state/saved-budget';
import { atRest, useAppStore } from '../../state/store';

export function useSavedBudget(budgetId: string): SavedBudget | undefined {
  return useAppStore((state) => state.budgets[budgetId]);
}

export { rateCardById };

export type PricingState =
  | { readonly kind: 'priced'; readonly pricing: BudgetPricing }
  | { readonly kind: 'no-card'; readonly cardId: string }
  | { readonly kind: 'problems'; readonly problems: readonly Problem[] };

/** Prices a budget on its own rate card; memoised on the budget object, which changes on every edit. */
export function usePricing(budget: Budget | undefined, asOf?: string): PricingState | undefined {
  return useMemo(
    () => (budget === undefined ? undefined : priceBudgetState(budget, asOf)),
    [budget, asOf],
  );
}

/**
 * Each budget object priced once, however many parts of a page show it: a budget is
 * never changed, only replaced, so its pricing holds while it lives.
 */
const pricedBudgets = new WeakMap<
  Budget,
  {
    readonly card: RateCard;
    readonly asOf: string | undefined;
    readonly today: string;
    readonly state: PricingState;
  }
>();
/**
 * The latest pricing of each budget by id, lent to the next: after an edit to one line of
 * a 300-line budget, only that line is priced again (see priceLines).
 */
const latestById = new Map<string, BudgetPricing>();
// Locking forgets every budget: the pricing lent on, with its names and text, goes too.
atRest.state.subscribe((state) => {
  if (state === 'locked') latestById.clear();
});

/**
 * Prices a budget on its own card, once per budget object, card and as-at day (`asOf`:
 * the day chosen on the page; undefined prices as at today, on the app's clock, moved
 * into the plan's dates).
 */
export function priceBudgetState(budget: Budget, asOf?: string): PricingState {
  const card = rateCardById(budget.rateCard);
  if (card === undefined) return { kind: 'no-card', cardId: budget.rateCard };
  // A card kept on this device can be replaced by an edit: then the budget is priced afresh.
  const day = today();
  const known = pricedBudgets.get(budget);
  if (known?.card === card && known.asOf === asOf && known.today === day) return known.state;
  const result = priceOnCard(budget, card, {
    earlier: latestById.get(budget.id),
    asOf,
    today: day,
  });
  const state: PricingState = result.ok
    ? { kind: 'priced', pricing: result.value }
    : { kind: 'problems', problems: result.problems };
  pricedBudgets.set(budget, { card, asOf, today: day, state });
  if (result.ok) latestById.set(budget.id, result.value);
  return state;
}
