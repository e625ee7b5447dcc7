/**
 * What the summary says when a budget cannot be priced: its rate card is not one this
 * tool has, or parts of it do not match the card (a domain or provider the card lacks).
 */
import { useTranslation } from '../hooks/use-translation';
import type { PricingState } from '../hooks/use-budget';
import { ProblemList } from '../problem-list';
import { href } from '../routes';

export interface SummaryUnpricedProps {
  readonly budgetId: string;
  readonly state: Exclude<PricingState, { kind: 'priced' }>;
}

export function SummaryUnpriced({ budgetId, state }: SummaryUnpricedProps) {
  const { t } = useTranslation();
  if (state.kind === 'no-card') {
    return (
      <>
        <h2 className="nhsuk-heading-m">{t('summary.unpriced')}</h2>
        <p className="nhsuk-body">{t('summary.noCard.body', { id: state.cardId })}</p>
        <p className="nhsuk-body">
          <a className="nhsuk-link" href={href({ page: 'about', budgetId })}>
            {t('summary.noCard.link')}
          </a>
        </p>
      </>
    );
  }
  return (
    <>
      <ProblemList title={t('summary.unpriced')} problems={state.problems} />
      <p className="nhsuk-body">{t('summary.problems.body')}</p>
      <p className="nhsuk-body">
        <a className="nhsuk-link" href={href({ page: 'task-list', budgetId })}>
          {t('summary.actions.taskList')}
        </a>
      </p>
    </>
  );
}
