/**
 * The caseload generator (src/generate/generate-budgets.ts, from the caseload issue),
 * loaded only if it is in this tree: until it is, its figures are "not yet available".
 */
import type { Budget } from '../../src/domain/schema/budget';
import type { RateCard } from '../../src/domain/schema/rate-card';

export type GenerateBudgets = (options: {
  count: number;
  seed: number;
  rateCard: RateCard;
  linesPerBudget?: number;
}) => Budget[];

export const GENERATOR_PATH = 'src/generate/generate-budgets.ts';
export const CASELOAD = 10_000;
export const SEED = 9;

export async function loadGenerator(): Promise<GenerateBudgets | string> {
  // A path in a variable: the type-check must pass before the module exists.
  const path = `../../${GENERATOR_PATH}`;
  try {
    const module = (await import(path)) as { generateBudgets?: GenerateBudgets };
    return module.generateBudgets ?? `${GENERATOR_PATH} has no generateBudgets`;
  } catch {
    return `not yet available: ${GENERATOR_PATH} is not in this tree`;
  }
}
