/**
 * Typing quickly into a need of the 300-line budget, in the built app in Chromium with the
 * CPU four times slower: the keys come faster than the page renders them, so the page's
 * preview is rendered behind the keys while the field and the running total keep up. No
 * key may be lost: the field ends with every key typed, the running total with that
 * budget's total priced afresh in Node, the draft kept through a reload, and "Save this
 * need" pressed straight after the last key saves what was typed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { formatMoney } from '../../src/domain/format';
import { priceBudget } from '../../src/domain/pricing/price-budget';
import { budgetOf300Lines, exampleRateCard } from '../../scripts/bench/budget-300';
import { throttle } from '../../scripts/bench/browser';
import { openBudgetOf300Lines } from '../../scripts/bench/open-budget';
import { launch, openWatched } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const MINUTES = 'How long is each visit, in minutes?';

/** The 300-line budget's weekly total with its first need's visits this many minutes long. */
function weeklyWith(minutes: number): string {
  const budget = budgetOf300Lines();
  const edited = {
    ...budget,
    lines: budget.lines.map((line) =>
      line.id === 'morning' && line.kind === 'visits' ? { ...line, minutes } : line,
    ),
  };
  return formatMoney(priceBudget(edited, exampleRateCard(budget)).totals.weekly);
}

const runningWeekly = (page: Page) =>
  page.locator('.app-running-total .app-running-total__amount').first();

/** Every key at once, with no wait between them: far quicker than the page renders. */
async function typeQuickly(page: Page, keys: readonly string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

describe('typing quickly into a need of a 300-line budget', () => {
  it('loses no key: the field, the running total, the draft and the saved need all end with every key', async () => {
    const { page, context, faults } = await openWatched(browser);
    const budgetUrl = await openBudgetOf300Lines(page, inject('baseUrl'));
    const lineUrl = `${budgetUrl}/domains/personal-care/lines/morning`;
    await page.goto(lineUrl);
    const minutes = page.getByLabel(MINUTES);
    await expect.poll(() => minutes.inputValue()).toBe('45');
    const saved = weeklyWith(45);
    await expect.poll(() => runningWeekly(page).textContent()).toBe(saved);

    await throttle(page);
    await minutes.focus();
    // 45 → 4 → 41 → 412 → 41 → 4 → 47 → 470 → 47 → 475 → 75 (the 4 taken away at the start).
    await page.keyboard.press('End');
    await typeQuickly(page, [
      'Backspace',
      '1',
      '2',
      'Backspace',
      'Backspace',
      '7',
      '0',
      'Backspace',
      '5',
      'Home',
      'Delete',
    ]);
    await expect.poll(() => minutes.inputValue()).toBe('75');
    const typed = weeklyWith(75);
    expect(typed).not.toBe(saved);
    await expect.poll(() => runningWeekly(page).textContent()).toBe(typed);
    // The preview, rendered behind the keys, catches up: its hours are the typed minutes' (5 × 75 minutes on weekdays).
    await expect
      .poll(() => page.getByRole('region', { name: 'What this need costs' }).textContent())
      .toContain('6.25 hours');

    // The draft was kept as typed: a reload shows the field and the total as they were.
    await throttle(page, 1);
    await page.reload();
    await expect.poll(() => minutes.inputValue()).toBe('75');
    await expect.poll(() => runningWeekly(page).textContent()).toBe(typed);

    // Keys and "Save this need" at once: what is saved is every key typed.
    await throttle(page);
    await minutes.focus();
    await page.keyboard.press('End');
    await typeQuickly(page, ['Backspace', 'Backspace', '6', '0', 'Enter']);
    await page.waitForURL('**/domains/personal-care');
    await throttle(page, 1);
    await page.goto(lineUrl);
    await expect.poll(() => minutes.inputValue()).toBe('60');
    await expect.poll(() => runningWeekly(page).textContent()).toBe(weeklyWith(60));
    expect(faults).toEqual([]);
    await context.close();
  });
});
