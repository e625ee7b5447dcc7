/**
 * Time from navigation to the first interactive page, with the CPU four times slower: the
 * app's start page (its heading shown once saved budgets are read, so its buttons work)
 * against the minimal Vite + React page. Each load is a first visit (fresh profile, empty
 * cache); the two pages take turns so that a busy moment on the machine hits both.
 */
import type { Browser } from 'playwright-core';
import { CPU_SLOWDOWN, freshPage, launchChromium, throttle } from './browser';
import { serve } from './builds';
import { atMost, percentiles, tidy, type Figure } from './figure';

const RUNS = 7;

/**
 * In the page before any of its scripts: resolves with the time (ms since navigation
 * began) of the first frame after a heading appears in <main>. The app shows no heading
 * while it reads saved budgets, so this is its first page ready for a click.
 */
export const READY_SCRIPT = `
window.__benchReady = new Promise((resolve) => {
  const found = () => document.querySelector('main h1') !== null;
  const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
  const observer = new MutationObserver(() => {
    if (found()) { observer.disconnect(); done(); }
  });
  observer.observe(document, { childList: true, subtree: true });
});`;

export async function timeToReady(browser: Browser, url: string): Promise<number> {
  const { context, page } = await freshPage(browser);
  try {
    await page.addInitScript({ content: READY_SCRIPT });
    await throttle(page);
    await page.goto(url, { waitUntil: 'commit' });
    return await page.evaluate(
      () => (window as unknown as { __benchReady: Promise<number> }).__benchReady,
    );
  } finally {
    await context.close();
  }
}

export async function measureStartup(
  browser: Browser,
  appUrl: string,
  minimalUrl: string,
): Promise<Figure[]> {
  const [app = [], minimal = []] = await visitsInTurn(browser, [appUrl, minimalUrl], RUNS);
  const appMedian = percentiles(app).median;
  const minimalMedian = percentiles(minimal).median;
  const slow = `${CPU_SLOWDOWN}× CPU slowdown, median of ${RUNS} first visits`;
  return [
    {
      id: 'startup-app-ms',
      label: `Navigation to the start page, interactive (${slow})`,
      unit: 'ms',
      value: tidy(appMedian),
    },
    {
      id: 'startup-minimal-ms',
      label: `Navigation to a minimal Vite + React page (${slow})`,
      unit: 'ms',
      value: tidy(minimalMedian),
    },
    {
      id: 'startup-ratio',
      label: 'Start-up: the app against the minimal page',
      unit: '×',
      value: tidy(appMedian / minimalMedian),
      goal: atMost(1.5),
    },
  ];
}

/**
 * First visits of several pages in turn, so that a busy moment on a shared machine hits
 * every page alike: each page's times in ms, in the order of `urls`.
 */
async function visitsInTurn(
  browser: Browser,
  urls: readonly string[],
  visits: number,
): Promise<number[][]> {
  const times = urls.map(() => [] as number[]);
  // One untimed visit of each first: the preview servers' own first requests are slower.
  for (const url of urls) await timeToReady(browser, url);
  for (let visit = 0; visit < visits; visit++)
    for (const [index, url] of urls.entries()) times[index]?.push(await timeToReady(browser, url));
  return times;
}

/**
 * The same for builds, each served with `vite preview` and visited in one Chromium launched
 * for the run: each build's times in ms, in the order of `dirs` (startup-side-by-side.ts,
 * startup-floor.ts).
 */
export async function startupsSideBySide(
  dirs: readonly string[],
  visits: number,
): Promise<number[][]> {
  const browser = await launchChromium();
  const served = await Promise.all(dirs.map((dir) => serve(dir)));
  try {
    return await visitsInTurn(
      browser,
      served.map((build) => build.url),
      visits,
    );
  } finally {
    for (const build of served) await build.close();
    await browser.close();
  }
}
