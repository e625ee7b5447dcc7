import type { TFunction } from 'i18next';
import type { Problem } from '../domain/problems';

/** "lines[2].minutes: must be a whole number from 1 to 1440" */
export function describeProblem(problem: Problem, t: TFunction): string {
  return `${problem.path}: ${t(problem.key, { ...problem.values })}`;
}
