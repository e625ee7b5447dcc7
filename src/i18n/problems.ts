import type { TFunction } from 'i18next';
import { inertText } from '../domain/plain-text';
import type { Problem } from '../domain/problems';

/**
 * "lines[2].minutes: must be a whole number from 1 to 1440". One line, whatever the file
 * held: a field name or value from a hostile file never reaches a terminal raw.
 */
export function describeProblem(problem: Problem, t: TFunction): string {
  return inertText(`${problem.path}: ${t(problem.key, { ...problem.values })}`);
}
