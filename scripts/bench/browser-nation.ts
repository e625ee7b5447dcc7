/**
 * A nation's caseload in the browser (issue 23, goal 4): 200,000 generated budgets of 20
 * lines (the generator's seed), written once as budget files in a folder (nation-folder.ts)
 * and chosen in the built app's own caseload page through its folder input, as a
 * commissioner would. Nothing is shortened: the page hands the files to its own workers,
 * which read and check them, price them as at a day and sum their parts of the summary;
 * the page merges the parts and shows the figures, the charts and the table. Chromium at
 * full speed (the page's workers cannot be slowed by the CPU slowdown).
 *
 * Measured in the page: the time from the folder's `change` event to the table of every
 * budget on screen (read, checked, priced, summarised, drawn), and when the pricing began;
 * every main-thread task over 50 ms from a Long Tasks observer; the page's renderer's memory
 * (the page, its workers and its service worker are threads of one renderer process, the
 * one running dedicated workers; Chromium's other renderers are its own: a spare one
 * started before the page opens, about 77 MB, and one for its omnibox where it has one)
 * sampled from /proc twice a second, with the processes named by the browser itself over
 * the DevTools protocol, beside every renderer's and every process's; and
 * then, at that size, the first sort of each column and scrolls of the table, each to the
 * frame after it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { freshPage } from './browser';
import { SEED } from './caseload-generator';
import { watchPage } from './browser-watch';
import { tidy, under, type Figure } from './figure';
import { nationFolder, nationZip } from './nation-folder';
import { NATION, NATION_LINES } from './node-nation';

/** Page-side measuring, installed before the app's own scripts. */
const OBSERVE = () => {
  const seen = window as unknown as {
    longTasks: { start: number; duration: number }[];
    chosenAt: number | null;
    pricingAt: number | null;
  };
  seen.longTasks = [];
  seen.chosenAt = null;
  seen.pricingAt = null;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      seen.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'change',
    () => {
      seen.chosenAt ??= performance.now();
    },
    true,
  );
  // When the progress first says "Pricing": the end of reading and checking the files.
  const watch = setInterval(() => {
    const label = document.querySelector('label[for="caseload-progress"]')?.textContent ?? '';
    if (label.startsWith('Pricing')) {
      seen.pricingAt = performance.now();
      clearInterval(watch);
    }
  }, 50);
};

interface Seen {
  longTasks: { start: number; duration: number }[];
  chosenAt: number | null;
  pricingAt: number | null;
}

interface Memory {
  /** The renderer running the page's workers: the page and its workers. */
  readonly page: number;
  readonly renderers: number;
  readonly all: number;
}

/** Whether a process runs a dedicated worker (a thread Linux names `DedicatedWorker`). */
function runsWorkers(pid: number): boolean {
  try {
    return readdirSync(`/proc/${pid}/task`).some(
      (tid) => readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim() === 'DedicatedWorker',
    );
  } catch {
    return false;
  }
}

/** Resident memory of the page's renderer, of every renderer and of every process, in bytes. */
async function memoryOf(browserSession: CDPSession): Promise<Memory> {
  const { processInfo } = (await browserSession.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  let page = 0;
  let renderers = 0;
  let all = 0;
  for (const { type, id } of processInfo) {
    let rss = 0;
    try {
      const status = readFileSync(`/proc/${id}/status`, 'utf8');
      rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // The process ended between the listing and the read.
    }
    all += rss;
    if (type !== 'renderer') continue;
    renderers += rss;
    if (runsWorkers(id)) page += rss;
  }
  return { page, renderers, all };
}

/** Runs `body` while sampling memory twice a second; gives the peaks. */
async function sampling<T>(
  browserSession: CDPSession,
  body: () => Promise<T>,
): Promise<{ value: T; peak: Memory }> {
  const peak = { page: 0, renderers: 0, all: 0 };
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const now = await memoryOf(browserSession);
      peak.page = Math.max(peak.page, now.page);
      peak.renderers = Math.max(peak.renderers, now.renderers);
      peak.all = Math.max(peak.all, now.all);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  })();
  try {
    return { value: await body(), peak };
  } finally {
    sampling = false;
    await sampler;
  }
}

/** Runs `act` in the page and gives the time to the frame after it and the longest task meanwhile. */
async function toNextFrame(page: Page, act: string): Promise<{ ms: number; longest: number }> {
  return page.evaluate(async (script) => {
    const seen = window as unknown as Seen;
    const before = seen.longTasks.length;
    const start = performance.now();
    new Function(script)();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const ms = performance.now() - start;
    // Long tasks are reported a little after they end.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const longest = Math.max(0, ...seen.longTasks.slice(before).map((task) => task.duration));
    return { ms, longest };
  }, act);
}

const SORTS = ['person', 'file', 'annual', 'weekly', 'hours', 'flags', 'warnings'] as const;

/**
 * `as`: the caseload chosen as a folder of budget files, or as one zip of that folder
 * (read by the page's workers, not the page), through the files input.
 */
export async function measureBrowserNation(
  browser: Browser,
  appUrl: string,
  card: RateCard,
  count = NATION,
  as: 'folder' | 'zip' = 'folder',
): Promise<Figure[]> {
  const made = Date.now();
  const zipped = as === 'zip';
  const { folder, bytes } = (zipped ? nationZip : nationFolder)(count, SEED, NATION_LINES, card);
  console.log(
    `  ${count.toLocaleString('en-GB')} budget files (${Math.round(bytes / 1e6)} MB${zipped ? ' zipped' : ''}) in ${folder}, ${Math.round((Date.now() - made) / 1000)} s`,
  );
  const label = `A nation's caseload in the browser: ${count.toLocaleString('en-GB')} generated budgets of ${NATION_LINES} lines (seed ${SEED}) chosen as ${zipped ? 'one zip' : 'a folder'} on the caseload page`;
  const id = (figure: string) => `nation-browser${zipped ? '-zip' : ''}-${figure}`;
  const { context, page } = await freshPage(browser);
  const browserSession = await browser.newBrowserCDPSession();
  let stopWatching = () => {};
  try {
    await context.addInitScript(OBSERVE);
    await page.goto(new URL('#/caseload', appUrl).toString());
    await page.locator('#caseload-folder').waitFor({ state: 'attached' });
    const workers = await page.evaluate(() => navigator.hardwareConcurrency || 1);
    stopWatching = await watchPage(page, browserSession);
    page.on('crash', () => console.error('  the page crashed'));
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(`  console: ${message.text()}`);
    });
    const { value: loaded, peak } = await sampling(browserSession, async () => {
      // Listing a folder of 200,000 files takes Playwright longer than its 30 s default; the
      // time is counted from the page's own change event, so the listing is not in it.
      await page.setInputFiles(zipped ? '#caseload-files' : '#caseload-folder', folder, {
        timeout: 0,
      });
      // The table, or what the page says instead: the caseload's fault, or a page that
      // could not be drawn (the bench stops there rather than wait out its hour).
      const shownAt = await page.waitForFunction(
        () => {
          if (document.querySelector('.app-caseload-table-scroll tbody tr[aria-rowindex]'))
            return performance.now();
          const said = [...document.querySelectorAll('h1, .nhsuk-notification-banner__heading')]
            .map((element) => element.textContent ?? '')
            .find((text) => /could not be/.test(text));
          return said === undefined ? false : `the page says: ${said}`;
        },
        undefined,
        { polling: 50, timeout: 3_600_000 },
      );
      const shown = (await shownAt.jsonValue()) as number | string;
      if (typeof shown === 'string') throw new Error(shown);
      const seen = await page.evaluate(() => {
        const { longTasks, chosenAt, pricingAt } = window as unknown as Seen;
        return { longTasks, chosenAt, pricingAt };
      });
      return { ...seen, shownAt: shown };
    });
    // Not while the table is sorted and scrolled.
    stopWatching();
    const chosen = loaded.chosenAt ?? 0;
    // The longest, with when they began after the choice (negative: before its `change` event).
    console.log(
      `  longest tasks (start s, ms): ${[...loaded.longTasks]
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 6)
        .map((task) => `${((task.start - chosen) / 1000).toFixed(1)} ${Math.round(task.duration)}`)
        .join(', ')}; pricing began at ${((loaded.pricingAt ?? 0) - chosen) / 1000} s`,
    );
    const during = loaded.longTasks.filter((task) => task.start >= chosen);
    const longest = Math.max(0, ...during.map((task) => task.duration));
    const total = (loaded.shownAt - chosen) / 1000;
    const reading = ((loaded.pricingAt ?? loaded.shownAt) - chosen) / 1000;
    const rows = await page
      .locator('.app-caseload-table')
      .getAttribute('aria-rowcount')
      .then((value) => Number(value) - 1);
    if (rows !== count) throw new Error(`the table holds ${rows} of ${count} budgets`);

    // The table at that size: the first sort of every column, then scrolls. In view first:
    // the page lays out a section of its results only as it nears the screen, and a sort
    // is timed to the frame that shows it.
    await page.evaluate(() =>
      document.querySelector('.app-caseload-table-scroll')?.scrollIntoView({ block: 'end' }),
    );
    await page.waitForTimeout(1000);
    const sorts: { column: string; ms: number; longest: number }[] = [];
    for (const [at, column] of SORTS.entries()) {
      const sorted = await toNextFrame(
        page,
        `document.querySelectorAll('.app-caseload-table thead .app-caseload-sort')[${at}].click()`,
      );
      sorts.push({ column, ...sorted });
    }
    const scrolls: { ms: number; longest: number }[] = [];
    for (const share of [0.5, 1, 0.25, 0.75, 0]) {
      scrolls.push(
        await toNextFrame(
          page,
          `const r = document.querySelector('.app-caseload-table-scroll'); r.scrollTop = ${share} * (r.scrollHeight - r.clientHeight);`,
        ),
      );
    }
    console.log(
      `  sorts: ${sorts.map((sort) => `${sort.column} ${Math.round(sort.ms)} ms (task ${Math.round(sort.longest)})`).join(', ')}`,
    );
    console.log(`  scrolls: ${scrolls.map((scroll) => Math.round(scroll.ms)).join(', ')} ms`);
    const worstSort = sorts.reduce((worst, sort) => (sort.ms > worst.ms ? sort : worst));
    const worstScroll = Math.max(...scrolls.map((scroll) => scroll.ms));
    return [
      {
        id: id('s'),
        label: `${label}: chosen to the table on screen (read, checked, priced, summarised) in ${workers} worker${workers === 1 ? '' : 's'}`,
        unit: 's',
        value: tidy(total),
        goal: under(20),
      },
      {
        id: id('read-s'),
        label: `The same: reading and checking the files, until pricing begins`,
        unit: 's',
        value: tidy(reading),
      },
      {
        id: id('price-s'),
        label: `The same: pricing and the summary, to the table on screen`,
        unit: 's',
        value: tidy(total - reading),
      },
      {
        id: id('longest-task-ms'),
        label: `The same: longest main-thread task (Long Tasks observer; ${during.length} over 50 ms)`,
        unit: 'ms',
        value: Math.round(longest),
        goal: under(100),
      },
      {
        id: id('renderer-mb'),
        label: `The same: peak resident memory of the page's renderer (the page and its workers)`,
        unit: 'MB',
        value: Math.round(peak.page / 1e6),
        goal: under(1500),
      },
      {
        id: id('renderers-mb'),
        label: `The same: peak resident memory of every renderer (Chromium's own pages as well)`,
        unit: 'MB',
        value: Math.round(peak.renderers / 1e6),
      },
      {
        id: id('all-mb'),
        label: `The same: peak resident memory of all the browser's processes`,
        unit: 'MB',
        value: Math.round(peak.all / 1e6),
      },
      {
        id: id('sort-ms'),
        label: `The table of ${count.toLocaleString('en-GB')}: the slowest first sort of a column (${worstSort.column}), to the next frame`,
        unit: 'ms',
        value: Math.round(worstSort.ms),
        goal: under(34),
      },
      {
        id: id('scroll-ms'),
        label: `The table of ${count.toLocaleString('en-GB')}: the slowest scroll, to the next frame`,
        unit: 'ms',
        value: Math.round(worstScroll),
        goal: under(34),
      },
    ];
  } finally {
    stopWatching();
    await browserSession.detach();
    await context.close();
  }
}
