/**
 * The commissioner's figures on the caseload page in Chromium, for a generated caseload
 * priced as at one day chosen on the page: the cost avoided, the PHB return's totals for
 * the quarter, the cost in the year and its outturn, and next year's rates on the whole
 * caseload are the headless command's for the same folder and day, to the penny; and the
 * benchmark file, built in a worker, is the command's file byte for byte.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardComparison } from '../../src/domain/caseload/next-card';
import { RETURN_COUNTS, type PhbReturn } from '../../src/domain/caseload/phb-return';
import type { CaseloadSummary } from '../../src/domain/caseload/summary';
import { IN_YEAR_PERIODS } from '../../src/domain/caseload/in-year';
import { formatMoney } from '../../src/domain/format';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { budgetFileText } from '../../src/io/budget-file';
import { loadCard } from '../helpers/builders';
import { price } from '../helpers/run-price';
import { launch, openWatched } from './chromium';
import { tableRows } from './steps';

const COUNT = 150;
const AS_OF = '2025-11-20';
const QUARTER = '2025-26-q3';
const NEXT_CARD = 'england-2026-27';
const folder = mkdtempSync(join(tmpdir(), 'caseload-commissioner-'));
const files: string[] = [];
let browser: Browser;
let summary: CaseloadSummary;
let comparison: CardComparison;
let counted: PhbReturn;

const money = (text: string) => formatMoney(text, 'en-GB');

async function headless(args: readonly string[]): Promise<string> {
  const run = await price(['--cohort', folder, ...args]);
  if (run.code !== 0) throw new Error(run.stderr);
  return run.stdout;
}

beforeAll(async () => {
  for (const budget of generateBudgets({
    count: COUNT,
    seed: 1717,
    rateCard: loadCard('rate-cards/england-2025-26.json'),
  })) {
    const file = join(folder, `${budget.id}.json`);
    writeFileSync(file, budgetFileText(budget));
    files.push(file);
  }
  const priced = JSON.parse(
    await headless(['--format', 'json', '--as-of', AS_OF, '--next-card', NEXT_CARD]),
  ) as {
    summary: CaseloadSummary;
    nextCard: CardComparison;
  };
  summary = priced.summary;
  comparison = priced.nextCard;
  counted = JSON.parse(
    await headless(['--format', 'phb-return', '--quarter', QUARTER]),
  ) as PhbReturn;
  browser = await launch();
}, 120_000);
afterAll(async () => {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A summary list's rows, by their labels. */
async function summaryList(page: Page, label: string): Promise<Record<string, string>> {
  const list = page.locator(`dl[aria-label="${label}"]`);
  const found: Record<string, string> = {};
  for (const row of await list.locator('.nhsuk-summary-list__row').all()) {
    found[((await row.locator('dt').textContent()) ?? '').trim()] = (
      (await row.locator('dd').first().textContent()) ?? ''
    ).trim();
  }
  return found;
}

describe('the commissioner’s figures on the caseload page', () => {
  it('equal the command’s for the same folder and day', { timeout: 240_000 }, async () => {
    expect(summary.asOf).toBe(AS_OF);
    expect(counted.totals.counted).toBeGreaterThan(0);
    const { page, context, faults } = await openWatched(browser, '/#/caseload');
    await page.setInputFiles('#caseload-files', files);
    await page
      .getByRole('heading', { level: 2, name: 'Caseload figures' })
      .waitFor({ timeout: 90_000 });
    await page.getByRole('textbox', { name: 'Day', exact: true }).fill('20');
    await page.getByRole('textbox', { name: 'Month', exact: true }).fill('11');
    await page.getByRole('textbox', { name: 'Year', exact: true }).fill('2025');
    await page.getByRole('button', { name: 'Price as at this day' }).click();
    await page
      .getByText('Every budget is priced as at 20 November 2025.')
      .waitFor({ timeout: 90_000 });
    // The summary's own day, from the workers: the figures below are all priced as at it.
    await page
      .locator('caption', { hasText: 'Cost of the caseload in the year, as at 20 November 2025' })
      .waitFor({ timeout: 90_000 });
    await page.locator('#caseload-next-card').selectOption(NEXT_CARD);
    await page
      .locator('dt', { hasText: 'Budgets priced on both cards' })
      .waitFor({ timeout: 90_000 });

    // Cost avoided against traditional packages: the sums and the percent of the sums.
    const avoidance = summary.traditional;
    expect(await summaryList(page, 'Cost avoided over the caseload')).toMatchObject({
      'Traditional packages a year': money(avoidance.traditionalAnnual),
      'Traditional packages a week': money(avoidance.traditionalWeekly),
      'These budgets a year': money(avoidance.planAnnual),
      'Cost avoided a year': money(avoidance.avoided),
      'Cost avoided as a share of the traditional packages': `${avoidance.percent ?? ''}%`,
    });

    // The cost in the year as at the day chosen, and the year's outturn.
    const inYear = await tableRows(
      page,
      'Cost of the caseload in the year, as at 20 November 2025',
    );
    expect(inYear.map((row) => row.at(-1))).toEqual(
      IN_YEAR_PERIODS.map((period) => money(summary.inYear.periods[period].total)),
    );
    expect(summary.inYear.quarter).toBe(QUARTER);

    // The PHB return for the quarter: each count's total over every cohort and route.
    await page.getByLabel('Quarter', { exact: true }).selectOption(QUARTER);
    const captions: Record<(typeof RETURN_COUNTS)[number], string> = {
      counted: 'PHBs in place during the quarter',
      liveAtEnd: "PHBs in place on the quarter's last day",
      new: 'New PHBs: plans that started in the quarter',
      ended: 'PHBs that ended in the quarter',
      yearToDate: 'PHBs in place at any time in the year to date, from 1 April',
    };
    for (const name of RETURN_COUNTS) {
      const rows = await tableRows(page, `${captions[name]}, `);
      const all = rows.at(-1) ?? [];
      expect([all[0], all.at(-1)]).toEqual(['All PHBs', String(counted.totals[name])]);
    }

    // Next year's rates on the whole caseload.
    const cardName = 'England 2025-26, national reference figures (illustrative)';
    const next = await summaryList(page, "Next year's rate card, to compare");
    expect(next).toMatchObject({
      'Budgets priced on both cards': String(comparison.count),
      [`A year on ${cardName}`]: money(comparison.annual.thisYear),
      'Difference a year': `${money(comparison.annual.difference)} (${comparison.annual.percent ?? ''}%)`,
      'Difference a week': `${money(comparison.weekly.difference)} (${comparison.weekly.percent ?? ''}%)`,
    });
    expect(Object.values(next)).toContain(money(comparison.annual.nextYear));

    // The benchmark file, built in a worker: the command's file for the same folder and day.
    await page.getByLabel("Your area's name").fill('North Shire');
    await page.getByLabel('People living in your area (optional)').fill('250000');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the benchmark file (JSON)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(`benchmark-${QUARTER}.json`);
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContain(
        `Benchmark file downloaded: benchmark-${QUARTER}.json has been saved to your downloads.`,
      );
    const benchmark = await headless([
      '--format',
      'benchmark',
      '--as-of',
      AS_OF,
      '--area',
      'North Shire',
      '--population',
      '250000',
    ]);
    expect(readFileSync(await file.path(), 'utf8')).toBe(benchmark);
    expect(faults).toEqual([]);
    await context.close();
  });
});
