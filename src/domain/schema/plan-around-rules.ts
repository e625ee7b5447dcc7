/**
 * The rules of the plan around the money that span fields: outcome ids are unique, and a
 * need or expense serves only outcomes the plan has, each once.
 */
import type { Budget } from './budget';
import { problem, type Problem } from '../problems';
import { duplicateIds } from './unique-ids';

type Path = readonly (string | number)[];

export function planAroundProblems(budget: Budget, prefix: Path): Problem[] {
  const outcomes = budget.outcomes ?? [];
  const known = new Set(outcomes.map((outcome) => outcome.id));
  return [
    ...duplicateIds(outcomes, [...prefix, 'outcomes']),
    ...budget.lines.flatMap((line, index) =>
      servedProblems(line.outcomes, [...prefix, 'lines', index], known),
    ),
    ...budget.expenses.flatMap((expense, index) =>
      servedProblems(expense.outcomes, [...prefix, 'expenses', index], known),
    ),
  ];
}

function servedProblems(
  served: readonly string[] | undefined,
  path: Path,
  known: ReadonlySet<string>,
): Problem[] {
  const seen = new Set<string>();
  return (served ?? []).flatMap((id, index) => {
    const at = [...path, 'outcomes', index];
    if (!known.has(id)) return [problem(at, 'validation.unknownOutcome', { id })];
    if (seen.has(id)) return [problem(at, 'validation.repeatedOutcome', { id })];
    seen.add(id);
    return [];
  });
}
