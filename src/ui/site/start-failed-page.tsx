/**
 * What the app shows instead of a blank page when a part it needs before any page (the
 * shipped rate cards, which every page that prices reads) could not be loaded, even when
 * asked twice: the network went before the offline copy was made, or a server sent an
 * older build's page. In the page's language, as its messages are in the start-up script.
 */
import { useTranslation } from '../hooks/use-translation';
import { Button } from '../components/button';
import { BudgetColumn } from '../components/budget-column';
import { Page } from '../components/page';

export function StartFailedPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('app.startFailed.heading')}>
      <BudgetColumn>
        <p className="nhsuk-body">{t('app.startFailed.body')}</p>
        <p className="nhsuk-body">{t('app.startFailed.next')}</p>
        <Button type="button" onClick={() => window.location.reload()}>
          {t('app.startFailed.reload')}
        </Button>
      </BudgetColumn>
    </Page>
  );
}
