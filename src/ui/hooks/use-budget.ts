/** A saved budget, its rate card and its pricing: derived on demand, never stored. */
import { useMemo } from 'react';
import { priceOnCard, type BudgetPricing } from '../../domain/pricing/price-budget';
import type { Problem } from '../../domain/problems';
import type { Budget } from '../../domain/schema/budget';
import type { RateCard } from '../../domain/schema/rate-card';
import { shippedRateCards } from '../../io/shipped';
import type { SavedBudget } from '../../state/saved-budget';
import { useAppStore } from '../../state/store';

export function useSavedBudget(budgetId: string): SavedBudget | undefined {
  return useAppStore((state) => state.budgets[budgetId]);
}

/** A shipped card, or one kept on this device (imported or made in the app). */
export function rateCardById(id: string): RateCard | undefined {
  return shippedRateCards.items.find((card) => card.id === id) ?? useAppStore.getState().rateCards[id]?.card;
}

export type PricingState =
  | { readonly kind: 'priced'; readonly pricing: BudgetPricing }
  | { readonly kind: 'no-card'; readonly cardId: string }
  | { readonly kind: 'problems'; readonly problems: readonly Problem[] };

/** Prices a budget on its own rate card; memoised on the budget object, which changes on every edit. */
export function usePricing(budget: Budget | undefined): PricingState | undefined {
  return useMemo(() => (budget === undefined ? undefined : priceBudgetState(budget)), [budget]);
}

export function priceBudgetState(budget: Budget): PricingState {
  const card = rateCardById(budget.rateCard);
  if (card === undefined) return { kind: 'no-card', cardId: budget.rateCard };
  const result = priceOnCard(budget, card);
  return result.ok ? { kind: 'priced', pricing: result.value } : { kind: 'problems', problems: result.problems };
}
