/**
 * Issue 23: the caseload's table of every budget is virtualised. With 2,000 budgets it
 * draws only the rows in view, scrolls to the last row, sorts, moves from the keyboard,
 * keeps its header row in view, and passes axe.
 */
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { launch, openWatched } from './chromium';
import { generatedCaseload } from './steps';

const COUNT = 1000;
let browser: Browser;
let folder: string;

beforeAll(async () => {
  folder = generatedCaseload('caseload-scroll', COUNT, 23);
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("the caseload's table of 1,000 budgets", () => {
  it('draws only the rows in view, scrolls to the last, sorts, moves by keyboard and passes axe', async () => {
    const { page, context, faults } = await openWatched(browser, '/#/caseload');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.setInputFiles('#caseload-folder', folder);
    await page
      .getByRole('heading', { level: 2, name: 'Caseload figures' })
      .waitFor({ timeout: 180_000 });
    const table = page.getByRole('table', { name: /^Budgets 1 to 1,000 of 1,000/ });
    await table.waitFor();
    expect(await table.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    const drawn = table.locator('tbody tr[aria-rowindex]');
    expect(await drawn.count()).toBeLessThan(60);

    // Scrolled to the end: the last row is drawn and seen, under the header row, which stays.
    const region = page.locator('.app-caseload-table-scroll');
    const toEnd = () => region.evaluate((element) => (element.scrollTop = element.scrollHeight));
    await toEnd();
    const last = table.locator(`tbody tr[aria-rowindex="${COUNT + 1}"]`);
    await last.waitFor();
    const header = table.getByRole('columnheader', { name: /Annual/ });
    const regionBox = await region.boundingBox();
    const headerBox = await header.boundingBox();
    expect(Math.abs((headerBox?.y ?? 0) - (regionBox?.y ?? 0))).toBeLessThan(2);
    // The last row's foot within the view (scrolling on once the rows near the end are
    // drawn and measured, as a person would).
    await expect
      .poll(async () => {
        await toEnd();
        const lastBox = await last.boundingBox();
        return (
          (lastBox?.y ?? 0) +
          (lastBox?.height ?? 0) -
          (regionBox?.y ?? 0) -
          (regionBox?.height ?? 0)
        );
      })
      .toBeLessThanOrEqual(1);
    expect(await drawn.count()).toBeLessThan(60);

    // Sorted cheapest first: back to the top, the first row the cheapest.
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const first = table.locator('tbody tr[aria-rowindex="2"]');
    await first.waitFor();
    const annuals = await drawn.evaluateAll((rows) =>
      rows.map((row) => Number((row.children[2]?.textContent ?? '').replace(/[£,]/g, ''))),
    );
    expect(annuals).toEqual([...annuals].sort((a, b) => a - b));

    // From the keyboard: End goes to the last budget, Home back to the first.
    await first.getByRole('button', { name: /^Open/ }).focus();
    await page.keyboard.press('End');
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex')),
      )
      .toBe(String(COUNT + 1));
    await page.keyboard.press('Home');
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex')),
      )
      .toBe('2');

    expect(await axeViolations(page)).toEqual([]);
    expect(faults).toEqual([]);
    await context.close();
  }, 300_000);
});
