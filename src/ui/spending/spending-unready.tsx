/**
 * What the spending pages say when the budget cannot be held against its ledger: it cannot
 * be priced (its card is missing, or parts do not match it), or its plan has no start.
 */
import { useTranslation } from '../hooks/use-translation';
import { href } from '../routes';
import { SummaryUnpriced } from '../summary/summary-unpriced';
import type { SpendingState } from './use-spending';

export function SpendingUnready({
  budgetId,
  spending,
}: {
  budgetId: string;
  spending: Extract<SpendingState, { kind: 'unpriced' | 'unmonitored' }>;
}) {
  const { t } = useTranslation();
  if (spending.kind === 'unpriced')
    return <SummaryUnpriced budgetId={budgetId} state={spending.state} />;
  return (
    <>
      <h2 className="nhsuk-heading-m">{t('spending.noStart.heading')}</h2>
      <p className="nhsuk-body">{t('spending.noStart.body')}</p>
      <p className="nhsuk-body">
        <a className="nhsuk-link" href={href({ page: 'about', budgetId })}>
          {t('spending.noStart.link')}
        </a>
      </p>
    </>
  );
}
