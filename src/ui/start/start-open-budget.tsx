/**
 * Adds a budget read from a file or the examples, then opens its task list with a
 * message saying so. A budget whose id is already on the device comes in as a copy with a
 * new id (the store decides), and the message says that too, so nobody wonders which is which.
 */
import { useCallback } from 'react';
import { useTranslation } from '../hooks/use-translation';
import type { Budget } from '../../domain/schema/budget';
import { useAppStore } from '../../state/store';
import { href, navigate } from '../routes';
import { setFlash } from '../components/budget-flash';
import { budgetListName } from '../../present/budget-names';

/** Returns the id the budget was saved under (a new one when its own was taken). */
export function useOpenBudget(): (budget: Budget) => string {
  const { t } = useTranslation();
  const addBudget = useAppStore((state) => state.addBudget);
  return useCallback(
    (budget: Budget) => {
      const { id, renamed } = addBudget(budget);
      const route = { page: 'task-list', budgetId: id } as const;
      setFlash({
        target: href(route),
        heading: 'start.opened',
        body: renamed ? 'start.openedAsCopy' : undefined,
        values: { name: budgetListName(budget, t) },
      });
      navigate(route);
      return id;
    },
    [addBudget, t],
  );
}
