/**
 * The plan in time on the summary in Chromium: a dated version 3 budget (a six-week uplift
 * after discharge, a respite fortnight two weeks a year, a shower that ends one need and
 * starts a cheaper one) opened from its file and shown as at a day chosen on the page.
 * The financial year, its quarters and the shower's payback the page shows are the
 * headless command's figures for the same file on the same day, in both languages, and
 * axe finds nothing wrong with the page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/domain/format';
import { longDateFormatter } from '../../src/domain/long-date';
import type { TimeReport } from '../../src/domain/time-report';
import { price } from '../helpers/run-price';
import { axeViolations, setLanguage } from './a11y';
import { launch, openWatched } from './chromium';
import { tableRows } from './steps';

const FILE = 'tests/fixtures/plan-in-time/dated-discharge.json';
const AS_OF = '2026-05-01';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function headless(): Promise<TimeReport & { asOf: string }> {
  const run = await price([FILE, '--as-of', AS_OF]);
  if (run.code !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as TimeReport & { asOf: string };
}

describe('the plan in time on the summary', () => {
  it(
    'shows the command’s financial year, quarters and payback as at a chosen day',
    { timeout: 120_000 },
    async () => {
      const expected = await headless();
      const { page, context, faults } = await openWatched(browser);
      await page.getByLabel('Budget file').setInputFiles(FILE);
      await page.getByRole('button', { name: 'Open a budget file' }).click();
      await page.waitForURL('**/#/budgets/dated-discharge');
      await page.getByRole('link', { name: 'Check and summary' }).click();

      await page.getByRole('textbox', { name: 'Day', exact: true }).fill('1');
      await page.getByRole('textbox', { name: 'Month', exact: true }).fill('5');
      await page.getByRole('textbox', { name: 'Year', exact: true }).fill('2026');
      await page.getByRole('button', { name: 'Show the plan on this day' }).click();
      await page.waitForURL(`**/#/budgets/dated-discharge/summary?asOf=${AS_OF}`);
      await expect.poll(() => page.getByText('Figures are as at 1 May 2026.').count()).toBe(1);

      const money = (text: string) => formatMoney(text, 'en-GB');
      const date = longDateFormatter('en-GB', 'UTC');
      const day = (iso: string) => date(new Date(iso));
      const periods = await tableRows(page, 'Cost of each period');
      const { financialYear, quarters, planYear } = expected.periods;
      expect(periods).toEqual(
        [planYear, financialYear, ...quarters].map((period, index) => [
          ['Plan year', 'Financial year', 'Quarter 1', 'Quarter 2', 'Quarter 3', 'Quarter 4'][
            index
          ],
          day(period?.from ?? ''),
          day(period?.to ?? ''),
          String(period?.days),
          money(period?.recurring ?? ''),
          money(period?.oneOff ?? ''),
          money(period?.total ?? ''),
        ]),
      );
      const [shower] = expected.investments;
      expect(shower?.paybackWeeks).toBeGreaterThan(0);
      expect(await tableRows(page, "Each investment's saving and payback")).toEqual([
        [
          'Level-access shower',
          money(shower?.amount ?? ''),
          money(shower?.savingWeekly ?? ''),
          `${String(shower?.paybackWeeks)} weeks`,
          day(shower?.paybackDate ?? ''),
        ],
      ]);
      const projection = await tableRows(
        page,
        'Plan years 1 to 5, with and without each investment',
      );
      expect(projection.map((row) => row.slice(3))).toEqual(
        (expected.projection ?? []).map((year) => [
          money(year.withInvestments),
          money(year.without.shower ?? ''),
        ]),
      );
      // The chart draws the same figures: one bar with and one without the shower, each year.
      const bars = await page
        .getByRole('img', { name: /^Five-year projection/ })
        .locator('.app-summary-chart__figure')
        .allTextContents();
      expect(bars).toEqual(projection.flatMap((row) => row.slice(3)));

      expect(await axeViolations(page)).toEqual([]);
      await setLanguage(page, 'cy');
      await page.getByRole('heading', { name: 'Costau dros amser' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(faults).toEqual([]);
      await context.close();
    },
  );

  it(
    "names a personal assistant's hours where they are chosen, by keyboard, with nothing for axe to find",
    { timeout: 120_000 },
    async () => {
      const { page, context, faults } = await openWatched(browser);
      await page.getByLabel('Budget file').setInputFiles(FILE);
      await page.getByRole('button', { name: 'Open a budget file' }).click();
      await page.waitForURL('**/#/budgets/dated-discharge');
      await page.getByRole('link', { name: 'Unpaid carers and personal assistants' }).click();
      await page.getByRole('heading', { level: 3, name: 'Pat Example' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // Pat works the level-access shower help: 3 × 30 minutes = 1.50 hours a week from 1 September 2026.
      await page.getByRole('link', { name: 'Change (Pat Example)' }).focus();
      await page.keyboard.press('Enter');
      const hours = page.getByLabel('Contracted hours a week');
      await hours.fill('1');
      await page
        .getByText(
          'The needs Pat Example works come to 1.50 hours a week, more than the 1.00 hours a week of their contract.',
        )
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await setLanguage(page, 'cy');
      await page
        .getByText(
          "Mae'r anghenion y mae Pat Example yn eu gweithio yn dod i 1.50 awr yr wythnos",
          { exact: false },
        )
        .first()
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(faults).toEqual([]);
      await context.close();
    },
  );
});
