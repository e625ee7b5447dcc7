/**
 * A whole journey as a person makes it, in the built app in Chromium: start from nothing,
 * fill every section, check the summary, reload, download the file, and open it in a fresh
 * browser. The figures must equal the headless command's for the downloaded file, and the
 * page must log no error and make no request to another origin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openWatched } from './chromium';
import { addExpense, addNeed, headlessTotals, summaryTotals } from './steps';

let browser: Browser;
let downloads: string;
beforeAll(async () => {
  browser = await launch();
  downloads = mkdtempSync(join(tmpdir(), 'journey-'));
});
afterAll(async () => {
  await browser.close();
  rmSync(downloads, { recursive: true, force: true });
});

describe('a whole journey in Chromium', () => {
  it(
    'builds a budget from nothing, keeps it through a reload, and its file opens again with the same figures [H1.8]',
    { timeout: 180_000 },
    async () => {
      const { page, context, faults } = await openWatched(browser);

      await page.getByRole('button', { name: 'Start a new budget' }).click();
      await page.getByLabel("The person's name").fill('Rhys Example');
      await page.getByLabel('Direct payment').check();
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();

      await page.getByRole('link', { name: 'Unpaid carers and personal assistants' }).click();
      await page
        .getByRole('button', { name: 'Add an unpaid carer' })
        .or(page.getByRole('link', { name: 'Add an unpaid carer' }))
        .first()
        .click();
      await page.getByLabel('Their name').fill('Sam Example');
      await page.getByLabel('Their age (optional)').fill('72');
      await page
        .getByRole('group', { name: /health condition/ })
        .getByLabel('No')
        .check();
      await page
        .getByRole('group', { name: /willing and able/ })
        .getByLabel('Yes')
        .check();
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Unpaid carers and personal assistants' })
        .waitFor();
      await page.getByRole('link', { name: 'Back', exact: true }).click();

      await addNeed(page, 'Personal care', {
        activity: 'Help to get up and dress',
        who: 'A registered provider',
        minutes: '45',
        days: 'Every day',
      });
      await addNeed(page, 'Personal care', {
        activity: 'Shower with a hoist',
        who: 'A registered provider',
        minutes: '30',
        workers: '2',
        days: ['Tuesday', 'Friday'],
      });
      await addNeed(page, 'Personal care', {
        activity: 'Someone sleeping in',
        who: 'A personal assistant',
        kind: 'A sleep-in',
        days: ['Friday', 'Saturday'],
      });
      await addNeed(page, 'Domestic tasks', {
        activity: 'Food shopping',
        who: 'An unpaid carer',
        minutes: '90',
        days: ['Saturday'],
      });
      await addNeed(page, 'Social and community life', {
        activity: 'Swimming',
        who: 'A personal assistant',
        minutes: '180',
        days: ['Monday'],
      });
      await addNeed(page, 'Education and learning', {
        activity: 'Art class',
        who: 'Community support',
        minutes: '90',
        days: ['Friday'],
      });

      await addExpense(page, 'Day centre fee', '35', 'Every week');
      await addExpense(page, 'Mileage', '£40.50', 'Every month');
      await addExpense(page, 'Ceiling hoist', '1,800', 'Once only', true);

      await page.getByRole('link', { name: 'Check and summary' }).click();
      const shown = await summaryTotals(page);
      expect(shown.every((figure) => figure.startsWith('£'))).toBe(true);

      // Half-typed work survives a reload.
      await page.getByRole('link', { name: 'Back', exact: true }).click();
      await page.getByRole('link', { name: 'Work and volunteering' }).click();
      await page
        .getByRole('link', { name: 'Add a need' })
        .or(page.getByRole('button', { name: 'Add a need' }))
        .first()
        .click();
      await page.getByLabel('What is the support?').fill('Job coach');
      await page.waitForTimeout(1000);
      await page.reload();
      await expect
        .poll(() => page.getByLabel('What is the support?').inputValue())
        .toBe('Job coach');

      // The saved budget survives the reload too, with the same figures.
      await page.getByRole('link', { name: 'Cancel' }).click();
      await page.getByRole('link', { name: 'Back', exact: true }).click();
      await page.getByRole('link', { name: 'Check and summary' }).click();
      expect(await summaryTotals(page)).toEqual(shown);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the budget file' }).click(),
      ]);
      const file = join(downloads, download.suggestedFilename());
      await download.saveAs(file);
      expect(headlessTotals(file)).toEqual(shown);
      expect(faults).toEqual([]);
      await context.close();

      // A fresh browser, with nothing saved, opens the file and shows the same figures.
      const fresh = await openWatched(browser);
      await fresh.page.getByLabel('Budget file').setInputFiles(file);
      await fresh.page.getByRole('button', { name: 'Open a budget file' }).click();
      await fresh.page.getByRole('link', { name: 'Check and summary' }).click();
      expect(await summaryTotals(fresh.page)).toEqual(shown);
      expect(fresh.faults).toEqual([]);
      await fresh.context.close();
    },
  );
});
