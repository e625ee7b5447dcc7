/** Changes to a budget's outcomes: each makes a new budget, as every edit does. */
import type { Budget, Outcome } from '../schema/budget';

/** Adds the outcome, or replaces the one with its id where it stands. */
export function withOutcome(budget: Budget, outcome: Outcome): Budget {
  const outcomes = budget.outcomes ?? [];
  const known = outcomes.some((existing) => existing.id === outcome.id);
  return {
    ...budget,
    outcomes: known
      ? outcomes.map((existing) => (existing.id === outcome.id ? outcome : existing))
      : [...outcomes, outcome],
  };
}

/**
 * Takes the outcome out of the plan and out of every need and expense that served it, so
 * no line names an outcome that is gone. The needs and expenses themselves stay.
 */
export function withoutOutcome(budget: Budget, outcomeId: string): Budget {
  const unserve = <T extends { outcomes?: string[] | undefined }>(item: T): T => {
    if (item.outcomes?.includes(outcomeId) !== true) return item;
    const { outcomes, ...rest } = item;
    const left = outcomes.filter((id) => id !== outcomeId);
    return (left.length === 0 ? rest : { ...rest, outcomes: left }) as T;
  };
  const outcomes = (budget.outcomes ?? []).filter((outcome) => outcome.id !== outcomeId);
  const { outcomes: _old, ...rest } = budget;
  return {
    ...rest,
    ...(outcomes.length === 0 ? {} : { outcomes }),
    lines: budget.lines.map(unserve),
    expenses: budget.expenses.map(unserve),
  };
}

/** How many needs and expenses serve the outcome, whatever their dates. */
export function servingCount(budget: Budget, outcomeId: string): number {
  const serves = (item: { outcomes?: string[] | undefined }) =>
    item.outcomes?.includes(outcomeId) === true;
  return budget.lines.filter(serves).length + budget.expenses.filter(serves).length;
}
