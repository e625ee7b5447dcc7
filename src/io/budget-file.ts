/** A budget as a file people keep, send and open again: the same checks as the command line. */
import { BUDGET_FILE_LIMITS, fileSizeProblem, parseJsonText } from '../domain/json-text';
import type { Problem, Result } from '../domain/problems';
import { readBudget } from '../domain/read';
import type { Budget } from '../domain/schema/budget';

export function budgetFileText(budget: Budget): string {
  return `${JSON.stringify(budget, null, 2)}\n`;
}

/** "support-plan-for-ann-example.json", or the budget's id when it has no title. */
export function budgetFileName(budget: Budget): string {
  const slug = (budget.title || budget.person.name)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // ô → o: accents go, letters stay
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug === '' ? budget.id : slug}.json`;
}

/** A file too large to open is refused by its size, before its text is read into memory. */
export function budgetFileSizeProblem(bytes: number): Problem | null {
  return fileSizeProblem(bytes, BUDGET_FILE_LIMITS);
}

/** Reads a budget from a file's text; nothing is saved by reading. */
export function readBudgetFileText(text: string): Result<Budget> {
  const json = parseJsonText(text, BUDGET_FILE_LIMITS);
  return json.ok ? readBudget(json.value) : json;
}
