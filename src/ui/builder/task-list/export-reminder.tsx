/**
 * A reminder on the task list to download a copy of the budget (see export-reminder.ts
 * for when). "Remind me later" hides it for this visit: it is a nudge, not a gate.
 */
import { useState } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import { now } from '../../../state/clock';
import { exportReminder } from '../../../state/export-reminder';
import type { SavedBudget } from '../../../state/saved-budget';
import { Button } from '../../components/button';
import { ButtonGroup } from '../../components/button-group';
import { NotificationBanner } from '../../components/notification-banner';
import { BudgetDownloadButton } from '../../components/budget-download-button';

/** Budgets whose reminder was put off in this visit (until the page is reloaded). */
const putOff = new Set<string>();

export function ExportReminder({ budgetId, saved }: { budgetId: string; saved: SavedBudget }) {
  const { t } = useTranslation();
  const [hidden, setHidden] = useState(() => putOff.has(budgetId));
  const reminder = exportReminder(saved, now());
  if (reminder === null || hidden) return null;
  const later = () => {
    putOff.add(budgetId);
    setHidden(true);
  };
  return (
    <NotificationBanner
      heading={
        reminder.kind === 'never'
          ? t('reliability.reminder.headingNever')
          : t('reliability.reminder.heading', { count: reminder.days })
      }
    >
      <p className="nhsuk-body">{t('reliability.reminder.body')}</p>
      <ButtonGroup>
        <BudgetDownloadButton budgetId={budgetId} variant="primary">
          {t('reliability.reminder.download')}
        </BudgetDownloadButton>
        <Button type="button" variant="secondary" onClick={later}>
          {t('reliability.reminder.dismiss')}
        </Button>
      </ButtonGroup>
    </NotificationBanner>
  );
}
