/**
 * The person's outcomes: what they want their support to help them do, in their own
 * words, what good looks like and by when. Needs and expenses then say which they serve,
 * and the summary shows what each costs.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import { servingCount } from '../../../domain/outcomes/outcome-edits';
import { useAppStore } from '../../../state/store';
import { ButtonLink } from '../../components/button-link';
import { NotificationBanner } from '../../components/notification-banner';
import { Page } from '../../components/page';
import { SectionComplete, useSectionCompleteError } from '../../components/section-complete';
import { useSavedBudget } from '../../hooks/use-budget';
import { href, NEW } from '../../routes';
import { NotFoundPage } from '../../site/not-found-page';
import { OutcomeCard, removeOutcomeButtonId } from './outcome-card';
import { OutcomeRemovePanel } from './outcome-remove-panel';

export function OutcomesPage({ budgetId }: { budgetId: string }) {
  const { t } = useTranslation();
  const sectionError = useSectionCompleteError();
  const budget = useSavedBudget(budgetId)?.budget;
  const removeOutcome = useAppStore((state) => state.removeOutcome);
  const [removing, setRemoving] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);

  const askToRemove = useCallback((outcomeId: string) => {
    setRemoved(null);
    setRemoving(outcomeId);
  }, []);
  if (budget === undefined) return <NotFoundPage />;

  const outcomes = budget.outcomes ?? [];
  const asked = outcomes.find((outcome) => outcome.id === removing);
  const cancelRemove = () => {
    setRemoving(null);
    // Back to the button that asked, so keyboard users carry on where they were.
    if (asked !== undefined) document.getElementById(removeOutcomeButtonId(asked.id))?.focus();
  };
  const confirmRemove = () => {
    if (asked === undefined) return;
    removeOutcome(budgetId, asked.id);
    setRemoving(null);
    setRemoved(asked.words);
  };

  return (
    <Page
      errors={sectionError.errors}
      title={t('outcomes.title')}
      backLink={{ href: href({ page: 'task-list', budgetId }) }}
    >
      {removed !== null && (
        <NotificationBanner success heading={t('outcomes.removed', { words: removed })} />
      )}
      <div className="nhsuk-u-reading-width">
        <p>{t('outcomes.intro')}</p>
        <p>{t('outcomes.costs')}</p>
      </div>
      {asked !== undefined && (
        <OutcomeRemovePanel
          words={asked.words}
          servedBy={servingCount(budget, asked.id)}
          onConfirm={confirmRemove}
          onCancel={cancelRemove}
        />
      )}
      {outcomes.length === 0 ? (
        <p className="nhsuk-body-l">{t('outcomes.none')}</p>
      ) : (
        outcomes.map((outcome) => (
          <OutcomeCard
            key={outcome.id}
            budgetId={budgetId}
            outcome={outcome}
            servedBy={servingCount(budget, outcome.id)}
            onRemove={askToRemove}
          />
        ))
      )}
      <ButtonLink variant="secondary" href={href({ page: 'outcome', budgetId, outcomeId: NEW })}>
        {outcomes.length === 0 ? t('outcomes.add') : t('outcomes.addAnother')}
      </ButtonLink>
      <SectionComplete budgetId={budgetId} section="outcomes" error={sectionError} />
    </Page>
  );
}
