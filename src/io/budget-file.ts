/**
 * A budget as a file people keep, send and open again. Reading one back, with the same
 * checks as the command line, is in budget-file-read.ts: it carries zod, which the
 * download buttons here do not need at start-up.
 */
import { BUDGET_FILE_LIMITS, fileSizeProblem } from '../domain/file-limits';
import type { Problem } from '../domain/problems';
import type { Budget } from '../domain/schema/budget';

export function budgetFileText(budget: Budget): string {
  return `${JSON.stringify(budget, null, 2)}\n`;
}

/** "support-plan-for-ann-example.json", or the budget's id when it has no title. */
/** `withoutNames`: named by the budget's id only (while the passphrase lock is on). */
export function budgetFileName(budget: Budget, withoutNames = false): string {
  const slug = (budget.title || budget.person.name)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // ô → o: accents go, letters stay
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug === '' || withoutNames ? budget.id : slug}.json`;
}

/** A file too large to open is refused by its size, before its text is read into memory. */
export function budgetFileSizeProblem(bytes: number): Problem | null {
  return fileSizeProblem(bytes, BUDGET_FILE_LIMITS);
}
