/**
 * What a budget would cost on the newer card that replaces its own (rate-card-validity.ts
 * says which card that is): both sides priced in full by the pricing rules.
 */
import { subtractMoney, type Money } from './money';
import { priceOnCard } from './pricing/price-budget';
import { failed, ok, type Result } from './problems';
import type { Budget } from './schema/budget';
import type { RateCard } from './schema/rate-card';

export interface CardChange {
  readonly current: { readonly weekly: Money; readonly annual: Money };
  readonly newer: { readonly weekly: Money; readonly annual: Money };
  /** Newer minus current: positive when the newer card costs more. */
  readonly difference: { readonly weekly: Money; readonly annual: Money };
}

/** The budget's totals on its own card and on a newer one, each priced in full by the rules. */
export function priceChange(
  budget: Budget,
  current: RateCard,
  newer: RateCard,
): Result<CardChange> {
  const before = priceOnCard(budget, current);
  if (!before.ok) return failed(before.problems);
  const after = priceOnCard(budget, newer);
  if (!after.ok) return failed(after.problems);
  const was = before.value.totals;
  const will = after.value.totals;
  return ok({
    current: { weekly: was.weekly, annual: was.annual },
    newer: { weekly: will.weekly, annual: will.annual },
    difference: {
      weekly: subtractMoney(will.weekly, was.weekly),
      annual: subtractMoney(will.annual, was.annual),
    },
  });
}
