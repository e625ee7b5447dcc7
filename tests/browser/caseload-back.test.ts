/**
 * Issue 22, item 12: Back from a budget opened from the caseload's results returns to
 * where the person was: the page scrolled as they left it and focus on the row's "Open",
 * by the budget's own Back link and by the browser's Back, at a laptop's size.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { launch, openWatched } from './chromium';
import { generatedCaseload } from './steps';

let browser: Browser;
let folder: string;

beforeAll(async () => {
  folder = generatedCaseload('caseload-back', 40, 12);
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The "Open" buttons of the caseload table (the last table on the page, with every budget). */
const tableOpens = (page: Page) =>
  page.locator('table').filter({ has: page.locator('[data-caseload-open]') });

async function loadCaseload(page: Page) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.setInputFiles('#caseload-folder', folder);
  await page
    .getByRole('heading', { level: 2, name: 'Caseload figures' })
    .waitFor({ timeout: 60_000 });
}

/** Scrolls the 30th row's "Open" of the every-budget table into the middle and presses it. */
async function openDeepRow(page: Page) {
  const opens = tableOpens(page).last().locator('[data-caseload-open]');
  const button = opens.nth(29);
  const file = (await button.getAttribute('data-caseload-open')) ?? '';
  await button.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const scrollY = await page.evaluate(() => window.scrollY);
  expect(scrollY).toBeGreaterThan(1000);
  await button.click();
  await page.waitForURL(/#\/budgets\/[^/]+$/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { file, scrollY };
}

async function expectBackAt(page: Page, place: { file: string; scrollY: number }) {
  await page.waitForURL(/#\/caseload$/);
  await page.waitForFunction(
    (file) => document.activeElement?.getAttribute('data-caseload-open') === file,
    place.file,
    { timeout: 10_000 },
  );
  const focused = await page.evaluate(() => ({
    file: document.activeElement?.getAttribute('data-caseload-open'),
    inTable: document.activeElement?.closest('table') !== null,
    scrollY: window.scrollY,
  }));
  expect(focused.file).toBe(place.file);
  expect(focused.inTable).toBe(true);
  expect(Math.abs(focused.scrollY - place.scrollY)).toBeLessThanOrEqual(2);
}

describe('Back from a budget opened from the caseload', () => {
  it('by the budget’s Back link, returns to the row it was opened from, scrolled as it was', async () => {
    const { page, context, faults } = await openWatched(browser, '/#/caseload');
    await loadCaseload(page);
    const place = await openDeepRow(page);
    await page.locator('.nhsuk-back-link').click();
    await expectBackAt(page, place);
    expect(faults).toEqual([]);
    await context.close();
  });

  it('by the browser’s Back, does the same', async () => {
    const { page, context, faults } = await openWatched(browser, '/#/caseload');
    await loadCaseload(page);
    const place = await openDeepRow(page);
    await page.goBack();
    await expectBackAt(page, place);
    expect(faults).toEqual([]);
    await context.close();
  });
});
