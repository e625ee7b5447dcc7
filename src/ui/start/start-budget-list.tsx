/** The budgets saved on this device, most recently changed first. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { StartBudgetItem } from './start-budget-item';

export function StartBudgetList({ onDuplicated }: { onDuplicated: (name: string) => void }) {
  const { t } = useTranslation();
  // The record is replaced only when a budget changes, so this selector is stable.
  const budgets = useAppStore((state) => state.budgets);
  const newestFirst = useMemo(
    () =>
      Object.values(budgets).sort(
        // ISO timestamps sort as text; the id breaks ties so the order never jumps about.
        (a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.budget.id.localeCompare(b.budget.id),
      ),
    [budgets],
  );

  return (
    <>
      <h2 className="nhsuk-heading-m">{t('start.budgets.heading')}</h2>
      {newestFirst.length === 0 ? (
        <p className="nhsuk-body">{t('start.budgets.empty')}</p>
      ) : (
        <>
          <p className="nhsuk-body">{t('start.budgets.count', { count: newestFirst.length })}</p>
          <ul className="nhsuk-list">
            {newestFirst.map((saved) => (
              <StartBudgetItem key={saved.budget.id} saved={saved} onDuplicated={onDuplicated} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
