/**
 * What to do with the budget: documents of it (the PDF and the CSV for finance), a copy
 * of the budget file (made on the device, nothing uploaded), printing this page for the
 * planning meeting, and the way back to the task list. None of it is printed.
 */
import { useState } from 'react';
import { useTranslation } from '../hooks/use-translation';
import type { Budget } from '../../domain/schema/budget';
import { budgetFileName, budgetFileText } from '../../io/budget-file';
import { useAppStore } from '../../state/store';
import { Button } from '../components/button';
import { ButtonGroup } from '../components/button-group';
import { downloadText } from '../download';
import { useStatusMessage } from '../hooks/use-status-message';
import { href } from '../routes';
import { SummaryDocuments } from './summary-documents';
import { SummarySection } from './summary-section';
import { namesArePrivate } from '../hooks/use-session';

export interface SummaryActionsProps {
  readonly budget: Budget;
}

/** What the last download did, shown under the buttons that started it. */
interface Outcome {
  readonly text: string;
  readonly near: 'documents' | 'copy';
}

export function SummaryActions({ budget }: SummaryActionsProps) {
  const { t } = useTranslation();
  const markExported = useAppStore((state) => state.markExported);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [status, say] = useStatusMessage();
  const tell = (next: Outcome) => {
    setOutcome(next);
    say(next.text);
  };

  const download = () => {
    const fileName = budgetFileName(budget, namesArePrivate());
    downloadText(fileName, budgetFileText(budget));
    // Recorded so the task list can remind people whose latest changes have no copy yet.
    markExported(budget.id);
    tell({ text: t('summary.actions.downloaded', { file: fileName }), near: 'copy' });
  };

  return (
    <div className="app-no-print">
      <SummaryDocuments
        budget={budget}
        announce={(text) => tell({ text, near: 'documents' })}
        message={outcome?.near === 'documents' ? outcome.text : ''}
      />
      <SummarySection heading={t('summary.actions.heading')}>
        <p className="nhsuk-body">{t('summary.actions.body')}</p>
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
        {outcome?.near === 'copy' && <p className="nhsuk-body">{outcome.text}</p>}
      </SummarySection>
      {/*
        One live region for every download here, present before anything changes so a
        screen reader hears each outcome; people who see the page read it under the
        buttons they pressed.
      */}
      <p className="nhsuk-u-visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
