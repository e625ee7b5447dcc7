/**
 * Debian's Chromium for the bench, as the browser tests launch it, and the CPU slowdown
 * that stands in for an old laptop: Chrome DevTools Protocol
 * `Emulation.setCPUThrottlingRate`, 4 (four times slower).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export { launchChromium } from '../chromium';
export const CPU_SLOWDOWN = 4;

export async function throttle(page: Page, rate = CPU_SLOWDOWN): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}

/** A fresh profile each time: empty cache, empty IndexedDB, like a first visit. */
export async function freshPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  return { context, page };
}

/** The version docs/performance.md quotes beside the figures. */
export function browserVersion(browser: Browser): string {
  return `Chromium ${browser.version()}`;
}
