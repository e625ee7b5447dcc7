/**
 * Issue 22 on a laptop, in Chromium: the start page's buttons are in view without
 * scrolling at 1280 × 800 and 1366 × 768, in English and in Welsh; the caseload moves
 * focus and the view to its progress once files are chosen, and its results have a
 * contents list whose links take focus and the view to each section.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { budgetFileText } from '../../src/io/budget-file';
import { loadCard } from '../helpers/builders';
import { launch, openWatched } from './chromium';

let browser: Browser;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'first-use-'));
  const card = loadCard('rate-cards/england-2025-26.json');
  for (const budget of generateBudgets({ count: 12, seed: 12, rateCard: card }))
    writeFileSync(join(folder, `${budget.id}.json`), budgetFileText(budget));
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
});

const BUTTONS = {
  en: { start: 'Start a new budget', example: 'Try an example', language: 'Cymraeg' },
  cy: {
    start: 'Dechrau cyllideb newydd',
    example: 'Rhoi cynnig ar enghraifft',
    language: 'English',
  },
} as const;

describe('the start page on a laptop', () => {
  it.each([
    [1280, 800],
    [1366, 768],
  ])(
    'shows both start buttons whole, above the fold, at %i × %i in English and Welsh',
    async (width, height) => {
      const { page, context, faults } = await openWatched(browser, '/');
      await page.setViewportSize({ width, height });
      for (const language of ['en', 'cy'] as const) {
        const words = BUTTONS[language];
        if (language === 'cy') await page.getByRole('link', { name: BUTTONS.en.language }).click();
        for (const name of [words.start, words.example]) {
          const button = page.getByRole('button', { name });
          await button.waitFor();
          const box = await button.boundingBox();
          expect(box, `${language}: ${name}`).not.toBeNull();
          expect(box?.y ?? -1, `${language}: ${name}`).toBeGreaterThanOrEqual(0);
          expect((box?.y ?? 0) + (box?.height ?? 0), `${language}: ${name}`).toBeLessThanOrEqual(
            height,
          );
        }
      }
      expect(faults).toEqual([]);
      await context.close();
    },
  );
});

describe('the caseload on a laptop', () => {
  it('moves focus and the view to the progress, then offers a contents list that leads to each section', async () => {
    const { page, context, faults } = await openWatched(browser, '/#/caseload');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.setInputFiles('#caseload-folder', folder);
    await expect
      .poll(() =>
        page.evaluate(
          () => document.activeElement?.classList.contains('app-caseload-progress') ?? false,
        ),
      )
      .toBe(true);
    const progress = await page.locator('.app-caseload-progress').boundingBox();
    expect(progress?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(progress?.y ?? 999).toBeLessThan(768);

    await page.getByRole('heading', { level: 2, name: 'Caseload figures' }).waitFor();
    const contents = page.getByRole('navigation', { name: 'Contents of the caseload figures' });
    expect(await contents.getByRole('link').count()).toBe(15);
    await contents.getByRole('link', { name: 'All budgets' }).click();
    const heading = page.getByRole('heading', { level: 2, name: 'All budgets' });
    await expect
      .poll(() => heading.evaluate((element) => element === document.activeElement))
      .toBe(true);
    const box = await heading.boundingBox();
    // Scrolled to the top of the view, give or take a fraction of a pixel.
    expect(box?.y ?? -2).toBeGreaterThan(-1);
    expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThanOrEqual(768);
    // The route stays the caseload's: the link moved the view, not the page.
    expect(new URL(page.url()).hash).toBe('#/caseload');
    expect(faults).toEqual([]);
    await context.close();
  });
});
