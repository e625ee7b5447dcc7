/**
 * Re-pricing on another rate card (#/budgets/:id/reprice/:cardId): the same needs at the
 * other card's prices, line by line and in total, then keep it or discard it. Nothing
 * changes until "Keep" is pressed.
 */
import { useMemo } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { localise } from '../../i18n/localise';
import { useAppStore } from '../../state/store';
import { Button } from '../components/button';
import { ButtonGroup } from '../components/button-group';
import { Page } from '../components/page';
import { rateCardById, useSavedBudget } from '../hooks/use-budget';
import { compareVersions } from '../hooks/use-comparison';
import { useBack } from '../hooks/use-route';
import { setFlash } from '../components/budget-flash';
import { budgetHeading } from '../../present/budget-names';
import { RepriceAgreedNotice } from './reprice-agreed-notice';
import { RevisionDiff } from './revision-diff';
import { ProblemList } from '../problem-list';
import { href, navigate } from '../routes';
import { NotFoundPage } from '../site/not-found-page';

export function RepricePage({ budgetId, cardId }: { budgetId: string; cardId: string }) {
  const { t, i18n } = useTranslation();
  const budget = useSavedBudget(budgetId)?.budget;
  const repriceBudget = useAppStore((state) => state.repriceBudget);
  const card = rateCardById(cardId);
  const back = useBack();
  const compared = useMemo(
    () =>
      budget === undefined || card === undefined ? null : compareVersions(budget, budget, card.id),
    [budget, card],
  );
  if (
    budget === undefined ||
    card === undefined ||
    compared === null ||
    compared.kind === 'not-found'
  )
    return <NotFoundPage />;
  const name = (id: string) => {
    const found = rateCardById(id);
    return found === undefined ? id : localise(found.name, i18n.language);
  };
  // Back and Cancel return to the page the re-price was opened from: the task list or the
  // summary (their card notice links here), else the revisions page.
  const returnTo = href({ page: back ?? 'revisions', budgetId });
  const keep = () => {
    repriceBudget(budgetId, card.id);
    setFlash({
      target: href({ page: 'task-list', budgetId }),
      heading: 'revisions.reprice.kept',
      values: { card: name(card.id) },
    });
    navigate({ page: 'task-list', budgetId });
  };
  const same = budget.rateCard === card.id;
  return (
    <Page
      title={t('revisions.reprice.title', { card: name(card.id) })}
      caption={budgetHeading(budget, t)}
      backLink={{ href: returnTo }}
    >
      {same ? (
        <p className="nhsuk-body">{t('revisions.reprice.sameCard', { card: name(card.id) })}</p>
      ) : compared.kind === 'problems' ? (
        <>
          <p className="nhsuk-body">{t('revisions.reprice.problemsIntro')}</p>
          <ProblemList
            title={t('revisions.reprice.problemsHeading')}
            problems={compared.problems}
          />
        </>
      ) : (
        <>
          <p className="nhsuk-body">
            {t('revisions.reprice.intro', { from: name(budget.rateCard), to: name(card.id) })}
          </p>
          <RepriceAgreedNotice diff={compared.diff} />
          <RevisionDiff diff={compared.diff} />
          <ButtonGroup>
            <Button type="button" onClick={keep} preventDoubleClick>
              {t('revisions.reprice.keep')}
            </Button>
            <a className="nhsuk-link" href={returnTo}>
              {t('revisions.reprice.discard', { card: name(budget.rateCard) })}
            </a>
          </ButtonGroup>
        </>
      )}
    </Page>
  );
}
