/** Pricing the budgets of a caseload on one chosen rate card, one at a time. */
import { checkBudgetAgainstCard } from '../check-against-card';
import { priceBudget, type PricingOptions } from '../pricing/price-budget';
import { failed, ok, type Result } from '../problems';
import type { Budget } from '../schema/budget';
import type { RateCard } from '../schema/rate-card';
import { toCaseloadEntry, type CaseloadEntry } from './entry';
import { entryFromBudget } from './entry-from-budget';
import { withLinesOfOneShape } from './one-shape';

/**
 * A budget that names a provider or area of life the card lacks cannot be priced on it.
 * The entry is made from the budget in whole pence where it can be (entry-from-budget.ts),
 * and from the decimal pricing otherwise: the same entry either way. The fast path reads
 * the lines made one shape (one-shape.ts), which takes about a third off its time.
 */
export function priceCaseloadBudget(
  budget: Budget,
  card: RateCard,
  file: string,
  options: Pick<PricingOptions, 'asOf' | 'today'> = {},
): Result<CaseloadEntry> {
  const shaped = withLinesOfOneShape(budget);
  const problems = checkBudgetAgainstCard(shaped, card);
  if (problems.length > 0) return failed(problems);
  return ok(
    entryFromBudget(shaped, card, file, options) ??
      toCaseloadEntry(priceBudget(budget, card, options), file),
  );
}

/**
 * The card a caseload is priced on when nobody has chosen one: the card most of its
 * budgets name, of those known; on a tie, the first known. Null when none is known.
 */
export function mostNamedCard(
  budgets: readonly Pick<Budget, 'rateCard'>[],
  known: readonly string[],
): string | null {
  const counts = new Map<string, number>();
  for (const budget of budgets) counts.set(budget.rateCard, (counts.get(budget.rateCard) ?? 0) + 1);
  return mostCountedCard(counts, known);
}

/** The same, from how many budgets name each card (the caseload page counts as it reads). */
export function mostCountedCard(
  counts: ReadonlyMap<string, number>,
  known: readonly string[],
): string | null {
  let best: string | null = null;
  for (const id of known)
    if ((counts.get(id) ?? 0) > (best === null ? 0 : (counts.get(best) ?? 0))) best = id;
  return best;
}
