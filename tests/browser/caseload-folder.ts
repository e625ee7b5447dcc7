/** A folder of generated budget files for the caseload page's browser tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { budgetFileText } from '../../src/io/budget-file';
import { loadCard } from '../helpers/builders';

/** `count` budgets from the generator's `seed`, priceable on the England 2025-26 card, one file each. */
export function generatedCaseloadFolder(name: string, count: number, seed: number): string {
  const folder = mkdtempSync(join(tmpdir(), `${name}-`));
  const budgets = generateBudgets({
    count,
    seed,
    rateCard: loadCard('rate-cards/england-2025-26.json'),
  });
  for (const budget of budgets)
    writeFileSync(join(folder, `${budget.id}.json`), budgetFileText(budget));
  return folder;
}
