/**
 * One revision (#/budgets/:id/revisions/:number), read-only, or the form that saves the
 * draft as a new one (#/budgets/:id/revisions/new). A number not in the history is a
 * stale link: not found.
 */
import { useMemo } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { priceOnCard } from '../../domain/pricing/price-budget';
import { budgetAtRevision } from '../../domain/revisions/history';
import { Page } from '../components/page';
import { rateCardById, useSavedBudget } from '../hooks/use-budget';
import { revisionNamed } from '../hooks/use-comparison';
import { budgetHeading } from '../../present/budget-names';
import { RevisionSaveForm } from './revision-save-form';
import { RevisionView } from './revision-view';
import { href, NEW } from '../routes';
import { NotFoundPage } from '../site/not-found-page';

export function RevisionPage({
  budgetId,
  revision: wanted,
}: {
  budgetId: string;
  revision: string;
}) {
  const { t } = useTranslation();
  const budget = useSavedBudget(budgetId)?.budget;
  const revision = budget === undefined ? null : revisionNamed(budget, wanted);
  const pricing = useMemo(() => {
    if (budget === undefined || revision === null) return null;
    const card = rateCardById(revision.rateCard);
    const priced =
      card === undefined ? null : priceOnCard(budgetAtRevision(budget, revision), card);
    return priced?.ok === true ? priced.value : null;
  }, [budget, revision]);
  if (budget === undefined) return <NotFoundPage />;
  const caption = budgetHeading(budget, t);
  if (wanted === NEW)
    return <RevisionSaveForm budgetId={budgetId} rateCard={budget.rateCard} caption={caption} />;
  if (revision === null) return <NotFoundPage />;
  return (
    <Page
      title={t('revisions.view.title', { number: revision.number })}
      caption={caption}
      backLink={{ href: href({ page: 'revisions', budgetId }) }}
    >
      <p className="nhsuk-body">{t('revisions.view.intro')}</p>
      <RevisionView budgetId={budgetId} revision={revision} pricing={pricing} />
    </Page>
  );
}
