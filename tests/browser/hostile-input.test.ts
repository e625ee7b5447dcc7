/**
 * Input a person can be handed that must never stall or blank the app: an address that
 * is not properly encoded (a link cut short after a "%"), and a budget file with 200,000
 * fields the format does not have.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJson } from '../helpers/builders';
import { launch, openWatched } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('hostile input in Chromium', () => {
  it('an address with a lone percent sign shows page not found, also after a reload, and the app still works [H10.5]', async () => {
    const { page, context, faults } = await openWatched(browser, '/#/budgets/%');
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toBe('Page not found');
    await page.reload();
    await expect.poll(() => heading.textContent()).toBe('Page not found');
    await page.evaluate(() => (window.location.hash = '#/'));
    await page.getByRole('button', { name: 'Start a new budget' }).waitFor();
    expect(faults).toEqual([]);
    await context.close();
  });

  it(
    'a file with 200,000 unknown fields lists the first 20 problems and how many more [H10.6]',
    { timeout: 120_000 },
    async () => {
      const budget = readJson('examples/example-ann.json') as Record<string, unknown>;
      for (let i = 0; i < 200_000; i++) budget[`x${i}`] = 0;
      const { page, context, faults } = await openWatched(browser);
      await page.getByLabel('Budget file').setInputFiles({
        name: 'many-fields.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(budget)),
      });
      await page.getByRole('button', { name: 'Open a budget file' }).click();
      const summary = page.locator('.nhsuk-error-summary');
      await summary
        .getByText('And 199,980 more problems')
        .or(summary.getByText('And 199980 more problems'))
        .waitFor();
      expect(await summary.getByRole('listitem').count()).toBe(21);
      expect(faults).toEqual([]);
      await context.close();
    },
  );
});
