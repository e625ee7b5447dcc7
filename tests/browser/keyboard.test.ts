/**
 * The whole journey with the keyboard alone, in Welsh, in the built app in Chromium: no
 * clicks, only Tab, Enter, Space, the arrow keys and typing. After each step the title
 * changes and focus is on the page's h1; a failed submit moves focus to the error
 * summary with "Gwall:" in the title. The PDF and CSV downloaded at the end are in
 * Welsh, and the CSV is byte for byte `npm run price -- … --format csv --lang cy`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOUBLE_CLICK_WINDOW_MS } from '../../src/ui/components/button';
import { ROOT } from '../helpers/builders';
import { launch, openWatched } from './chromium';
import { isFocused, tabTo } from './tab-to';

let browser: Browser;
let downloads = '';
beforeAll(async () => {
  browser = await launch();
  downloads = mkdtempSync(join(tmpdir(), 'keyboard-'));
});
afterAll(async () => {
  await browser.close();
  rmSync(downloads, { recursive: true, force: true });
});

/** Tab to a control and press a key on it. */
async function press(page: Page, target: Locator, key: 'Enter' | 'Space'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** A step: the title has changed from `before` and focus is on the page's h1. */
async function expectStep(page: Page, before: string): Promise<string> {
  await expect.poll(() => page.title()).not.toBe(before);
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  return page.title();
}

async function downloadWith(page: Page, button: Locator): Promise<string> {
  await tabTo(page, button);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  const file = join(downloads, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

describe('the keyboard alone', () => {
  it(
    'builds, checks and downloads a budget in Welsh, with focus and title following every step',
    { timeout: 240_000 },
    async () => {
      const { page, context, faults } = await openWatched(browser);

      // The language link in the header, then a new budget.
      await press(page, page.locator('header a[hreflang="cy"]'), 'Enter');
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('cy');
      let title = await page.title();
      await press(page, page.getByRole('button', { name: 'Dechrau cyllideb newydd' }), 'Enter');
      title = await expectStep(page, title);

      // About the person: a text field, a radio chosen with Space, the rate card with arrows.
      await tabTo(page, page.getByLabel("Enw'r person"));
      await page.keyboard.type('Rhys Example');
      await press(page, page.getByLabel('Taliad uniongyrchol'), 'Space');
      expect(await page.getByLabel('Taliad uniongyrchol').isChecked()).toBe(true);
      const card = page.getByLabel('Cerdyn cyfraddau eich ardal');
      await tabTo(page, card);
      const firstCard = await card.inputValue();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => card.inputValue()).not.toBe(firstCard);
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => card.inputValue()).toBe(firstCard);
      await press(page, page.getByRole('button', { name: 'Cadw a pharhau' }), 'Enter');
      title = await expectStep(page, title);

      // An area of life, then a new need: first submitted empty, for the error summary.
      await press(page, page.getByRole('link', { name: 'Gofal personol' }), 'Enter');
      title = await expectStep(page, title);
      await press(
        page,
        page
          .getByRole('link', { name: 'Ychwanegu angen' })
          .or(page.getByRole('button', { name: 'Ychwanegu angen' }))
          .first(),
        'Enter',
      );
      await expectStep(page, title);
      await press(page, page.getByRole('button', { name: "Cadw'r angen hwn" }), 'Enter');
      await expect.poll(() => page.title()).toMatch(/^Gwall: /);
      await expect
        .poll(() =>
          page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary')),
        )
        .toBe(true);
      expect(await page.locator('.nhsuk-error-summary h2').textContent()).toBe('Mae problem');
      title = await page.title();

      // The error summary's first link takes focus to its field.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => isFocused(page.getByLabel("Beth yw'r cymorth?"))).toBe(true);
      await page.keyboard.type('Help i godi ac ymolchi');
      await press(page, page.getByLabel('Darparwr cofrestredig'), 'Space');
      await tabTo(page, page.getByLabel('Pa mor hir yw pob ymweliad, mewn munudau?'));
      await page.keyboard.type('45');
      for (const day of ['Dydd Llun', 'Dydd Mercher', 'Dydd Gwener'])
        await press(page, page.getByLabel(day, { exact: true }), 'Space');
      // The save button ignores a second press within a second of the first (NHS.UK's guard
      // against double submits); a person takes longer than that to fill in the form, the
      // test's keystrokes may not, so it waits out the guard as a person would.
      await page.waitForTimeout(DOUBLE_CLICK_WINDOW_MS);
      await press(page, page.getByRole('button', { name: "Cadw'r angen hwn" }), 'Enter');
      title = await expectStep(page, title);
      expect(title).not.toMatch(/^Gwall/);

      // Back to the task list, then the summary.
      await press(page, page.getByRole('link', { name: 'Yn ôl', exact: true }), 'Enter');
      title = await expectStep(page, title);
      await press(page, page.getByRole('link', { name: 'Gwirio a chrynodeb' }), 'Enter');
      title = await expectStep(page, title);
      expect(title).toContain('Gwirio a chrynodeb');
      // 3 days × 45 minutes = 2.25 hours; at any card's weekday rate it is priced to the penny.
      const weekly = page
        .locator('.nhsuk-summary-list__row', { hasText: 'Cyfanswm wythnosol' })
        .first()
        .locator('.nhsuk-summary-list__value');
      expect(await weekly.textContent()).toMatch(/^£\d+\.\d\d$/);

      // The documents, in Welsh.
      const budgetFile = await downloadWith(
        page,
        page.getByRole('button', { name: 'Lawrlwytho ffeil y gyllideb' }).first(),
      );
      const csvFile = await downloadWith(
        page,
        page.getByRole('button', { name: "Lawrlwytho'r CSV ar gyfer cyllid" }),
      );
      const headless = spawnSync(
        'npx',
        ['tsx', 'src/cli/price.ts', budgetFile, '--format', 'csv', '--lang', 'cy'],
        { cwd: ROOT, encoding: 'utf8' },
      );
      expect(headless.status, headless.stderr).toBe(0);
      expect(readFileSync(csvFile).equals(Buffer.from(headless.stdout, 'utf8'))).toBe(true);
      expect(headless.stdout).toContain('Section,Id,Domain');
      expect(headless.stdout).toContain('Gofal personol');
      const pdfFile = await downloadWith(
        page,
        page.getByRole('button', { name: "Lawrlwytho'r PDF" }),
      );
      const text = execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', pdfFile, '-'], {
        encoding: 'utf8',
      });
      expect(text).toContain('Cyfanswm wythnosol');
      expect(text).toContain('Gofal personol');
      expect(text).toContain('Help i godi');
      expect(text).not.toContain('Weekly total');
      // Dates in Welsh words, though Chromium's own Intl has no Welsh ("December 2, 2026").
      const today = new Intl.DateTimeFormat('cy-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }).format(new Date());
      expect(text).toContain(`Gwnaed ar ${today}`);

      expect(faults).toEqual([]);
      await context.close();
    },
  );
});
