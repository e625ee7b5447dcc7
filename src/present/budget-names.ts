/** What a budget is called where people pick it out: its title, else the person's name. */
import type { TFunction } from 'i18next';
import type { Budget } from '../domain/schema/budget';

/** In the list of budgets: the plan's title, the person's name, or "Untitled budget". */
export function budgetListName(budget: Budget, t: TFunction): string {
  if (budget.title !== '') return budget.title;
  return budget.person.name !== '' ? budget.person.name : t('budget.untitled');
}

/**
 * A budget's own pages: the plan's title, "Budget for Ann", or "Untitled budget", the
 * same words the list of budgets uses, so one budget has one name.
 */
export function budgetHeading(budget: Budget, t: TFunction): string {
  if (budget.title !== '') return budget.title;
  return budget.person.name !== ''
    ? t('budget.budgetFor', { name: budget.person.name })
    : t('budget.untitled');
}
