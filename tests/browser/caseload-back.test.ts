/**
 * Issue 22, item 12: Back from a budget opened from the caseload's results returns to
 * where the person was: the row's "Open" where it was on the screen, the table's own box
 * scrolled as they left it, and focus on that "Open", by the budget's own Back link and by
 * the browser's Back, at a laptop's size. (Where it was on the screen, not how far down the
 * page: the browser draws the results' sections only as they near the screen, so those
 * above stand at an estimated height until then.)
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

/** The box the table of every budget scrolls in: it draws only the rows in view. */
const tableBox = (page: Page) => page.locator('.app-caseload-table-scroll');

async function loadCaseload(page: Page) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.setInputFiles('#caseload-folder', folder);
  await page
    .getByRole('heading', { level: 2, name: 'Caseload figures' })
    .waitFor({ timeout: 60_000 });
}

interface Place {
  readonly file: string;
  /** The "Open" button's top on the screen. */
  readonly top: number;
  readonly boxTop: number;
}

/** Scrolls the page to the table and the table to its 30th row, and presses that row's "Open". */
async function openDeepRow(page: Page): Promise<Place> {
  const box = tableBox(page);
  await box.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await box.evaluate((element) => {
    const row = element.querySelector<HTMLElement>('tbody tr[aria-rowindex]');
    element.scrollTop = 29 * (row?.offsetHeight ?? 0);
  });
  const button = box.locator('tbody tr[data-row="29"] [data-caseload-open]');
  await button.waitFor();
  const file = (await button.getAttribute('data-caseload-open')) ?? '';
  const scrollY = await page.evaluate(() => window.scrollY);
  const top = await button.evaluate((element) => element.getBoundingClientRect().top);
  const boxTop = await box.evaluate((element) => element.scrollTop);
  expect(scrollY).toBeGreaterThan(1000);
  expect(boxTop).toBeGreaterThan(1000);
  await button.click();
  await page.waitForURL(/#\/budgets\/[^/]+$/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { file, top, boxTop };
}

async function expectBackAt(page: Page, place: Place) {
  await page.waitForURL(/#\/caseload$/);
  await page.waitForFunction(
    (file) => document.activeElement?.getAttribute('data-caseload-open') === file,
    place.file,
    { timeout: 10_000 },
  );
  const focused = await page.evaluate(() => ({
    file: document.activeElement?.getAttribute('data-caseload-open'),
    inTable: document.activeElement?.closest('.app-caseload-table-scroll') !== null,
    top: document.activeElement?.getBoundingClientRect().top ?? Number.NaN,
  }));
  expect(focused.file).toBe(place.file);
  expect(focused.inTable).toBe(true);
  expect(Math.abs(focused.top - place.top)).toBeLessThanOrEqual(2);
  // The table's own box is scrolled back to the row (to the row's start, within one row).
  const rowHeight = await tableBox(page).evaluate(
    (element) => element.querySelector<HTMLElement>('tbody tr[aria-rowindex]')?.offsetHeight ?? 0,
  );
  const boxTop = await tableBox(page).evaluate((element) => element.scrollTop);
  expect(Math.abs(boxTop - place.boxTop)).toBeLessThanOrEqual(rowHeight);
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

  it('keeps that Open within the window when the window is shorter by then', async () => {
    const { page, context, faults } = await openWatched(browser, '/#/caseload');
    await loadCaseload(page);
    const place = await openDeepRow(page);
    const short = 160;
    // The place it had would be below the foot of the window now.
    expect(place.top).toBeGreaterThan(short);
    await page.setViewportSize({ width: 1366, height: short });
    await page.goBack();
    await page.waitForFunction(
      (file) => document.activeElement?.getAttribute('data-caseload-open') === file,
      place.file,
      { timeout: 10_000 },
    );
    const box = await page.evaluate(() => {
      const { top, bottom } = document.activeElement?.getBoundingClientRect() ?? new DOMRect();
      return { top, bottom };
    });
    // To the pixel: the page scrolls by whole pixels, the button's edges fall between.
    expect(box.top).toBeGreaterThanOrEqual(-1);
    expect(box.bottom).toBeLessThanOrEqual(short + 1);
    expect(faults).toEqual([]);
    await context.close();
  });
});
