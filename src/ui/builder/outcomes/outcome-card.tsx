/** One outcome on the outcomes page: the person's words, what good looks like, by when, and what serves it. */
import { useTranslation } from '../../hooks/use-translation';
import type { Outcome } from '../../../domain/schema/budget';
import { SummaryList } from '../../components/summary-list';
import { ChangeRemoveActions } from '../../components/change-remove-actions';
import { formatDate, useLocale } from '../../hooks/budget-format';
import { href } from '../../routes';

export interface OutcomeCardProps {
  readonly budgetId: string;
  readonly outcome: Outcome;
  /** How many needs and expenses serve it. */
  readonly servedBy: number;
  readonly onRemove: (outcomeId: string) => void;
}

export const removeOutcomeButtonId = (outcomeId: string) => `remove-outcome-${outcomeId}`;

export function OutcomeCard({ budgetId, outcome, servedBy, onRemove }: OutcomeCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m app-pre-line">{outcome.words}</h2>
        <SummaryList
          noBorder
          rows={[
            {
              key: t('outcomes.list.goodLooksLike'),
              value: (
                <span className="app-pre-line">
                  {outcome.goodLooksLike ?? t('outcomes.list.notSaid')}
                </span>
              ),
            },
            {
              key: t('outcomes.list.byWhen'),
              value:
                outcome.byWhen === undefined
                  ? t('outcomes.list.notSaid')
                  : formatDate(outcome.byWhen, locale),
            },
            {
              key: t('outcomes.list.servedBy'),
              value: t('outcomes.list.servedByCount', { count: servedBy }),
            },
          ]}
        />
        <ChangeRemoveActions
          changeHref={href({ page: 'outcome', budgetId, outcomeId: outcome.id })}
          changeLabel={t('outcomes.list.change')}
          removeLabel={t('outcomes.list.remove')}
          removeId={removeOutcomeButtonId(outcome.id)}
          onRemove={() => onRemove(outcome.id)}
          context={t('outcomes.list.context', { words: outcome.words })}
        />
      </div>
    </div>
  );
}
