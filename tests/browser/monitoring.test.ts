/**
 * The team's monitoring page in the built app in Chromium, by keyboard once the files are
 * chosen: a folder of budgets with their ledgers (the ledgers in a folder of their own,
 * named with no likeness to their budgets), the ranked list reached by Tab, a flag opened
 * to the transactions behind it, the as-at day changed (a day that is no date refused,
 * naming the field) and the ranked view downloaded as CSV: the very bytes of
 * `npm run price -- monitor --cohort` for the same folder and day. axe finds nothing wrong
 * in English, in Welsh, and with the date's error shown.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { generateLedger } from '../../src/generate/generate-ledger';
import { budgetFileText } from '../../src/io/budget-file';
import { loadCard, ROOT } from '../helpers/builders';
import { axeViolations, setLanguage } from './a11y';
import { launch, openWatched } from './chromium';
import { tabTo } from './tab-to';

const COUNT = 20;
const AS_OF = '2025-10-01';
/** The same day in words, as the page's count line says it. */
const AS_OF_WORDS = '1 October 2025';
let browser: Browser;
let folder = '';
let downloads = '';

beforeAll(async () => {
  browser = await launch();
  folder = mkdtempSync(join(tmpdir(), 'monitoring-'));
  downloads = mkdtempSync(join(tmpdir(), 'monitoring-downloads-'));
  const card = loadCard('rate-cards/england-2025-26.json');
  mkdirSync(join(folder, 'people'));
  mkdirSync(join(folder, 'spending'));
  generateBudgets({ count: COUNT, seed: 19, rateCard: card }).forEach((generated, index) => {
    const budget =
      generated.plan === undefined ? { ...generated, plan: { start: '2025-04-01' } } : generated;
    const { ledger } = generateLedger({ budget, card, seed: index, weeks: 26 });
    writeFileSync(join(folder, 'people', `person-${index}.json`), budgetFileText(budget));
    writeFileSync(
      join(folder, 'spending', `record-${COUNT - index}.json`),
      JSON.stringify(ledger, null, 2),
    );
  });
});
afterAll(async () => {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
});

async function press(page: Page, target: Locator) {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Types a day into the as-at field's three boxes, by keyboard, and asks for it. */
async function monitorAsAt(page: Page, day: string, month: string, year: string) {
  for (const [name, text] of [
    ['Day', day],
    ['Month', month],
    ['Year', year],
  ] as const) {
    const box = page.getByRole('textbox', { name, exact: true });
    await tabTo(page, box);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(text);
  }
  await press(page, page.getByRole('button', { name: 'Monitor as at this day' }));
}

describe('the monitoring page', () => {
  it(
    'ranks a folder of budgets and ledgers, traces a flag, changes the day and downloads the CSV by keyboard',
    { timeout: 240_000 },
    async () => {
      const { page, context, faults } = await openWatched(browser, '/#/monitoring');
      await page
        .getByRole('heading', { level: 1, name: 'Monitor spending across budgets' })
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.setInputFiles('#caseload-folder', folder);
      const ranked = page.getByRole('table', { name: 'Budgets, the most serious red flags first' });
      await ranked.waitFor({ timeout: 60_000 });
      // Every ledger met its budget: nothing is listed as not monitored.
      await page
        .getByText(new RegExp(`^Budgets monitored as at \\d{1,2} [A-Z][a-z]+ \\d{4}: ${COUNT}$`))
        .waitFor();
      expect(await page.getByText(/^Files not monitored/).count()).toBe(0);

      await monitorAsAt(page, '1', '10', '2025');
      await page
        .getByText(`Budgets monitored as at ${AS_OF_WORDS}: ${COUNT}`)
        .waitFor({ timeout: 60_000 });
      expect(await axeViolations(page)).toEqual([]);

      // By keyboard to the first flag in the ranked list that has payments behind it.
      const flag = ranked
        .locator('details', { has: page.locator('table', { hasText: 'Transaction' }) })
        .first();
      await press(page, flag.locator('summary'));
      const behind = flag.getByRole('table', { name: 'Transactions behind this flag' });
      await behind.waitFor();
      expect(await behind.getByRole('row').count()).toBeGreaterThan(1);
      expect(await axeViolations(page)).toEqual([]);

      // The CSV: the headless command's own bytes for the same folder and day.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        press(page, page.getByRole('button', { name: 'Download the ranked view (CSV)' })),
      ]);
      expect(download.suggestedFilename()).toBe(`monitoring-${AS_OF}.csv`);
      const saved = join(downloads, download.suggestedFilename());
      await download.saveAs(saved);
      const headless = spawnSync(
        'npx',
        [
          'tsx',
          'src/cli/price.ts',
          'monitor',
          '--cohort',
          folder,
          '--as-of',
          AS_OF,
          '--format',
          'csv',
        ],
        { cwd: ROOT, encoding: 'utf8' },
      );
      expect(headless.status, headless.stderr).toBe(0);
      const csv = readFileSync(saved, 'utf8');
      expect(csv.split(`${basename(folder)}/`).join('')).toBe(headless.stdout);
      expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(COUNT + 1);
      expect(csv.split('\r\n')[1]).toContain(`,${AS_OF},`);

      // A day that is no date is refused, naming the field; the figures stay as they were.
      await monitorAsAt(page, '31', '2', '2025');
      await page
        .getByText('The day to monitor as at must be a real date, for example 1 5 2026')
        .waitFor();
      await page.getByText(`Budgets monitored as at ${AS_OF_WORDS}: ${COUNT}`).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // In Welsh: the same page, with the error, then a real day again.
      await setLanguage(page, 'cy');
      await page
        .getByRole('heading', { level: 1, name: 'Monitro gwariant ar draws cyllidebau' })
        .waitFor();
      await page.getByText(`Cyllidebau a fonitrwyd fel ar 1 Hydref 2025: ${COUNT}`).waitFor();
      // The date's error follows the change of language.
      await page
        .getByText(
          "Rhaid i'r diwrnod i fonitro fel arno fod yn ddyddiad go iawn, er enghraifft 1 5 2026",
        )
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(faults).toEqual([]);
      await context.close();
    },
  );
});
