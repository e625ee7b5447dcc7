/**
 * A budget's revisions (#/budgets/:id/revisions): save the draft as a revision, look at
 * any past one, compare one with the one before or with the draft, and re-price the
 * plan on another rate card.
 */
import { useTranslation } from '../hooks/use-translation';
import { documentRevision, revisionsOf } from '../../domain/revisions/history';
import { localise } from '../../i18n/localise';
import { ButtonLink } from '../components/button-link';
import { InsetText } from '../components/inset-text';
import { Page } from '../components/page';
import { rateCardById, useSavedBudget } from '../hooks/use-budget';
import { useRateCards } from '../hooks/use-rate-cards';
import { FlashBanner } from '../components/budget-flash';
import { budgetHeading } from '../../present/budget-names';
import { RevisionsCompareForm, useCompareForm } from './revisions-compare-form';
import { RevisionsTable } from './revisions-table';
import { href, NEW } from '../routes';
import { NotFoundPage } from '../site/not-found-page';

export function RevisionsPage({ budgetId }: { budgetId: string }) {
  const { t, i18n } = useTranslation();
  const budget = useSavedBudget(budgetId)?.budget;
  const revisions = budget === undefined ? [] : revisionsOf(budget);
  const compare = useCompareForm(budgetId, revisions);
  // Every card the tool knows, so a budget can be re-priced on an area's own card too.
  const allCards = useRateCards();
  if (budget === undefined) return <NotFoundPage />;
  const status = documentRevision(budget);
  const card = rateCardById(budget.rateCard);
  const cardName = card === undefined ? budget.rateCard : localise(card.name, i18n.language);
  const otherCards = allCards.filter((other) => other.id !== budget.rateCard);

  return (
    <Page
      title={t('revisions.list.title')}
      backLink={{ href: href({ page: 'task-list', budgetId }) }}
      errors={compare.errors}
      headingInContent
    >
      <FlashBanner target={href({ page: 'revisions', budgetId })} />
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        <span className="nhsuk-caption-l">{budgetHeading(budget, t)}</span>{' '}
        {t('revisions.list.title')}
      </h1>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <p className="nhsuk-body">{t('revisions.list.intro')}</p>
          {status === undefined ? (
            <InsetText>
              <p>{t('revisions.list.none')}</p>
            </InsetText>
          ) : (
            <InsetText>
              <p>
                {t(
                  status.changedSince ? 'revisions.list.draftChanged' : 'revisions.list.draftSame',
                  { number: status.number },
                )}
              </p>
            </InsetText>
          )}
          <ButtonLink href={href({ page: 'revision', budgetId, revision: NEW })}>
            {t('revisions.list.save')}
          </ButtonLink>
        </div>
      </div>
      {revisions.length > 0 && <RevisionsTable budgetId={budgetId} revisions={revisions} />}
      {revisions.length > 0 && (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <RevisionsCompareForm budgetId={budgetId} revisions={revisions} compare={compare} />
          </div>
        </div>
      )}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h2 className="nhsuk-heading-m">{t('revisions.list.repriceHeading')}</h2>
          <p className="nhsuk-body">{t('revisions.list.repriceIntro', { card: cardName })}</p>
          <ul className="nhsuk-list">
            {otherCards.map((other) => (
              <li key={other.id}>
                <a
                  className="nhsuk-link"
                  href={href({ page: 'reprice', budgetId, cardId: other.id })}
                >
                  {t('revisions.list.repriceOn', { card: localise(other.name, i18n.language) })}
                </a>
              </li>
            ))}
          </ul>
          <h2 className="nhsuk-heading-m">{t('revisions.list.commissionerHeading')}</h2>
          <p className="nhsuk-body">
            <a className="nhsuk-link" href={href({ page: 'commissioner', budgetId })}>
              {t('budget.revisionLinks.commissioner')}
            </a>
          </p>
        </div>
      </div>
    </Page>
  );
}
