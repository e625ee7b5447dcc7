/**
 * `serves-no-outcome`: a paid need (a registered provider or a personal assistant) or an
 * expense that serves none of the person's outcomes, over the lines and amounts the totals
 * use. Said once the plan has outcomes at all: before any is written the outcomes section
 * of the task list is what asks for them, not a warning on every line.
 */
import type { PricedAmount } from '../pricing/amounts';
import type { PricedLine } from '../pricing/line';
import type { Budget } from '../schema/budget';
import type { Warning } from '../warnings';

export function outcomeWarnings(
  budget: Budget,
  lines: readonly PricedLine[],
  expenses: readonly PricedAmount[],
): Warning[] {
  if ((budget.outcomes ?? []).length === 0) return [];
  const servesNone = (outcomes: readonly string[] | undefined) => (outcomes ?? []).length === 0;
  const expenseById = new Map(budget.expenses.map((expense) => [expense.id, expense]));
  return [
    ...lines
      .filter(
        ({ line }) =>
          (line.resource === 'registered-provider' || line.resource === 'personal-assistant') &&
          servesNone(line.outcomes),
      )
      .map(({ line }): Warning => ({ id: 'serves-no-outcome', line: line.id })),
    ...expenses
      .filter(
        (amount) => amount.source === 'expense' && servesNone(expenseById.get(amount.id)?.outcomes),
      )
      .map((amount): Warning => ({ id: 'serves-no-outcome', expense: amount.id })),
  ];
}
