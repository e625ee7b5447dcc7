/**
 * WCAG 2.2 AA beyond what axe reads from one page (axe runs on every page and state in
 * pages.test.ts): reflow at 1280 px zoomed to 400% (a 320 CSS px viewport at four device
 * pixels to each), targets of at least 24 by 24 px measured on the page, and no motion
 * when the device asks for less. In English and in Welsh, whose words run longer.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { setLanguage, type Language } from './a11y';
import { launch } from './chromium';

const EXAMPLE = '#/budgets/example-ann';
const PAGES = [
  '#/',
  EXAMPLE,
  `${EXAMPLE}/about`,
  `${EXAMPLE}/domains/personal-care`,
  `${EXAMPLE}/domains/personal-care/lines/morning`,
  `${EXAMPLE}/carers`,
  `${EXAMPLE}/carers/sam`,
  `${EXAMPLE}/expenses`,
  `${EXAMPLE}/expenses/pa-travel`,
  `${EXAMPLE}/outcomes`,
  `${EXAMPLE}/outcomes/o1`,
  `${EXAMPLE}/summary`,
  `${EXAMPLE}/delete`,
  '#/accessibility',
] as const;
const LANGUAGES: readonly Language[] = ['en', 'cy'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** A context with the example budget saved, in the given size and motion setting. */
async function withExample(
  options: Parameters<Browser['newContext']>[0],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  await page.locator('button', { hasText: /Try an example/ }).click();
  await page.waitForURL('**/#/budgets/example-ann');
  return { context, page };
}

async function visit(page: Page, hash: string): Promise<void> {
  await page.goto(new URL(hash, page.url()).href);
  await page.locator('h1').first().waitFor();
}

describe('reflow at 1280 px wide zoomed to 400%', () => {
  it.each(LANGUAGES)('in %s, no page scrolls sideways', async (language) => {
    // 1280 × 1024 at 400% is 320 × 256 CSS pixels, each four device pixels wide.
    const { context, page } = await withExample({
      viewport: { width: 320, height: 256 },
      deviceScaleFactor: 4,
    });
    await setLanguage(page, language);
    const overflowing: string[] = [];
    for (const hash of PAGES) {
      await visit(page, hash);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) overflowing.push(`${hash}: ${overflow}px`);
    }
    expect(overflowing).toEqual([]);
    await context.close();
  });
});

describe('targets', () => {
  it.each(LANGUAGES)(
    'in %s, every control and every link outside a sentence is at least 24 by 24 px',
    async (language) => {
      const { context, page } = await withExample({ viewport: { width: 1100, height: 900 } });
      await setLanguage(page, language);
      const small: string[] = [];
      for (const hash of PAGES) {
        await visit(page, hash);
        const found = await page.evaluate(() => {
          // WCAG 2.5.8 excepts a link inside a sentence: its size is the line of text's.
          const inSentence = (element: Element) => {
            if (element.tagName !== 'A') return false;
            const block = element.closest('p, li, dd, td');
            return (
              block !== null &&
              (block.textContent ?? '').trim() !== (element.textContent ?? '').trim()
            );
          };
          const controls = document.querySelectorAll(
            'a[href], button, input:not([type="hidden"]), select, textarea, summary',
          );
          return (
            [...controls]
              .filter((element) => !inSentence(element))
              .map((element) => ({ element, box: element.getBoundingClientRect() }))
              // Not shown (a closed details, a hidden follow-up, the skip link until it is
              // focused, drawn 1 px square and clipped) is not a target.
              .filter(({ box }) => box.width > 1 && box.height > 1)
              // A radio's or checkbox's target is its label as well: NHS.UK draws the box there.
              .map(({ element, box }) => {
                const label =
                  element instanceof HTMLInputElement
                    ? element.labels?.[0]?.getBoundingClientRect()
                    : undefined;
                const width = Math.max(box.width, label?.width ?? 0);
                const height = Math.max(box.height, label?.height ?? 0);
                return {
                  what: `${element.tagName.toLowerCase()} "${(element.textContent ?? element.getAttribute('name') ?? '').trim().slice(0, 40)}"`,
                  width,
                  height,
                };
              })
              .filter(({ width, height }) => width < 24 || height < 24)
              .map(
                ({ what, width, height }) => `${what} ${Math.round(width)}×${Math.round(height)}`,
              )
          );
        });
        small.push(...found.map((entry) => `${hash} ${entry}`));
      }
      expect(small.join('\n')).toBe('');
      await context.close();
    },
  );
});

describe('prefers-reduced-motion', () => {
  /**
   * The longest transition or animation on the page, after adding a probe that asks for
   * one second of each inline, as any future component might: with reduce motion it must
   * be 0 too.
   */
  const longestMotion = (page: Page) =>
    page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.transition = 'opacity 1s';
      probe.style.animation = 'probe-spin 1s infinite';
      document.querySelector('main')?.append(probe);
      const seconds = (value: string) =>
        Math.max(...value.split(',').map((part) => Number.parseFloat(part) || 0));
      const longest = Math.max(
        ...[...document.querySelectorAll('*')].map((element) => {
          const style = getComputedStyle(element);
          return Math.max(seconds(style.transitionDuration), seconds(style.animationDuration));
        }),
      );
      probe.remove();
      return longest;
    });

  it('turns every transition and animation off when the device asks for less motion', async () => {
    const { context, page } = await withExample({
      viewport: { width: 1100, height: 900 },
      reducedMotion: 'reduce',
    });
    for (const hash of [
      '#/',
      EXAMPLE,
      `${EXAMPLE}/summary`,
      `${EXAMPLE}/domains/personal-care/lines/morning`,
    ]) {
      await visit(page, hash);
      expect(await longestMotion(page)).toBe(0);
    }
    await context.close();
  });

  it('leaves motion alone otherwise (so the test above can fail)', async () => {
    const { context, page } = await withExample({
      viewport: { width: 1100, height: 900 },
      reducedMotion: 'no-preference',
    });
    await visit(page, `${EXAMPLE}/summary`);
    expect(await longestMotion(page)).toBe(1);
    await context.close();
  });
});
