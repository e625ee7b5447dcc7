/**
 * The passphrase lock in the built app: turn it on, reload and unlock, refuse a wrong
 * passphrase, and lock by itself after the idle time (shortened for the test through a
 * start-up setting that no page can change), keeping what was typed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { launch, openWatched } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const PASSPHRASE = 'purple tractor meadow';
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function unlockWith(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

/** What IndexedDB holds for the app, as text. */
const stored = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('support-budget-builder');
        open.onerror = () => reject(new Error('no database'));
        open.onsuccess = () => {
          const request = open.result
            .transaction('state')
            .objectStore('state')
            .get('support-budgets');
          request.onsuccess = () => resolve(JSON.stringify(request.result));
        };
      }),
  );

describe('the passphrase lock', () => {
  it(
    'encrypts, asks on reload, refuses a wrong passphrase, and locks when idle [H9.11]',
    { timeout: 180_000 },
    async () => {
      const { page, context, faults } = await openWatched(browser);
      await page.getByRole('button', { name: 'Start a new budget' }).click();
      await page.getByLabel("The person's name").fill('Ann Private');
      await page.getByLabel('Direct payment').check();
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await expect.poll(() => heading(page).textContent()).toContain('Ann Private');
      const budgetUrl = page.url();

      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('button', { name: 'Turn on the passphrase lock' }).click();
      await page
        .getByText('If you forget the passphrase, your saved budgets cannot be recovered')
        .waitFor();
      await page.getByRole('button', { name: 'Turn on the lock' }).click();
      await page
        .getByRole('link', { name: /Enter a passphrase of at least 10 characters/ })
        .waitFor();
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Turn on the lock' }).click();
      await page.getByText('The passphrase lock is on', { exact: true }).first().waitFor();
      expect(await stored(page)).not.toContain('Ann Private');
      expect(await stored(page)).toContain('"iterations":600000');

      // Opened at the start page's address, the app asks for the passphrase without showing
      // the start page for a moment first: every h1 the page shows is recorded from its
      // first task.
      await context.addInitScript(() => {
        const shown: string[] = [];
        (window as { headingsShown?: string[] }).headingsShown = shown;
        new MutationObserver(() => {
          for (const h1 of document.querySelectorAll('h1')) {
            const text = h1.textContent ?? '';
            if (!shown.includes(text)) shown.push(text);
          }
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      await page.goto(new URL('/#/', budgetUrl).href);
      await page.reload();
      await expect.poll(() => heading(page).textContent()).toBe('Enter your passphrase');
      expect(
        await page.evaluate(() => (window as { headingsShown?: string[] }).headingsShown),
      ).toEqual(['Enter your passphrase']);

      // A reload asks for the passphrase; a wrong one opens nothing and changes nothing.
      await page.goto(budgetUrl);
      await page.reload();
      await expect.poll(() => heading(page).textContent()).toBe('Enter your passphrase');
      const sealed = await stored(page);
      await unlockWith(page, 'not the passphrase');
      await page.getByRole('link', { name: /The passphrase is not right/ }).waitFor();
      expect(await page.title()).toMatch(/^Error: /);
      expect(await stored(page)).toBe(sealed);
      expect(await axeViolations(page)).toEqual([]);
      await unlockWith(page, PASSPHRASE);
      await expect.poll(() => heading(page).textContent()).toContain('Ann Private');
      expect(faults).toEqual([]);
      await context.close();

      // Idle lock, in a browser whose idle time is set to 3 seconds before the app starts.
      const idle = await browser.newContext();
      await idle.addInitScript(() => {
        (globalThis as { supportBudgetTestConfig?: unknown }).supportBudgetTestConfig = {
          idleLockMs: 3000,
        };
      });
      const quiet = await idle.newPage();
      await quiet.goto(new URL('/', budgetUrl).href);
      await quiet.getByRole('button', { name: 'Start a new budget' }).click();
      await quiet.getByLabel("The person's name").fill('Bea Quiet');
      await quiet.getByLabel('Direct payment').check();
      await quiet.getByRole('button', { name: 'Save and continue' }).click();
      await expect.poll(() => heading(quiet).textContent()).toContain('Bea Quiet');
      const taskList = new URL(quiet.url()).hash;
      await quiet.getByRole('link', { name: 'Settings' }).click();
      await quiet.getByRole('button', { name: 'Turn on the passphrase lock' }).click();
      await quiet.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await quiet.getByLabel('Type the passphrase again').fill(PASSPHRASE);
      await quiet.getByRole('button', { name: 'Turn on the lock' }).click();
      await quiet.getByText('The passphrase lock is on', { exact: true }).first().waitFor();
      await quiet.evaluate((hash) => (window.location.hash = hash), taskList);
      await quiet.getByRole('link', { name: 'About the person' }).click();
      await quiet.getByLabel("The person's name").fill('Bea Typed Before Lock');
      // No key or click now: the page locks by itself, clearing the budgets from the page.
      await heading(quiet)
        .filter({ hasText: 'Enter your passphrase' })
        .waitFor({ timeout: 30_000 });
      // The body, not the whole document: the head lists the build's chunks, whose content
      // hashes are random letters ("…-BeaWr5q-.js" once) and hold nothing of a budget.
      expect(await quiet.evaluate(() => document.body.outerHTML)).not.toContain('Bea');
      await unlockWith(quiet, PASSPHRASE);
      await expect
        .poll(() => quiet.getByLabel("The person's name").inputValue())
        .toBe('Bea Typed Before Lock');
      await idle.close();
    },
  );

  it(
    'keeps names out of titles and file names while on, and out of memory once locked [H9.12]',
    { timeout: 180_000 },
    async () => {
      const NAME = 'Zebedee Quillfeather';
      const TYPED = 'Halftyped Xylophone';
      const { page, context, faults } = await openWatched(browser);
      await page.getByRole('button', { name: 'Start a new budget' }).click();
      await page.getByLabel("The person's name").fill(NAME);
      await page.getByLabel('Direct payment').check();
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await expect.poll(() => heading(page).textContent()).toContain(NAME);
      const taskList = new URL(page.url()).hash;
      expect(await page.title()).toContain(NAME); // no lock: the title names the budget

      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('button', { name: 'Turn on the passphrase lock' }).click();
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Turn on the lock' }).click();
      await page.getByText('The passphrase lock is on', { exact: true }).first().waitFor();

      // The page shows the name; the title, kept in the browser's history, does not.
      await page.evaluate((hash) => (window.location.hash = hash), taskList);
      await expect.poll(() => heading(page).textContent()).toContain(NAME);
      expect(await page.title()).not.toContain('Zebedee');
      // From the task list's "Keep a copy": with nothing to check yet, Check and summary cannot start.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the budget file' }).click(),
      ]);
      expect(download.suggestedFilename()).not.toMatch(/zebedee/i);
      expect(download.suggestedFilename()).toMatch(/^b-[0-9a-f]{8}\.json$/);

      // Half-typed, then locked: neither the name nor the text is left in the page's memory.
      await page.evaluate((hash) => (window.location.hash = hash), taskList);
      await page.getByRole('link', { name: 'About the person' }).click();
      await page.getByLabel("The person's name").fill(TYPED);
      await page.evaluate(() => (window.location.hash = '#/settings'));
      await page.getByRole('button', { name: 'Lock now' }).click();
      await expect.poll(() => heading(page).textContent()).toBe('Enter your passphrase');
      const heap = await heapSnapshot(page);
      expect(heap.includes('Zebedee'), 'the name is in the heap').toBe(false);
      expect(heap.includes('Xylophone'), 'the half-typed text is in the heap').toBe(false);
      expect(faults).toEqual([]);
      await context.close();
    },
  );
});

/** The page's JavaScript heap, as the text of a snapshot, after collecting garbage. */
async function heapSnapshot(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return chunks.join('');
}
