/**
 * Adding or changing one expense or investment. Finds the budget and the expense, or says
 * they are gone (a stale link); the form itself is the expense editor.
 */
import type { Expense } from '../../../domain/schema/budget';
import { useSavedBudget } from '../../hooks/use-budget';
import { ExpenseEditor } from './expense-editor';
import { NEW } from '../../routes';
import { NotFoundPage } from '../../site/not-found-page';

export function ExpensePage({ budgetId, expenseId }: { budgetId: string; expenseId: string }) {
  const budget = useSavedBudget(budgetId)?.budget;
  if (budget === undefined) return <NotFoundPage />;
  let existing: Expense | undefined;
  if (expenseId !== NEW) {
    existing = budget.expenses.find((expense) => expense.id === expenseId);
    if (existing === undefined) return <NotFoundPage />;
  }
  // Keyed by expense, so moving from one expense's form to another's starts afresh.
  return (
    <ExpenseEditor
      key={expenseId}
      budgetId={budgetId}
      expenseId={expenseId}
      existing={existing}
      rateCard={budget.rateCard}
    />
  );
}
