/**
 * The caseload generator (src/generate/generate-budgets.ts, from the caseload issue),
 * loaded only if it is in this tree: until it is, its figures are "not yet available".
 * The brief for that issue fixes its path and signature.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Budget } from '../../src/domain/schema/budget';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { ROOT } from './budget-300';

export type GenerateBudgets = (options: {
  count: number;
  seed: number;
  rateCard: RateCard;
  linesPerBudget?: number;
}) => Budget[];

export const GENERATOR_PATH = 'src/generate/generate-budgets.ts';
export const CASELOAD = 10_000;
export const SEED = 9;
export const NOT_YET = `not yet available: ${GENERATOR_PATH} is not in this tree`;

export async function loadGenerator(): Promise<GenerateBudgets | string> {
  // Only a missing file means "not yet": a generator that is there but fails is a fault.
  if (!existsSync(join(ROOT, GENERATOR_PATH))) return NOT_YET;
  // A path in a variable: the type-check must pass before the module exists.
  const path = `../../${GENERATOR_PATH}`;
  const module = (await import(path)) as { generateBudgets?: GenerateBudgets };
  if (module.generateBudgets === undefined)
    throw new Error(`${GENERATOR_PATH} exports no generateBudgets`);
  return module.generateBudgets;
}
