/**
 * The two ways spending gets into the ledger, offered alike on the What's left page and
 * under the list of payments: add one by hand, or import a statement.
 */
import { useTranslation } from '../hooks/use-translation';
import { ButtonLink } from '../components/button-link';
import { spendingHref } from './spending-href';

export function SpendingActions({ budgetId }: { readonly budgetId: string }) {
  const { t } = useTranslation();
  return (
    <div className="nhsuk-button-group">
      <ButtonLink href={spendingHref.payment(budgetId)}>{t('spending.payments.add')}</ButtonLink>
      <ButtonLink variant="secondary" href={spendingHref.import(budgetId)}>
        {t('spending.payments.import')}
      </ButtonLink>
    </div>
  );
}
