/** Pure edits of a budget, for previews: the page shows the plan as it would be if saved. */
import type { Budget, NeedLine } from './schema/budget';

/** The budget with this line in place of the line with its id, or added at the end. */
export function withLine(budget: Budget, line: NeedLine): Budget {
  const exists = budget.lines.some((other) => other.id === line.id);
  return {
    ...budget,
    lines: exists
      ? budget.lines.map((other) => (other.id === line.id ? line : other))
      : [...budget.lines, line],
  };
}

/**
 * The budget without a named personal assistant. The needs they worked stay, as personal
 * assistant support with nobody named (docs/named-assistants.md says why).
 */
export function withoutAssistant(budget: Budget, assistantId: string): Budget {
  const assistants = (budget.assistants ?? []).filter((assistant) => assistant.id !== assistantId);
  return {
    ...budget,
    assistants,
    lines: budget.lines.map((line) => {
      if (line.assistant !== assistantId) return line;
      const { assistant: _named, ...unnamed } = line;
      return unnamed;
    }),
  };
}
