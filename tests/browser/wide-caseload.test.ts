/**
 * Issue 22, item 22: on a wide screen the caseload's table is not squeezed into NHS.UK's
 * 960 px reading column; other pages keep it. On a 320 px screen (1,280 px zoomed to
 * 400%) the results fit: only the table of budgets scrolls sideways, in its own box. Issue
 * 23: the browser draws each section of the results only as it nears the screen, so
 * that they are not laid out all at once as they arrive, yet no section cuts off what it
 * holds, and on paper every section is drawn.
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
  it('fits 320 px once priced: only the table of budgets scrolls sideways, in its own box, and no section cuts off what it holds', async () => {
    const { page, context, faults } = await pricedAt(320, 640);
    await page.locator('.app-caseload-table-scroll tbody tr[aria-rowindex]').first().waitFor();
    const sideways = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    expect(await sideways()).toBeLessThanOrEqual(0);
    // Each section brought into view (so the browser has drawn it): what it holds is no
    // wider than its own box, where it would be cut off rather than scrolled to.
    const sections = page.locator('.app-summary-section');
    expect(await sections.count()).toBeGreaterThan(10);
    for (const section of await sections.all()) {
      await section.scrollIntoViewIfNeeded();
      // Drawn once the browser has drawn a frame there (a skipped section is measured empty).
      await expect
        .poll(
          () =>
            section.evaluate((element) =>
              element.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }),
            ),
          { timeout: 10_000 },
        )
        .toBe(true);
      const [content, box] = await section.evaluate((element) => [
        element.scrollWidth,
        element.clientWidth,
      ]);
      expect(content).toBeLessThanOrEqual(box);
    }
    expect(await sideways()).toBeLessThanOrEqual(0);
    expect(faults).toEqual([]);
    await context.close();
  });
});

describe("the caseload's results", () => {
  it('are drawn a section at a time as they near the screen, and all at once on paper', async () => {
    const { page, context, faults } = await pricedAt(1280, 900);
    const lastHeading = page.getByRole('heading', { level: 2, name: 'Quarterly PHB return' });
    // Asked as the browser sees it: false while it skips drawing the section. The browser
    // settles which sections are drawn as it draws a frame (after a scroll, or a change to
    // print), so each answer is awaited, with room for a busy machine's frames.
    const settled = { timeout: 10_000 };
    const drawn = () =>
      lastHeading.evaluate((heading) => heading.checkVisibility({ contentVisibilityAuto: true }));
    await expect.poll(drawn, settled).toBe(false);
    await lastHeading.scrollIntoViewIfNeeded();
    await expect.poll(drawn, settled).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.emulateMedia({ media: 'print' });
    const headings = page.locator('.app-summary-section > h2');
    expect(await headings.count()).toBeGreaterThan(10);
    const allDrawn = () =>
      headings.evaluateAll((all) =>
        all.every((heading) => heading.checkVisibility({ contentVisibilityAuto: true })),
      );
    await expect.poll(allDrawn, settled).toBe(true);
    expect(faults).toEqual([]);
    await context.close();
  });
});
