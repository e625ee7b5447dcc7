/** Two versions of a budget compared, each on its own card (or the second on another): derived, never stored. */
import { useMemo } from 'react';
import type { Problem } from '../../domain/problems';
import { compareBudgets } from '../../domain/reprice';
import type { BudgetDiff } from '../../domain/revisions/diff';
import { budgetAtRevision, findRevision } from '../../domain/revisions/history';
import type { Budget, Revision } from '../../domain/schema/budget';
import { CURRENT } from '../routes';
import { rateCardById } from './use-budget';

export type ComparisonState =
  | { readonly kind: 'compared'; readonly diff: BudgetDiff }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'problems'; readonly problems: readonly Problem[] };

/** The revision a route names by its number ("2"); null for CURRENT, other text or a number not in the history. */
export function revisionNamed(budget: Budget, version: string): Revision | null {
  return /^\d+$/.test(version) ? findRevision(budget, Number(version)) : null;
}

/** The budget as it is now (CURRENT) or at a revision number; null for a number not in its history. */
export function budgetVersion(budget: Budget, version: string): Budget | null {
  if (version === CURRENT) return budget;
  const revision = revisionNamed(budget, version);
  return revision === null ? null : budgetAtRevision(budget, revision);
}

export function compareVersions(
  from: Budget | null,
  to: Budget | null,
  toCardId?: string,
): ComparisonState {
  if (from === null || to === null) return { kind: 'not-found' };
  const fromCard = rateCardById(from.rateCard);
  const toCard = rateCardById(toCardId ?? to.rateCard);
  if (fromCard === undefined || toCard === undefined) return { kind: 'not-found' };
  const result = compareBudgets(
    from,
    fromCard,
    toCardId === undefined ? to : { ...to, rateCard: toCard.id },
    toCard,
  );
  return result.ok
    ? { kind: 'compared', diff: result.value }
    : { kind: 'problems', problems: result.problems };
}

export function useComparison(
  budget: Budget | undefined,
  from: string,
  to: string,
): ComparisonState {
  return useMemo(
    () =>
      budget === undefined
        ? { kind: 'not-found' }
        : compareVersions(budgetVersion(budget, from), budgetVersion(budget, to)),
    [budget, from, to],
  );
}
