/**
 * The plan around the money with the keyboard alone, in the built app in Chromium: from
 * the example's task list to risks and contingency (a risk added, the contingency changed),
 * who pays (a joint split shown to the penny as it is typed) and the agreement and reviews
 * pages, with Tab, Enter, Space and typing only. Axe finds nothing wrong on any page or
 * state met on the way, error summaries included.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOUBLE_CLICK_WINDOW_MS } from '../../src/ui/components/button';
import { axeViolations } from './a11y';
import { launch, openWatched } from './chromium';
import { isFocused, tabTo } from './tab-to';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/**
 * Chooses a radio as a keyboard user does: Tab into its group (onto the chosen radio, or
 * the first), then the arrow keys, which move the choice, until `label` is chosen.
 */
async function choose(page: Page, label: string): Promise<void> {
  const target = page.getByLabel(label, { exact: true });
  const name = await target.getAttribute('name');
  await target.waitFor();
  for (let presses = 0; presses < 150; presses++) {
    const inGroup = await page.evaluate(
      (group) => (document.activeElement as HTMLInputElement | null)?.name === group,
      name,
    );
    if (inGroup) break;
    await page.keyboard.press('Tab');
  }
  for (let presses = 0; presses < 12 && !(await target.isChecked()); presses++) {
    if (await isFocused(target)) await page.keyboard.press('Space');
    else await page.keyboard.press('ArrowDown');
  }
  expect(await target.isChecked(), label).toBe(true);
}

/** A link drawn as a button (NHS.UK's button link): found by either role. */
const buttonLink = (page: Page, name: string) =>
  page.getByRole('link', { name }).or(page.getByRole('button', { name })).first();

async function press(page: Page, target: Locator, key: 'Enter' | 'Space'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** A new page: its h1 has focus and axe finds nothing wrong with it. */
async function arrive(page: Page, heading: RegExp, seen: string[]): Promise<void> {
  await expect.poll(() => page.locator('h1').first().textContent()).toMatch(heading);
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  seen.push(...(await axeViolations(page)).map((found) => `${page.url()}: ${found}`));
}

/** A refused save: focus on the error summary, whose links name the fields; axe on that state. */
async function refused(page: Page, seen: string[]): Promise<string[]> {
  await expect.poll(() => page.title()).toMatch(/^Error: /);
  await expect
    .poll(() =>
      page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary')),
    )
    .toBe(true);
  seen.push(...(await axeViolations(page)).map((found) => `${page.url()} (errors): ${found}`));
  return page.locator('.nhsuk-error-summary a').allTextContents();
}

describe('the plan around the money with the keyboard alone', () => {
  it(
    'writes a risk, the contingency and who pays, and reaches the agreement and reviews, with axe finding nothing',
    { timeout: 300_000 },
    async () => {
      const { page, context, faults } = await openWatched(browser);
      const seen: string[] = [];
      await press(page, page.getByRole('button', { name: /Try an example/ }), 'Enter');
      await page.waitForURL('**/#/budgets/example-ann');
      await arrive(page, /Ann/, seen);

      // Risks and contingency: the section, then a new risk, first saved empty.
      await press(page, page.getByRole('link', { name: 'Risks and contingency' }), 'Enter');
      await arrive(page, /Risks and contingency/, seen);
      await press(page, buttonLink(page, 'Add another risk'), 'Enter');
      await arrive(page, /Add a risk/, seen);
      await press(page, page.getByRole('button', { name: 'Save the risk' }), 'Enter');
      expect(await refused(page, seen)).toEqual([
        'Enter what could go wrong',
        'Choose how likely it is: low, medium or high',
      ]);
      // The summary's first link takes focus to its field.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => isFocused(page.getByLabel('What could go wrong?'))).toBe(true);
      await page.keyboard.type('The agency cannot staff a Sunday');
      await choose(page, 'High');
      await tabTo(page, page.getByLabel('What is in place if it happens? (optional)'));
      await page.keyboard.type('Sam covers Sunday lunch');
      // The save button ignores a second press within its double-click window.
      await page.waitForTimeout(DOUBLE_CLICK_WINDOW_MS);
      await press(page, page.getByRole('button', { name: 'Save the risk' }), 'Enter');
      await arrive(page, /Risks and contingency/, seen);
      await expect
        .poll(() => page.getByRole('heading', { name: 'The agency cannot staff a Sunday' }).count())
        .toBe(1);

      // The contingency: cover for Sam by a registered provider, priced as it is chosen.
      await press(page, page.getByRole('link', { name: 'Change the contingency' }), 'Enter');
      await arrive(page, /Contingency: if support fails/, seen);
      await choose(page, 'Sam Example');
      await choose(page, 'Their care given by a registered provider');
      const price = page.locator('#contingency-price');
      await expect.poll(() => price.textContent()).toContain('If Sam Example could no longer care');
      seen.push(...(await axeViolations(page)).map((found) => `contingency priced: ${found}`));
      await press(page, page.getByRole('button', { name: 'Save the contingency' }), 'Enter');
      await arrive(page, /Risks and contingency/, seen);
      await press(page, page.getByRole('link', { name: 'Back', exact: true }), 'Enter');
      await arrive(page, /Ann/, seen);

      // Who pays: £35.00 a week, the rest split 60:40, shown as it is typed.
      await press(page, page.getByRole('link', { name: 'Who pays' }), 'Enter');
      await arrive(page, /Who pays/, seen);
      await tabTo(page, page.getByLabel("The person's contribution a week, in pounds (optional)"));
      await page.keyboard.type('35');
      await choose(page, 'Both, jointly');
      await tabTo(
        page,
        page.getByLabel("The integrated care board's share of the rest, in per cent"),
      );
      await page.keyboard.type('60');
      const split = page.locator('#who-pays-split');
      await expect.poll(() => split.textContent()).toContain('60% of the rest');
      await expect.poll(() => split.textContent()).toContain('£35.00');
      seen.push(...(await axeViolations(page)).map((found) => `who pays split: ${found}`));
      await press(page, page.getByRole('button', { name: 'Save who pays' }), 'Enter');
      await arrive(page, /Ann/, seen);
      const whoPaysTask = page.locator('li', { has: page.getByRole('link', { name: 'Who pays' }) });
      await expect.poll(() => whoPaysTask.textContent()).toContain('Completed');

      // The agreement page, its form refused empty, then the reviews and recording one.
      await press(page, page.getByRole('link', { name: 'Agreement', exact: true }), 'Enter');
      await arrive(page, /Agreement/, seen);
      await tabTo(page, page.getByRole('button', { name: 'Record the move' }));
      await press(page, page.getByRole('link', { name: 'Back', exact: true }), 'Enter');
      await arrive(page, /Ann/, seen);
      await press(page, page.getByRole('link', { name: 'Reviews', exact: true }), 'Enter');
      await arrive(page, /Reviews/, seen);
      await press(page, buttonLink(page, 'Record a review'), 'Enter');
      await arrive(page, /review/i, seen);

      expect(seen).toEqual([]);
      expect(faults).toEqual([]);
      await context.close();
    },
  );
});
