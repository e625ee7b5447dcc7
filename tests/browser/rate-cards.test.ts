/**
 * Rate cards in Chromium, as a commissioner and a coordinator use them: make a card from a
 * shipped one with a changed figure and its source, price a budget with it, download it,
 * and import it in a fresh browser, where it shows the very same figures and sources.
 * axe finds nothing on the rate-card pages, which fit 320 px; no console error, no request
 * to another origin.
 */
import { axeViolations } from './a11y';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRateCard } from '../../src/domain/read';
import { launch, openWatched } from './chromium';

let browser: Browser;
let downloads: string;
beforeAll(async () => {
  browser = await launch();
  downloads = mkdtempSync(join(tmpdir(), 'rate-cards-'));
});
afterAll(async () => {
  await browser.close();
  rmSync(downloads, { recursive: true, force: true });
});

const STANDARD = 'Standard provider rates';

/** Every table of a card's page, as text: the figures and their sources. */
async function cardTables(page: Page): Promise<string[]> {
  return page.locator('table').allInnerTexts();
}

async function fillDate(page: Page, legend: string, day: string, month: string, year: string) {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

describe('rate cards in Chromium', () => {
  it(
    'a card made from a shipped one prices a budget, downloads, and imports again with the same figures',
    { timeout: 180_000 },
    async () => {
      const { page, context, faults } = await openWatched(browser);

      await page.getByRole('link', { name: /Rate cards/ }).click();
      await page.getByRole('link', { name: /England 2026-27/ }).click();
      await page.getByRole('button', { name: 'Make a new card from this one' }).click();
      await page.getByRole('heading', { level: 1, name: /Make a new rate card/ }).waitFor();

      // A failed save keeps everything typed and names what is missing.
      await page.getByLabel(`By day, Monday to Friday, in pounds, ${STANDARD}`).fill('34.50');
      await page.getByRole('button', { name: 'Save the new card' }).click();
      await expect.poll(() => page.title()).toMatch(/^Error: /);
      expect(await page.getByRole('alert').innerText()).toContain(
        `Source of ${STANDARD}: enter where the changed figures come from`,
      );
      expect(await axeViolations(page)).toEqual([]);

      await page.getByLabel('Id', { exact: true }).fill('leeds-2026-27');
      await page.getByLabel('Name', { exact: true }).fill('Leeds City Council 2026-27');
      await page.getByLabel('Area', { exact: true }).fill('Leeds');
      await fillDate(page, 'In use from', '1', '4', '2026');
      await fillDate(page, 'In use until', '31', '3', '2027');
      await page
        .getByLabel(`Where the changed figures come from, ${STANDARD}`)
        .fill('Leeds homecare fee decision, March 2026');
      await page.getByRole('button', { name: 'Save the new card' }).click();
      await page.waitForURL('**/#/rate-cards/leeds-2026-27');
      const standard = page.getByRole('table', { name: /standard rates/ });
      await expect.poll(() => standard.innerText()).toContain('£34.50 an hour');
      expect(await standard.innerText()).toContain('Leeds homecare fee decision, March 2026');
      const shown = await cardTables(page);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download this card' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('leeds-2026-27.json');
      const file = join(downloads, download.suggestedFilename());
      await download.saveAs(file);
      const read = readRateCard(JSON.parse(readFileSync(file, 'utf8')));
      expect(read.ok).toBe(true);

      // A budget priced on the new card: an hour each weekday at £34.50 is £172.50 a week.
      await page.goto(new URL('#/', page.url()).href);
      await page.getByRole('button', { name: 'Start a new budget' }).click();
      await page.getByLabel("The person's name").fill('Rhys Example');
      await page.getByLabel('Direct payment').check();
      await page.getByLabel("Your area's rate card").selectOption('leeds-2026-27');
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await page.getByRole('link', { name: 'Personal care', exact: true }).click();
      await page
        .getByRole('button', { name: 'Add a need' })
        .or(page.getByRole('link', { name: 'Add a need' }))
        .first()
        .click();
      await page.getByLabel('What is the support?').fill('Help to get up');
      await page.getByLabel('A registered provider').check();
      await page.getByLabel('How long is each visit, in minutes?').fill('60');
      for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])
        await page.getByLabel(day, { exact: true }).check();
      await page.getByRole('button', { name: 'Save this need' }).click();
      await page.getByRole('link', { name: 'Back', exact: true }).click();
      await expect.poll(() => page.locator('.app-running-total').innerText()).toContain('£172.50');
      expect(faults).toEqual([]);
      await context.close();

      // A fresh browser, with nothing saved, imports the file and shows the same card.
      const fresh = await openWatched(browser, '/#/rate-cards/import');
      await fresh.page.getByLabel('Rate card file').setInputFiles(file);
      await fresh.page.getByRole('button', { name: 'Import the card' }).click();
      await fresh.page.waitForURL('**/#/rate-cards/leeds-2026-27');
      await fresh.page.getByRole('table', { name: /standard rates/ }).waitFor();
      expect(await cardTables(fresh.page)).toEqual(shown);
      expect(fresh.faults).toEqual([]);
      await fresh.context.close();
    },
  );

  it('the rate-card pages have no accessibility faults and fit a 320 px screen', async () => {
    const { page, context, faults } = await openWatched(browser);
    for (const hash of [
      '#/rate-cards',
      '#/rate-cards/england-2026-27',
      '#/rate-cards/import',
      '#/rate-cards/wales-2025-26/make',
    ]) {
      for (const width of [1100, 320]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(new URL(hash, page.url()).href);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        expect(await axeViolations(page), `${hash} at ${width}`).toEqual([]);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          `${hash} at ${width}`,
        ).toBeLessThanOrEqual(width);
      }
    }
    expect(faults).toEqual([]);
    await context.close();
  });
});
