/**
 * Issue 22 on a laptop, in Chromium: the start page's buttons are in view without
 * scrolling at 1280 × 800 and 1366 × 768, in English and in Welsh.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openWatched } from './chromium';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
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
