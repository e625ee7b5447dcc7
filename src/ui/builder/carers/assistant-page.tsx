/**
 * Adding or changing one named personal assistant. Finds the budget and the assistant, or
 * says they are gone (a stale link); the form itself is the assistant editor.
 */
import type { Assistant } from '../../../domain/schema/budget';
import { useSavedBudget } from '../../hooks/use-budget';
import { NEW } from '../../routes';
import { NotFoundPage } from '../../site/not-found-page';
import { AssistantEditor } from './assistant-editor';

export function AssistantPage({
  budgetId,
  assistantId,
}: {
  budgetId: string;
  assistantId: string;
}) {
  const budget = useSavedBudget(budgetId)?.budget;
  if (budget === undefined) return <NotFoundPage />;
  let existing: Assistant | undefined;
  if (assistantId !== NEW) {
    existing = budget.assistants?.find((assistant) => assistant.id === assistantId);
    if (existing === undefined) return <NotFoundPage />;
  }
  // Keyed by assistant, so moving from one assistant's form to another's starts afresh.
  return (
    <AssistantEditor
      key={assistantId}
      budgetId={budgetId}
      assistantId={assistantId}
      existing={existing}
    />
  );
}
