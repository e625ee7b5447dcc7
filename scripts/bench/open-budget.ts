/**
 * Puts the 300-line budget into a fresh browser profile the way a person would: "Open a
 * budget file" on the start page, which checks it with the command line's rules.
 */
import type { Page } from 'playwright-core';
import { budgetFileText } from '../../src/io/budget-file';
import { budgetOf300Lines } from './budget-300';

export async function openBudgetOf300Lines(page: Page, appUrl: string): Promise<string> {
  const budget = budgetOf300Lines();
  await page.goto(appUrl);
  await page.getByLabel('Budget file').setInputFiles({
    name: 'bench-300.json',
    mimeType: 'application/json',
    buffer: Buffer.from(budgetFileText(budget)),
  });
  await page.getByRole('button', { name: 'Open a budget file' }).click();
  await page.waitForURL(`**/#/budgets/${budget.id}`);
  return new URL(`#/budgets/${budget.id}`, appUrl).href;
}
