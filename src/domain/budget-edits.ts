/** Pure edits of a budget, for previews: the page shows the plan as it would be if saved. */
import type { Budget, NeedLine } from './schema/budget';

/** The budget with this line in place of the line with its id, or added at the end. */
export function withLine(budget: Budget, line: NeedLine): Budget {
  const exists = budget.lines.some((other) => other.id === line.id);
  return {
    ...budget,
    lines: exists ? budget.lines.map((other) => (other.id === line.id ? line : other)) : [...budget.lines, line],
  };
}
