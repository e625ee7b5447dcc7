/**
 * Debian's Chromium driven by Playwright, with every request and console message
 * recorded: a browser test fails on any page error or any request to another origin.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../scripts/chromium';

export function launch(): Promise<Browser> {
  return launchChromium();
}

export interface WatchedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors, uncaught exceptions and requests to any other origin. */
  readonly faults: string[];
}

/** `baseUrl` is the shared `vite preview` unless a test serves the app itself. */
export async function openWatched(
  browser: Browser,
  path = '/',
  baseUrl = inject('baseUrl'),
): Promise<WatchedPage> {
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext();
  const page = await context.newPage();
  const faults: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') faults.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => faults.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      faults.push(`request to another origin: ${url}`);
    }
  });
  await page.goto(new URL(path, baseUrl).href);
  return { page, context, faults };
}
