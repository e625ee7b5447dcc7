/**
 * When a line or a recurring amount is active (pricing rule 10): on or after its `from`,
 * on or before its `until`, and inside the plan's `start`..`end` where the plan has them.
 */
import { ALL_DAYS, contains, dayNumber, intersect, rangeOf, type DayRange } from '../calendar';
import type { Budget, Plan } from '../schema/budget';

interface Dated {
  readonly from?: string | undefined;
  readonly until?: string | undefined;
}

export function planRange(plan: Plan | undefined): DayRange {
  return plan === undefined ? ALL_DAYS : rangeOf(plan.start, plan.end);
}

/** The days an item is active, as one run (empty when its dates miss the plan). */
export function activeRange(item: Dated, plan: DayRange): DayRange {
  return item.from === undefined && item.until === undefined
    ? plan
    : intersect(rangeOf(item.from, item.until), plan);
}

export function isActiveOn(item: Dated, plan: DayRange, date: string): boolean {
  return contains(activeRange(item, plan), dayNumber(date));
}

/** A file with no dates at all: every line and amount is always active, as in version 2. */
export function isUndated(budget: Budget): boolean {
  if (budget.plan !== undefined) return false;
  const undated = (item: Dated) => item.from === undefined && item.until === undefined;
  return budget.lines.every(undated) && budget.expenses.every(undated);
}
