/**
 * Adding or changing one unpaid carer. Finds the budget and the carer, or says they are
 * gone (a stale link); the form itself is the carer editor.
 */
import type { Carer } from '../../../domain/schema/budget';
import { useSavedBudget } from '../../hooks/use-budget';
import { CarerEditor } from './carer-editor';
import { NEW } from '../../routes';
import { NotFoundPage } from '../../site/not-found-page';

export function CarerPage({ budgetId, carerId }: { budgetId: string; carerId: string }) {
  const budget = useSavedBudget(budgetId)?.budget;
  if (budget === undefined) return <NotFoundPage />;
  let existing: Carer | undefined;
  if (carerId !== NEW) {
    existing = budget.carers.find((carer) => carer.id === carerId);
    if (existing === undefined) return <NotFoundPage />;
  }
  // Keyed by carer, so moving from one carer's form to another's starts afresh.
  return (
    <CarerEditor
      key={carerId}
      budgetId={budgetId}
      carerId={carerId}
      existing={existing}
      rateCard={budget.rateCard}
    />
  );
}
