/** Kept apart from saved-budget.ts, which carries zod, so a page can ask without loading it. */
import type { SavedBudget } from './saved-budget';

/**
 * A budget just made and never changed: nothing in it and no change saved since it was
 * created. Leaving its first question then leaves nothing behind (about-page.tsx).
 */
export function isUntouchedNewBudget(saved: SavedBudget): boolean {
  const { budget } = saved;
  return (
    saved.createdAt === saved.updatedAt &&
    budget.title === '' &&
    budget.person.name === '' &&
    budget.lines.length === 0 &&
    budget.carers.length === 0 &&
    budget.expenses.length === 0 &&
    (budget.revisions ?? []).length === 0 &&
    budget.plan === undefined &&
    budget.progress === undefined
  );
}
