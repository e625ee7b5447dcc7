/**
 * Adding or changing one outcome. Finds the budget and the outcome, or says they are gone
 * (a stale link); the form itself is the outcome editor.
 */
import type { Outcome } from '../../../domain/schema/budget';
import { useSavedBudget } from '../../hooks/use-budget';
import { NEW } from '../../routes';
import { NotFoundPage } from '../../site/not-found-page';
import { OutcomeEditor } from './outcome-editor';

export function OutcomePage({ budgetId, outcomeId }: { budgetId: string; outcomeId: string }) {
  const budget = useSavedBudget(budgetId)?.budget;
  if (budget === undefined) return <NotFoundPage />;
  let existing: Outcome | undefined;
  if (outcomeId !== NEW) {
    existing = budget.outcomes?.find((outcome) => outcome.id === outcomeId);
    if (existing === undefined) return <NotFoundPage />;
  }
  // Keyed by outcome, so moving from one outcome's form to another's starts afresh.
  return (
    <OutcomeEditor key={outcomeId} budgetId={budgetId} outcomeId={outcomeId} existing={existing} />
  );
}
