/**
 * The names people know for what is behind a flag (docs/ledger.md, "Red flags"): a need
 * line by its activity, as the budget's pages name it ("Help to get up"), an expense by its
 * description (late spending may be on either), a named assistant by name. A flag keeps
 * ids so a team can trace it; the words show these. Pure.
 */
import type { Budget } from '../schema/budget';
import type { Flag } from './flags';

export interface BehindNames {
  /** Line (or expense) id → its name, for every line a flag names. */
  readonly lines: Readonly<Record<string, string>>;
  /** Assistant id → their name, for every assistant a flag names. */
  readonly assistants: Readonly<Record<string, string>>;
}

export function behindNames(budget: Budget, flags: readonly Flag[]): BehindNames {
  const lineNames = new Map<string, string>([
    ...budget.expenses.map((expense) => [expense.id, expense.description] as const),
    ...budget.lines.map((line) => [line.id, line.activity] as const),
  ]);
  const assistantNames = new Map(
    (budget.assistants ?? []).map((assistant) => [assistant.id, assistant.name] as const),
  );
  const lines: Record<string, string> = {};
  const assistants: Record<string, string> = {};
  for (const flag of flags) {
    for (const id of flag.lines) lines[id] = lineNames.get(id) ?? id;
    for (const id of flag.assistants) assistants[id] = assistantNames.get(id) ?? id;
  }
  return { lines, assistants };
}
