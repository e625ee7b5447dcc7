/**
 * One saved budget in the start page's list: what it is, what it costs a year, and what
 * can be done with it. Memoised on the saved budget, which the store replaces only when
 * that budget changes, so editing one budget does not redraw the others.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { formatMoney } from '../../domain/format';
import { describeProblemInWords } from '../../i18n/problems';
import { localise } from '../../i18n/localise';
import type { SavedBudget } from '../../state/saved-budget';
import { useAppStore } from '../../state/store';
import { Button } from '../components/button';
import { ButtonGroup } from '../components/button-group';
import { ButtonLink } from '../components/button-link';
import { Card } from '../components/card';
import { SummaryList } from '../components/summary-list';
import { VisuallyHidden } from '../components/visually-hidden';
import { priceBudgetState, rateCardById } from '../hooks/use-budget';
import { href } from '../routes';
import { BudgetDownloadButton } from '../components/budget-download-button';
import { formatDate, useLocale } from '../hooks/budget-format';
import { budgetListName } from '../../present/budget-names';
import { reviewStatus } from '../../domain/reviews/schedule';
import { today } from '../../state/clock';
import { ReviewStateTag } from '../builder/reviews/review-state-tag';

export interface StartBudgetItemProps {
  readonly saved: SavedBudget;
  /** Told the name of the budget that was copied, to say so on the page. */
  readonly onDuplicated: (name: string) => void;
}

export const StartBudgetItem = memo(function StartBudgetItem({
  saved,
  onDuplicated,
}: StartBudgetItemProps) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const duplicateBudget = useAppStore((state) => state.duplicateBudget);
  const { budget } = saved;
  const pricing = useMemo(() => priceBudgetState(budget), [budget]);
  const card = rateCardById(budget.rateCard);
  const name = budgetListName(budget, t);
  const review = reviewStatus(budget, today());
  // Every budget has the same four actions: screen readers hear which budget each is for.
  const which = (
    <>
      {' '}
      <VisuallyHidden>{name}</VisuallyHidden>
    </>
  );

  const annual =
    pricing.kind === 'priced' ? (
      <span className="app-figure">{formatMoney(pricing.pricing.totals.annual, locale)}</span>
    ) : (
      t('start.budgets.cannotPrice', {
        reason:
          pricing.kind === 'no-card'
            ? t('start.budgets.noCard', { id: pricing.cardId })
            : pricing.problems.map((found) => describeProblemInWords(found, t)).join('; '),
      })
    );

  return (
    <li>
      <Card heading={name} headingLevel={3}>
        <SummaryList
          noBorder
          rows={[
            {
              key: t('start.budgets.person'),
              value: budget.person.name || t('start.budgets.noPerson'),
            },
            {
              key: t('start.budgets.rateCard'),
              value:
                card === undefined
                  ? t('start.budgets.unknownCard', { id: budget.rateCard })
                  : localise(card.name, i18n.language),
            },
            { key: t('start.budgets.changed'), value: formatDate(saved.updatedAt, locale) },
            { key: t('start.budgets.annual'), value: annual },
            ...(review.next === null || review.state === 'not-reviewed'
              ? []
              : [
                  {
                    key: t('start.budgets.review.nextReview'),
                    value: (
                      <>
                        {formatDate(review.next, locale)} <ReviewStateTag state={review.state} />
                      </>
                    ),
                  },
                ]),
            {
              key: t('start.budgets.downloaded'),
              value:
                saved.exportedAt === null
                  ? t('start.budgets.notDownloaded')
                  : formatDate(saved.exportedAt, locale),
            },
          ]}
        />
        <ButtonGroup>
          <ButtonLink href={href({ page: 'task-list', budgetId: budget.id })} small>
            {t('start.budgets.open')}
            {which}
          </ButtonLink>
          <Button
            type="button"
            variant="secondary"
            small
            onClick={() => {
              const title = t('start.budgets.copyTitle', { name }).slice(0, 200);
              if (duplicateBudget(budget.id, title) !== null) onDuplicated(name);
            }}
          >
            {t('start.budgets.duplicate')}
            {which}
          </Button>
          <BudgetDownloadButton budgetId={budget.id} small>
            {t('start.budgets.download')}
            {which}
          </BudgetDownloadButton>
          <a className="nhsuk-link" href={href({ page: 'delete', budgetId: budget.id })}>
            {t('start.budgets.delete')}
            {which}
          </a>
        </ButtonGroup>
      </Card>
    </li>
  );
});
