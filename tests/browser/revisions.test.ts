/**
 * Revising a plan in Chromium, as a care coordinator does at a review: save a revision,
 * change the plan, save another, compare the two, re-price on next year's card and keep
 * it. Every figure on the pages equals the headless command's for the downloaded file,
 * to the penny; axe finds nothing on these pages; they fit 320 px; nothing goes off-site.
 */
import { axeViolations } from './a11y';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/domain/format';
import { formatMoneyChange } from '../../src/domain/format-change';
import { toMoneyText, parseMoney } from '../../src/domain/money';
import { ROOT } from '../helpers/builders';
import { launch, openWatched } from './chromium';

let browser: Browser;
let downloads: string;
beforeAll(async () => {
  browser = await launch();
  downloads = mkdtempSync(join(tmpdir(), 'revisions-'));
});
afterAll(async () => {
  await browser.close();
  rmSync(downloads, { recursive: true, force: true });
});

type Totals = Record<'weekly' | 'annual' | 'oneOff' | 'firstYear', string>;
interface Compared {
  from: { totals: Totals };
  to: { totals: Totals; rateCard: string };
  totals: Totals;
}

function command(args: string[]): unknown {
  const run = spawnSync('npx', ['tsx', 'src/cli/price.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

const change = (amount: string) => formatMoneyChange(parseMoney(amount));

async function saveRevision(page: Page, reason: string, role: string): Promise<void> {
  await page.getByRole('link', { name: /^Revisions: save/ }).click();
  await page.getByRole('button', { name: 'Save as a revision' }).click();
  await page.getByLabel('Why is the plan being revised?').fill(reason);
  await page.getByLabel(role).check();
  await page.getByRole('button', { name: 'Save revision' }).click();
  await page.getByRole('heading', { level: 1, name: /Revisions/ }).waitFor();
  await page.getByRole('link', { name: 'Back', exact: true }).click();
}

async function downloadFile(page: Page, name: string): Promise<string> {
  await page.getByRole('link', { name: 'Check and summary' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the budget file' }).click(),
  ]);
  const file = join(downloads, name);
  await download.saveAs(file);
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  return file;
}

/** The Before, After and Difference figures of a row of the totals table. */
async function totalsRow(page: Page, figure: string): Promise<string[]> {
  const row = page
    .getByRole('table', { name: 'Totals' })
    .getByRole('row', { name: new RegExp(`^${figure}`) });
  // A responsive table repeats its column heading inside each cell, for phones: leave it out.
  const cells = await row.getByRole('cell').evaluateAll((all) =>
    all.map((cell) =>
      [...cell.childNodes]
        .filter(
          (node) =>
            !(node instanceof HTMLElement && node.classList.contains('nhsuk-table__heading')),
        )
        .map((node) => node.textContent)
        .join(''),
    ),
  );
  return cells.map((cell) => cell.trim());
}

describe('revising a plan in Chromium', () => {
  it(
    'revises twice, compares, re-prices and keeps it, with the figures of the headless command',
    { timeout: 240_000 },
    async () => {
      const { page, context, faults } = await openWatched(browser);
      await page.getByRole('button', { name: 'Try an example' }).click();
      await page.waitForURL('**/#/budgets/example-ann');

      await saveRevision(page, 'Plan agreed at the planning meeting', 'A care coordinator');
      // At the review: morning visits go from 45 to 60 minutes.
      await page.getByRole('link', { name: 'Personal care', exact: true }).click();
      await page
        .getByRole('link', { name: /Help to get up, wash and dress/ })
        .first()
        .click();
      await page.getByLabel('How long is each visit, in minutes?').fill('60');
      await page.getByRole('button', { name: 'Save this need' }).click();
      await page.getByRole('link', { name: 'Back', exact: true }).click();
      await saveRevision(page, 'Ann needs longer in the mornings', 'A social worker');

      const history = await downloadFile(page, 'history.json');
      const compared = command(['compare', history, '--from', '1', '--to', '2']) as Compared;
      await page.getByRole('link', { name: /^Revisions: save/ }).click();
      await page.getByRole('link', { name: /^Compare with revision 1/ }).click();
      await page
        .getByRole('heading', { level: 1, name: /What changed from revision 1 to revision 2/ })
        .waitFor();
      expect(await totalsRow(page, 'Weekly')).toEqual([
        formatMoney(compared.from.totals.weekly),
        formatMoney(compared.to.totals.weekly),
        change(compared.totals.weekly),
      ]);
      expect(await totalsRow(page, 'Annual')).toEqual([
        formatMoney(compared.from.totals.annual),
        formatMoney(compared.to.totals.annual),
        change(compared.totals.annual),
      ]);
      expect(toMoneyText(parseMoney(compared.totals.weekly))).not.toBe('0.00');
      const morning = page
        .getByRole('table', { name: 'Needs that changed' })
        .getByRole('row', { name: /Help to get up/ });
      expect(await morning.textContent()).toContain('Length of each visit: 45 → 60 minutes');
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Back to revisions' }).click();
      await page.getByRole('link', { name: /^Re-price on England 2026-27/ }).click();
      await page.getByRole('heading', { level: 1, name: /Re-price on England 2026-27/ }).waitFor();
      const repriced = command(['compare', history, '--rate-card', 'england-2026-27']) as Compared;
      expect(await totalsRow(page, 'Weekly')).toEqual([
        formatMoney(repriced.from.totals.weekly),
        formatMoney(repriced.to.totals.weekly),
        change(repriced.totals.weekly),
      ]);
      expect(await totalsRow(page, 'First year')).toEqual([
        formatMoney(repriced.from.totals.firstYear),
        formatMoney(repriced.to.totals.firstYear),
        change(repriced.totals.firstYear),
      ]);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Keep the new prices' }).click();
      await page.getByText(/The plan is now priced on England 2026-27/).waitFor();

      const kept = await downloadFile(page, 'kept.json');
      const priced = command([kept]) as { rateCard: string; totals: Totals };
      expect(priced.rateCard).toBe('england-2026-27');
      expect(priced.totals).toEqual(repriced.to.totals);
      expect(faults).toEqual([]);
      await context.close();
    },
  );

  it(
    'has no accessibility faults on these pages, fits 320 px, and says "Error:" on a failed save',
    { timeout: 120_000 },
    async () => {
      const { page, context, faults } = await openWatched(browser);
      await page.getByRole('button', { name: 'Try an example' }).click();
      await page.waitForURL('**/#/budgets/example-ann');
      await saveRevision(page, 'First plan', 'The person the plan is for');
      for (const hash of [
        'revisions',
        'revisions/1',
        'revisions/new',
        'compare/1/current',
        'reprice/wales-2025-26',
        'commissioner',
      ]) {
        for (const width of [1100, 320]) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(new URL(`#/budgets/example-ann/${hash}`, page.url()).href);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `${hash} at ${width} px`).toBeLessThanOrEqual(0);
          expect(await axeViolations(page), hash).toEqual([]);
        }
      }
      await page.setViewportSize({ width: 1100, height: 800 });
      await page.goto(new URL('#/budgets/example-ann/revisions/new', page.url()).href);
      await page.getByRole('button', { name: 'Save revision' }).click();
      await page.getByRole('alert').first().waitFor();
      expect(await page.title()).toMatch(/^Error: /);
      expect(await axeViolations(page)).toEqual([]);
      expect(faults).toEqual([]);
      await context.close();
    },
  );
});
