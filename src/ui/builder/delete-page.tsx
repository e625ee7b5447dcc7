/**
 * "Are you sure?" before a budget is deleted (#/budgets/:id/delete). Deleting cannot be
 * undone, so the page offers the file download first and makes keeping it the easy way out.
 */
import { useState } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { useAppStore } from '../../state/store';
import { Button } from '../components/button';
import { ButtonGroup } from '../components/button-group';
import { Page } from '../components/page';
import { SummaryList } from '../components/summary-list';
import { WarningCallout } from '../components/warning-callout';
import { useSavedBudget } from '../hooks/use-budget';
import { useNamesPrivate } from '../hooks/use-session';
import { href, navigate } from '../routes';
import { BudgetColumn } from '../components/budget-column';
import { BudgetDownloadButton } from '../components/budget-download-button';
import { setFlash } from '../components/budget-flash';
import { formatDate, useLocale } from '../hooks/budget-format';
import { budgetListName } from '../../present/budget-names';
import { NotFoundPage } from '../site/not-found-page';

export function DeletePage({ budgetId }: { budgetId: string }) {
  const { t } = useTranslation();
  const namesPrivate = useNamesPrivate();
  const locale = useLocale();
  const saved = useSavedBudget(budgetId);
  const deleteBudget = useAppStore((state) => state.deleteBudget);
  // Set as the budget goes, so this page shows nothing (not "Page not found") until the
  // start page takes over.
  const [deleted, setDeleted] = useState(false);

  if (deleted) return null;
  if (saved === undefined) return <NotFoundPage />;
  const { budget } = saved;
  const name = budgetListName(budget, t);
  const named = budget.title !== '' || budget.person.name !== '';
  const taskList = href({ page: 'task-list', budgetId });

  const confirm = () => {
    setDeleted(true);
    deleteBudget(budgetId);
    setFlash({
      target: href({ page: 'start' }),
      heading: 'budget.delete.deleted',
      values: { name },
    });
    navigate({ page: 'start' });
  };

  return (
    <Page
      title={named ? t('budget.delete.title', { name }) : t('budget.delete.titleUntitled')}
      documentTitle={namesPrivate ? t('budget.delete.titlePrivate') : undefined}
      backLink={{ href: taskList }}
    >
      <BudgetColumn>
        <SummaryList
          rows={[
            {
              key: t('start.budgets.person'),
              value: budget.person.name || t('start.budgets.noPerson'),
            },
            { key: t('start.budgets.changed'), value: formatDate(saved.updatedAt, locale) },
            {
              key: t('start.budgets.downloaded'),
              value:
                saved.exportedAt === null
                  ? t('start.budgets.notDownloaded')
                  : formatDate(saved.exportedAt, locale),
            },
          ]}
        />
        <WarningCallout heading={t('budget.delete.warningHeading')} headingLevel={2}>
          <p>{t('budget.delete.warning')}</p>
          <p>{t('budget.delete.suggestion')}</p>
          <BudgetDownloadButton budgetId={budgetId}>
            {t('budget.delete.download')}
          </BudgetDownloadButton>
        </WarningCallout>
        <ButtonGroup>
          <Button type="button" variant="warning" onClick={confirm} preventDoubleClick>
            {t('budget.delete.confirm')}
          </Button>
          <a className="nhsuk-link" href={taskList}>
            {t('budget.delete.keep')}
          </a>
        </ButtonGroup>
      </BudgetColumn>
    </Page>
  );
}
