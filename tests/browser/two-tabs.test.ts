/**
 * Two tabs of the built app in one browser (one profile, one IndexedDB): one writes, the
 * other is read-only and shows the writer's changes; "Use it here instead" swaps them,
 * and nothing typed in either is lost or written over.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openWatched } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const banner = (page: Page) => page.getByText('This budget builder is open in another tab');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function rename(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'About the person' }).click();
  await page.getByLabel("The person's name").fill(name);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect.poll(() => heading(page).textContent()).toContain(name);
}

describe('the builder open in two tabs', () => {
  it(
    'one tab writes; the other is read-only, sees the changes, and can take over [H7.13]',
    { timeout: 120_000 },
    async () => {
      const first = await openWatched(browser);
      const one = first.page;
      await one.getByRole('button', { name: 'Start a new budget' }).click();
      await one.getByLabel("The person's name").fill('Ann First');
      await one.getByLabel('Direct payment').check();
      await one.getByRole('button', { name: 'Save and continue' }).click();
      await expect.poll(() => heading(one).textContent()).toContain('Ann First');

      // A second tab of the same browser, at the same budget.
      const two = await first.context.newPage();
      two.on('console', (message) => {
        if (message.type() === 'error') first.faults.push(`second tab: ${message.text()}`);
      });
      two.on('pageerror', (error) => first.faults.push(`second tab: ${error.message}`));
      await two.goto(one.url());
      await banner(two).waitFor();
      await expect.poll(() => heading(two).textContent()).toContain('Ann First');
      expect(await banner(one).count()).toBe(0);

      // The writer changes the name; the read-only tab shows it, and cannot change anything.
      await rename(one, 'Ann Changed');
      await expect.poll(() => heading(two).textContent()).toContain('Ann Changed');
      await two.getByRole('link', { name: 'About the person' }).click();
      await expect.poll(() => two.getByLabel("The person's name").inputValue()).toBe('Ann Changed');
      expect(await two.getByLabel("The person's name").isDisabled()).toBe(true);
      expect(await two.getByRole('button', { name: 'Save and continue' }).isDisabled()).toBe(true);

      // Take over: the second tab writes, the first is told it is read-only now.
      await two.getByRole('button', { name: 'Use it here instead' }).click();
      await banner(two).waitFor({ state: 'detached' });
      await banner(one).waitFor();
      await expect.poll(() => two.getByLabel("The person's name").isEnabled()).toBe(true);
      await two.getByLabel("The person's name").fill('Ann Second');
      await two.getByRole('button', { name: 'Save and continue' }).click();
      await expect.poll(() => heading(two).textContent()).toContain('Ann Second');
      await expect.poll(() => heading(one).textContent()).toContain('Ann Second');
      await one.getByRole('link', { name: 'About the person' }).click();
      expect(await one.getByRole('button', { name: 'Save and continue' }).isDisabled()).toBe(true);

      // Reloading the writer hands the lock to the tab waiting for it; the change is kept.
      await two.reload();
      await expect.poll(() => heading(two).textContent()).toContain('Ann Second');
      await banner(two).waitFor();
      await banner(one).waitFor({ state: 'detached' });
      expect(await one.getByLabel("The person's name").inputValue()).toBe('Ann Second');
      expect(first.faults).toEqual([]);
      await first.context.close();
    },
  );
});
