/**
 * Keep a copy: the budget file (made on the device, nothing uploaded), printing this page
 * for the planning meeting, and the way back to the task list.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Budget } from '../../domain/schema/budget';
import { budgetFileName, budgetFileText } from '../../io/budget-file';
import { useAppStore } from '../../state/store';
import { Button } from '../components/button';
import { ButtonGroup } from '../components/button-group';
import { downloadText } from '../download';
import { href } from '../routes';
import { SummarySection } from './summary-section';

export interface SummaryActionsProps {
  readonly budget: Budget;
}

export function SummaryActions({ budget }: SummaryActionsProps) {
  const { t } = useTranslation();
  const markExported = useAppStore((state) => state.markExported);
  const [downloaded, setDownloaded] = useState<string | null>(null);

  const download = () => {
    const fileName = budgetFileName(budget);
    downloadText(fileName, budgetFileText(budget));
    // Recorded so the task list can remind people whose latest changes have no copy yet.
    markExported(budget.id);
    setDownloaded(fileName);
  };

  return (
    <SummarySection heading={t('summary.actions.heading')}>
      <p className="nhsuk-body app-no-print">{t('summary.actions.body')}</p>
      <ButtonGroup>
        <Button type="button" onClick={download} preventDoubleClick>
          {t('summary.actions.download')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          {t('summary.actions.print')}
        </Button>
        <a className="nhsuk-link" href={href({ page: 'task-list', budgetId: budget.id })}>
          {t('summary.actions.taskList')}
        </a>
      </ButtonGroup>
      {/* Announced when it changes, so a screen reader hears that the download happened. */}
      <p className="nhsuk-body app-no-print" role="status">
        {downloaded === null ? '' : t('summary.actions.downloaded', { file: downloaded })}
      </p>
    </SummarySection>
  );
}
