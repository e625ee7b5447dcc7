/** The budgets saved on this device, most recently changed first. */
import { useMemo } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { useAppStore } from '../../state/store';
import { lazyPart } from '../lazy-page';
import { byCodeUnits } from '../../domain/code-unit-order';

/**
 * Each saved budget with its yearly cost: loaded with the pricing (decimal.js, the
 * pricing rules) only when there is a budget to show, so a first visit does without them.
 * Until it has arrived the app's "Loading…" stands in for the page (its Suspense), as for
 * a page loaded on demand, so nobody sees the list half drawn.
 */
export const StartBudgetItem = lazyPart(() =>
  import('./start-budget-item').then((module) => module.StartBudgetItem),
);

export function StartBudgetList({ onDuplicated }: { onDuplicated: (name: string) => void }) {
  const { t } = useTranslation();
  // The record is replaced only when a budget changes, so this selector is stable.
  const budgets = useAppStore((state) => state.budgets);
  const newestFirst = useMemo(
    () =>
      Object.values(budgets).sort(
        // ISO timestamps sort as text; the id breaks ties so the order never jumps about.
        (a, b) => byCodeUnits(b.updatedAt, a.updatedAt) || byCodeUnits(a.budget.id, b.budget.id),
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
