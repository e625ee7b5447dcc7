/** Steps a person takes in the built app, shared by the browser journeys. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { formatMoney } from '../../src/domain/format';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { budgetFileText } from '../../src/io/budget-file';
import { loadCard, ROOT } from '../helpers/builders';

export interface Need {
  activity: string;
  who: 'A registered provider' | 'A personal assistant' | 'An unpaid carer' | 'Community support';
  kind?: 'A sleep-in';
  minutes?: string;
  workers?: string;
  days: string[] | 'Every day';
}

export async function addNeed(page: Page, domain: string, need: Need): Promise<void> {
  await page.getByRole('link', { name: domain, exact: true }).click();
  await page
    .getByRole('button', { name: 'Add a need' })
    .or(page.getByRole('link', { name: 'Add a need' }))
    .first()
    .click();
  await page.getByLabel('What is the support?').fill(need.activity);
  if (need.kind !== undefined) await page.getByLabel(need.kind).check();
  await page.getByLabel(need.who).check();
  if (need.who === 'An unpaid carer')
    await page.getByLabel('Which unpaid carer?').selectOption({ index: 1 });
  if (need.minutes !== undefined)
    await page.getByLabel('How long is each visit, in minutes?').fill(need.minutes);
  if (need.workers !== undefined)
    await page.getByLabel('How many workers at once?').fill(need.workers);
  if (need.days === 'Every day')
    await page.getByRole('button', { name: 'Every day', exact: true }).click();
  else for (const day of need.days) await page.getByLabel(day, { exact: true }).check();
  await page.getByRole('button', { name: 'Save this need' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(domain);
  await page.getByRole('link', { name: 'Back', exact: true }).click();
}

export async function addExpense(
  page: Page,
  description: string,
  amount: string,
  often: string,
  investment = false,
) {
  await page.getByRole('link', { name: 'Expenses and investments' }).click();
  await page
    .getByRole('button', { name: /Add (an|another) expense/ })
    .or(page.getByRole('link', { name: /Add (an|another) expense/ }))
    .first()
    .click();
  await page.getByLabel('What is it?').fill(description);
  await page.getByLabel('How much is it, in pounds?').fill(amount);
  await page.getByLabel(often).check();
  if (investment) await page.getByLabel('An investment').check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Expenses and investments' }).waitFor();
  await page.getByRole('link', { name: 'Back', exact: true }).click();
}

export async function summaryTotals(page: Page): Promise<string[]> {
  const value = (label: string) =>
    page
      .locator('.nhsuk-summary-list__row', { hasText: label })
      .first()
      .locator('.nhsuk-summary-list__value')
      .textContent();
  return Promise.all(
    ['Weekly total', 'Annual total', 'One-off costs', 'First-year total'].map(async (l) =>
      ((await value(l)) ?? '').trim(),
    ),
  );
}

export function headlessTotals(file: string): string[] {
  const run = spawnSync('npx', ['tsx', 'src/cli/price.ts', file, '--format', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  const { totals } = JSON.parse(run.stdout) as { totals: Record<string, string> };
  return [totals['weekly'], totals['annual'], totals['oneOff'], totals['firstYear']].map((amount) =>
    formatMoney(amount ?? ''),
  );
}

/** The body rows of the table with this caption, each cell's words (the phone layout's headings left out). */
export async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => {
        const clone = cell.cloneNode(true) as Element;
        clone.querySelectorAll('.nhsuk-table__heading').forEach((heading) => heading.remove());
        return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
      }),
    ),
  );
}

/** A folder of generated budget files on England 2025-26, as a caseload test loads them. */
export function generatedCaseload(name: string, count: number, seed: number): string {
  const folder = mkdtempSync(join(tmpdir(), `${name}-`));
  const card = loadCard('rate-cards/england-2025-26.json');
  for (const budget of generateBudgets({ count, seed, rateCard: card }))
    writeFileSync(join(folder, `${budget.id}.json`), budgetFileText(budget));
  return folder;
}
