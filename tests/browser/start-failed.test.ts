/**
 * The app never leaves a blank page: when the shipped rate cards (which every page that
 * prices reads, so the app waits for them before its first page) cannot be fetched even
 * the second time, it says so in a page of its own, in the page's language; and when
 * their fetch never ends, the page reloads itself once, then says so.
 */
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The rate cards' chunks, named after their files (england-2025-26-*.js and the like). */
const CARD_CHUNK = /\/assets\/(england|wales)-\d{4}-\d{2}-[\w-]+\.js$/;

describe('when the rate cards cannot be loaded', () => {
  it('shows a page saying the tool could not open, with a way to reload, never a blank page', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      let refused = 0;
      await page.route(CARD_CHUNK, (route) => {
        refused += 1;
        return route.abort('internetdisconnected');
      });
      await page.goto(inject('baseUrl'));
      const heading = page.locator('main h1');
      await heading.waitFor();
      expect(await heading.textContent()).toBe('This tool could not open');
      expect(await page.locator('main').textContent()).toContain(
        'Check the internet connection, then reload the page.',
      );
      expect(await page.getByRole('button', { name: 'Reload the page' }).isVisible()).toBe(true);
      expect(refused).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it(
    'reloads once when their fetch never ends, then says the tool could not open, and opens once they come [H24.4]',
    { timeout: 120_000 },
    async () => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        // Each page load, counted as it begins (a load event waits for every fetch).
        let loads = 0;
        page.on('framenavigated', (frame) => {
          if (frame === page.mainFrame()) loads += 1;
        });
        // Never answered, never refused: the fetch stays open.
        const hang = () => new Promise<void>(() => undefined);
        await page.route(CARD_CHUNK, hang);
        await page.goto(inject('baseUrl'));
        const heading = page.locator('main h1');
        await heading.waitFor({ timeout: 60_000 });
        expect(await heading.textContent()).toBe('This tool could not open');
        // The first load, and the one reload the late start made.
        expect(loads).toBe(2);

        await page.unroute(CARD_CHUNK, hang);
        await page.getByRole('button', { name: 'Reload the page' }).click();
        await page
          .getByRole('heading', { level: 1, name: 'Support budget builder' })
          .waitFor({ timeout: 30_000 });
        expect(loads).toBe(3);
      } finally {
        await context.close();
      }
    },
  );

  it('says so in Welsh when Welsh was chosen', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(inject('baseUrl'));
      await page.locator('main h1').waitFor();
      await page.getByRole('link', { name: 'Cymraeg' }).click();
      await page.getByRole('heading', { level: 1, name: 'Adeiladwr cyllideb cymorth' }).waitFor();
      await page.route(CARD_CHUNK, (route) => route.abort('internetdisconnected'));
      // A service worker would answer from the offline copy: this visit must reach the network.
      await context.route('**/sw.js', (route) => route.abort());
      await page.evaluate(async () => {
        for (const registration of await navigator.serviceWorker.getRegistrations())
          await registration.unregister();
      });
      await page.reload();
      const heading = page.locator('main h1');
      await heading.waitFor();
      expect(await heading.textContent()).toBe('Nid oedd modd agor yr offeryn hwn');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    } finally {
      await context.close();
    }
  });
});
