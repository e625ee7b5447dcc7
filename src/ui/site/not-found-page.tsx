/**
 * NHS.UK "Page not found": for an address the app does not know, and for a link to a
 * budget, line, carer or expense that is no longer on this device (a stale bookmark, a
 * budget deleted in another tab). Any page may render it for an id it cannot find.
 */
import { useTranslation } from '../hooks/use-translation';
import { Page } from '../components/page';
import { BudgetColumn } from '../components/budget-column';
import { href } from '../routes';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('budget.notFound.title')}>
      <BudgetColumn>
        <p className="nhsuk-body">{t('budget.notFound.typed')}</p>
        <p className="nhsuk-body">{t('budget.notFound.pasted')}</p>
        <p className="nhsuk-body">{t('budget.notFound.budget')}</p>
        <p className="nhsuk-body">
          <a className="nhsuk-link" href={href({ page: 'start' })}>
            {t('budget.notFound.startLink')}
          </a>
        </p>
      </BudgetColumn>
    </Page>
  );
}
