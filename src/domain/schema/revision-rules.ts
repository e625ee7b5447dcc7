/**
 * The rules of a budget's history that span fields: revisions are numbered 1, 2, 3… in
 * order, and each snapshot keeps the same rules as the budget it copies.
 */
import type { Budget } from './budget';
import { problem, type Problem } from '../problems';

export function revisionRuleProblems(
  budget: Budget,
  contentRules: (content: Budget, prefix: readonly (string | number)[]) => Problem[],
): Problem[] {
  return (budget.revisions ?? []).flatMap((revision, index) => {
    const path = ['revisions', index];
    const found: Problem[] = [];
    if (revision.number !== index + 1) {
      found.push(
        problem([...path, 'number'], 'validation.revisionNumber', { expected: index + 1 }),
      );
    }
    const asBudget: Budget = {
      ...budget,
      ...revision.snapshot,
      rateCard: revision.rateCard,
      revisions: [],
    };
    found.push(...contentRules(asBudget, [...path, 'snapshot']));
    return found;
  });
}
