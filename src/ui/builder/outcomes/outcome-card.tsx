/** One outcome on the outcomes page: the person's words, what good looks like, by when, and what serves it. */
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../domain/schema/budget';
import { SummaryList } from '../../components/summary-list';
import { VisuallyHidden } from '../../components/visually-hidden';
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
  const context = (
    <VisuallyHidden>{t('outcomes.list.context', { words: outcome.words })}</VisuallyHidden>
  );
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
        <ul className="nhsuk-summary-list__actions-list">
          <li className="nhsuk-summary-list__actions-list-item">
            <a
              className="nhsuk-link app-link-standalone"
              href={href({ page: 'outcome', budgetId, outcomeId: outcome.id })}
            >
              {t('outcomes.list.change')} {context}
            </a>
          </li>
          <li className="nhsuk-summary-list__actions-list-item">
            <button
              className="nhsuk-link app-link-standalone"
              type="button"
              id={removeOutcomeButtonId(outcome.id)}
              onClick={() => onRemove(outcome.id)}
            >
              {t('outcomes.list.remove')} {context}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
