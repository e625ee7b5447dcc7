/**
 * Puts the 300-line budget into a fresh browser profile the way a person would: "Open a
 * budget file" on the start page, which checks it with the command line's rules.
 */
import type { Page } from 'playwright-core';
import type { Budget } from '../../src/domain/schema/budget';
import { budgetFileText } from '../../src/io/budget-file';
import { budgetOf300Lines } from './budget-300';

export function openBudgetOf300Lines(page: Page, appUrl: string): Promise<string> {
  return openBudgetFile(page, appUrl, budgetOf300Lines(), 'bench-300.json');
}

/** Opens a budget as a file from the start page; the address of its task list. */
export async function openBudgetFile(page: Page, appUrl: string, budget: Budget, name: string): Promise<string> {
  await page.goto(appUrl);
  await page.getByLabel('Budget file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(budgetFileText(budget)),
  });
  await page.getByRole('button', { name: 'Open a budget file' }).click();
  await page.waitForURL(`**/#/budgets/${budget.id}`);
  return new URL(`#/budgets/${budget.id}`, appUrl).href;
}
