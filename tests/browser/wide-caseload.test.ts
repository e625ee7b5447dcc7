/**
 * Issue 22, item 22: on a wide screen the caseload's table is not squeezed into NHS.UK's
 * 960 px reading column; other pages keep it.
 */
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedCaseloadFolder } from './caseload-folder';
import { launch, openWatched } from './chromium';

let browser: Browser;
let folder: string;

beforeAll(async () => {
  folder = generatedCaseloadFolder('wide-caseload', 12, 22);
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the caseload on a wide screen', () => {
  it('uses more than 960 px for its table at 1440 × 900; the start page keeps its reading column', async () => {
    const { page, context, faults } = await openWatched(browser, '/#/caseload');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.setInputFiles('#caseload-folder', folder);
    await page
      .getByRole('heading', { level: 2, name: 'Caseload figures' })
      .waitFor({ timeout: 60_000 });
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
