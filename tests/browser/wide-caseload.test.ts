/**
 * Issue 22, item 22: on a wide screen the caseload's table is not squeezed into NHS.UK's
 * 960 px reading column; other pages keep it. On a 320 px screen (1,280 px zoomed to
 * 400%) the results fit: only the table of budgets scrolls sideways, in its own box.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { launch, openWatched } from './chromium';
import { generatedCaseload } from './steps';

let browser: Browser;
let folder: string;

beforeAll(async () => {
  folder = generatedCaseload('wide-caseload', 12, 22);
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The caseload page on a screen of this size, with the folder chosen and priced. */
async function pricedAt(width: number, height: number) {
  const opened = await openWatched(browser, '/#/caseload');
  await opened.page.setViewportSize({ width, height });
  await opened.page.setInputFiles('#caseload-folder', folder);
  await opened.page
    .getByRole('heading', { level: 2, name: 'Caseload figures' })
    .waitFor({ timeout: 60_000 });
  return opened;
}

describe('the caseload on a wide screen', () => {
  it('uses more than 960 px for its table at 1440 × 900; the start page keeps its reading column', async () => {
    const { page, context, faults } = await pricedAt(1440, 900);
    const container = page
      .locator('main')
      .locator('xpath=ancestor::div[contains(@class, "nhsuk-width-container")][1]');
    expect((await container.boundingBox())?.width).toBeGreaterThan(1100);
    await page.evaluate(() => (window.location.hash = '#/'));
    await page.getByRole('button', { name: 'Start a new budget' }).waitFor();
    expect((await container.boundingBox())?.width).toBeLessThanOrEqual(960);
    expect(faults).toEqual([]);
    await context.close();
  });
});

describe('the caseload on a narrow screen', () => {
  it('fits 320 px once priced: only the table of budgets scrolls sideways, in its own box', async () => {
    const { page, context, faults } = await pricedAt(320, 640);
    await page.locator('.app-caseload-table-scroll tbody tr[aria-rowindex]').first().waitFor();
    const sideways = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    expect(await sideways()).toBeLessThanOrEqual(0);
    expect(faults).toEqual([]);
    await context.close();
  });
});
