/**
 * Add or change one need (#/budgets/:id/domains/:domainId/lines/:lineId, "new" to add).
 * This page finds the budget, area and line, and says so kindly if a link has gone
 * stale; the form and its page are LineEditor's.
 */
import { rateCardById, useSavedBudget } from '../../hooks/use-budget';
import { carerInHash, NEW } from '../../routes';
import { LineEditor } from './line-editor';
import { NotFoundPage } from '../../site/not-found-page';

export interface LinePageProps {
  readonly budgetId: string;
  readonly domainId: string;
  /** A line's id, or NEW to add one. */
  readonly lineId: string;
}

export function LinePage({ budgetId, domainId, lineId }: LinePageProps) {
  const budget = useSavedBudget(budgetId)?.budget;
  const isNew = lineId === NEW;
  // A line is found in its own area only: a link that names another area is stale.
  const existing = isNew
    ? undefined
    : budget?.lines.find((line) => line.id === lineId && line.domain === domainId);
  const card = budget === undefined ? undefined : rateCardById(budget.rateCard);
  const domain = card?.domains.find((candidate) => candidate.id === domainId);
  if (
    budget === undefined ||
    card === undefined ||
    domain === undefined ||
    (!isNew && existing === undefined)
  ) {
    return <NotFoundPage />;
  }
  // Keyed by need (and, for a new one, its area and carer), so moving from one need's form
  // to another's starts afresh: no problems, preview id or carer carried over.
  const carer = isNew ? (carerInHash(window.location.hash) ?? '') : '';
  return (
    <LineEditor
      key={`${budgetId}/${domainId}/${lineId}/${carer}`}
      budget={budget}
      card={card}
      domain={domain}
      existing={existing}
    />
  );
}
