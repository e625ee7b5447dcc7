/**
 * A budget with its ledger and monitoring, for the spending pages: the budget priced as at
 * the day in the address (`?asOf=`, else today moved into the plan), the ledger kept with
 * it on the device (an empty one when nothing is kept yet), and the domain's monitoring of
 * the two. Derived on demand, never stored.
 */
import { useMemo } from 'react';
import { emptyLedger } from '../../domain/ledger/empty-ledger';
import type { Ledger } from '../../domain/ledger/ledger-schema';
import { monitor, type Monitoring } from '../../domain/ledger/monitor';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import type { Problem } from '../../domain/problems';
import type { Budget } from '../../domain/schema/budget';
import { useAppStore } from '../../state/store';
import { usePricing, type PricingState } from '../hooks/use-budget';
import { useAsOf } from '../hooks/use-route';

export type SpendingState =
  | { readonly kind: 'gone' }
  | {
      readonly kind: 'unpriced';
      readonly budget: Budget;
      readonly state: Exclude<PricingState, { kind: 'priced' }>;
    }
  | {
      readonly kind: 'unmonitored';
      readonly budget: Budget;
      readonly problems: readonly Problem[];
    }
  | {
      readonly kind: 'ready';
      readonly budget: Budget;
      readonly pricing: BudgetPricing;
      readonly ledger: Ledger;
      readonly monitoring: Monitoring;
    };

export function useLedger(budgetId: string): Ledger {
  const saved = useAppStore((state) => state.ledgers[budgetId]?.ledger);
  return useMemo(() => saved ?? emptyLedger(`ledger-${budgetId}`, budgetId), [saved, budgetId]);
}

export function useSpending(budgetId: string): SpendingState {
  const budget = useAppStore((state) => state.budgets[budgetId]?.budget);
  const asOf = useAsOf();
  const priced = usePricing(budget, asOf);
  const ledger = useLedger(budgetId);
  return useMemo((): SpendingState => {
    if (budget === undefined || priced === undefined) return { kind: 'gone' };
    if (priced.kind !== 'priced') return { kind: 'unpriced', budget, state: priced };
    // The page shows the period and month holding the day, never the year's others.
    const result = monitor(priced.pricing, ledger, { holdingOnly: true });
    if (!result.ok) return { kind: 'unmonitored', budget, problems: result.problems };
    return {
      kind: 'ready',
      budget,
      pricing: priced.pricing,
      ledger,
      monitoring: result.value,
    };
  }, [budget, priced, ledger]);
}
