/**
 * Offline, in the built app in Chromium. After one visit the service worker holds every
 * file of the build, so with the server gone and the network off the app still opens,
 * builds a whole budget and makes its PDF and file. A new version, once downloaded, waits
 * for the next visit: the page says so and never reloads under half-typed work.
 *
 * Each test serves its own copy of the build, so it can stop the server (Playwright's
 * setOffline does not reach a service worker's own requests: only a server that is gone
 * proves nothing comes from the network) or change the service worker.
 */
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  appendFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/builders';
import { launch, openWatched } from './chromium';
import { addExpense, addNeed, headlessTotals, summaryTotals } from './steps';

let browser: Browser;
let scratch: string;
beforeAll(async () => {
  browser = await launch();
  scratch = mkdtempSync(join(tmpdir(), 'offline-'));
});
afterAll(async () => {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A copy of dist/ served on a free port, to stop or change without touching the others. */
async function serveCopy(
  name: string,
): Promise<{ server: PreviewServer; url: string; dist: string }> {
  const root = join(scratch, name);
  cpSync(join(ROOT, 'dist'), join(root, 'dist'), { recursive: true });
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('vite preview did not report its address');
  return { server, url, dist: join(root, 'dist') };
}

/** Waits until the service worker has every file and controls the page. */
async function waitForOfflineCopy(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => relative(dir, join(dir, file)).split('\\').join('/'))
    .sort();
}

describe('offline', () => {
  it('asks for the offline copy only once the first page is drawn, so making it never slows that page', async () => {
    const { server, url } = await serveCopy('after-first-page');
    const context = await browser.newContext();
    // Whether the start page's heading was on the page when the service worker was asked for.
    await context.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        (window as unknown as { headingAtRegister: boolean }).headingAtRegister =
          document.querySelector('main h1') !== null;
        return register.apply(this, args);
      };
    });
    const page = await context.newPage();
    await page.goto(url);
    await waitForOfflineCopy(page);
    expect(
      await page.evaluate(
        () => (window as unknown as { headingAtRegister?: boolean }).headingAtRegister,
      ),
    ).toBe(true);
    await context.close();
    await server.close();
  });

  it('keeps a copy of every file of the build but the source maps, the build metadata and the worker itself [H11.1]', async () => {
    const { server, url, dist } = await serveCopy('every-file');
    const { page, context, faults } = await openWatched(browser, '/', url);
    await waitForOfflineCopy(page);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const keys = await Promise.all(
        names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)),
      );
      return { names, urls: keys.flat() };
    });
    expect(cached.names).toHaveLength(1);
    const expected = filesOf(dist).filter(
      (file) => !file.endsWith('.map') && !file.startsWith('.vite/') && file !== 'sw.js',
    );
    expect(expected.some((file) => /pdf-browser-.*\.js$/.test(file))).toBe(true);
    expect(expected.filter((file) => file.endsWith('.woff')).length).toBeGreaterThan(0);
    expect(cached.urls.map((u) => new URL(u).pathname.slice(1)).sort()).toEqual(expected);
    expect(faults).toEqual([]);
    await context.close();
    await server.close();
  });

  it(
    'after one visit, builds a whole budget and downloads its PDF and file with the server gone and the network off [H11.2]',
    { timeout: 180_000 },
    async () => {
      const { server, url } = await serveCopy('journey');
      const { page, context, faults } = await openWatched(browser, '/', url);
      await waitForOfflineCopy(page);
      await server.close();
      await context.setOffline(true);
      await expect(fetch(url)).rejects.toThrow();
      await page.reload();

      await page.getByRole('button', { name: 'Start a new budget' }).click();
      await page.getByLabel("The person's name").fill('Nia Offline');
      await page.getByLabel('Direct payment').check();
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await addNeed(page, 'Personal care', {
        activity: 'Help to wash and dress',
        who: 'A registered provider',
        minutes: '45',
        days: 'Every day',
      });
      await addNeed(page, 'Personal care', {
        activity: 'Someone sleeping in',
        who: 'A personal assistant',
        kind: 'A sleep-in',
        days: ['Saturday'],
      });
      await addNeed(page, 'Social and community life', {
        activity: 'Swimming',
        who: 'A personal assistant',
        minutes: '120',
        days: ['Wednesday'],
      });
      await addExpense(page, 'Taxi to the pool', '12.40', 'Every week');
      await page.getByRole('link', { name: 'Check and summary' }).click();
      const shown = await summaryTotals(page);
      expect(shown.every((figure) => figure.startsWith('£'))).toBe(true);

      const pdf = await download(page, 'Download the PDF');
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const file = await download(page, 'Download the budget file');
      expect(headlessTotals(file)).toEqual(shown);
      expect(faults).toEqual([]);
      await context.close();
    },
  );

  it('downloads a new version in the background and says it starts next time, without reloading the page [H7.8]', async () => {
    const { server, url, dist } = await serveCopy('update');
    const { page, context, faults } = await openWatched(browser, '/', url);
    await waitForOfflineCopy(page);
    await page.getByRole('button', { name: 'Start a new budget' }).click();
    await page.getByLabel("The person's name").fill('Half typed');
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    appendFileSync(join(dist, 'sw.js'), '\n// a new version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    await page
      .getByRole('region', { name: 'Important' })
      .getByText('A new version of this tool is ready')
      .waitFor();

    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(
      true,
    );
    expect(await page.getByLabel("The person's name").inputValue()).toBe('Half typed');
    const waiting = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null,
    );
    expect(waiting).toBe(true);
    expect(faults).toEqual([]);
    await context.close();
    await server.close();
  });
});

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = join(scratch, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}
