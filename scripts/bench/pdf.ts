/**
 * The PDF of a 40-line and a 300-line budget made in the browser through the app's own
 * path: "Download the PDF" on the summary page, timed from the press to the download
 * starting (the PDF is complete). The PDF is made in a Web Worker; while it is made a
 * Long Tasks observer (PerformanceObserver 'longtask') records every task over 50 ms on
 * the page's main thread, and the longest is held to 200 ms.
 *
 * Measured twice: with the CPU four times slower, and at full speed. Chrome DevTools
 * Protocol's `Emulation.setCPUThrottlingRate` slows the page's main thread; the bench
 * also sends it to the PDF worker's own target (`throttleWorkers`), and the two sets of
 * figures show whether it took (if the worker were not slowed, the two would be alike).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Budget } from '../../src/domain/schema/budget';
import { budgetOfLines } from './budget-300';
import { CPU_SLOWDOWN, throttle } from './browser';
import { atMost, percentiles, tidy, under, type Figure } from './figure';
import { openBudget } from './open-budget';

const REPEATS = 2;
/** The ceiling for a main-thread task while the PDF is made. */
const LONGEST_TASK_MS = 200;

const OBSERVE_SCRIPT = `(() => {
  if (window.__longTasks !== undefined) return;
  const tasks = (window.__longTasks = []);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: false });
})()`;

interface Made {
  readonly ms: number;
  /** The longest main-thread task while it was made, 0 when none passed 50 ms. */
  readonly longestTaskMs: number;
}

async function makePdf(page: Page): Promise<Made> {
  await page.evaluate(OBSERVE_SCRIPT);
  const from = await page.evaluate(
    () => (window as unknown as { __longTasks: unknown[] }).__longTasks.length,
  );
  const start = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 180_000 }),
    // A click from the page itself: Playwright's click waits for the download's "navigation".
    page
      .getByRole('button', { name: 'Download the PDF' })
      .evaluate((button: HTMLElement) => button.click()),
  ]);
  const ms = performance.now() - start;
  await download.delete();
  // The button is free again once the page says the PDF is downloaded.
  await page
    .getByText(/^PDF downloaded/)
    .first()
    .waitFor();
  const tasks = await page.evaluate(
    (skip) =>
      (window as unknown as { __longTasks: { duration: number }[] }).__longTasks
        .slice(skip)
        .map((task) => task.duration),
    from,
  );
  return { ms, longestTaskMs: Math.max(0, ...tasks) };
}

/**
 * Sends the CPU slowdown to each worker the page starts from now on, through the worker's
 * own DevTools target: a dedicated worker runs on a thread of its own, which the page's
 * throttling may not reach. `reached()` says how many workers accepted it.
 */
async function throttleWorkers(
  page: Page,
  rate: number,
): Promise<{ reached: () => Promise<number> }> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const answers: Promise<boolean>[] = [];
  let next = 1;
  session.on(
    'Target.attachedToTarget',
    (event: { sessionId: string; targetInfo: { type: string } }) => {
      if (event.targetInfo.type !== 'worker') return;
      const id = next++;
      answers.push(
        new Promise<boolean>((resolve) => {
          session.on(
            'Target.receivedMessageFromTarget',
            (reply: { sessionId: string; message: string }) => {
              if (reply.sessionId !== event.sessionId) return;
              const answer = JSON.parse(reply.message) as { id?: number; error?: unknown };
              if (answer.id === id) resolve(answer.error === undefined);
            },
          );
          setTimeout(() => resolve(false), 5000);
        }),
      );
      void session.send('Target.sendMessageToTarget', {
        sessionId: event.sessionId,
        message: JSON.stringify({ id, method: 'Emulation.setCPUThrottlingRate', params: { rate } }),
      });
    },
  );
  await session.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  return { reached: async () => (await Promise.all(answers)).filter(Boolean).length };
}

interface Run {
  readonly first: Made;
  readonly repeated: Record<number, Made[]>;
  readonly workersSlowed: number;
}

/**
 * One run at a CPU rate, on a page just loaded (so the first PDF starts the worker and
 * loads the renderer): the 300-line PDF first, then each size REPEATS times.
 */
async function runAt(page: Page, urls: Record<number, string>, rate: number): Promise<Run> {
  const summary = async (lines: number) => {
    await page.goto(`${urls[lines]}/summary`);
    await page.getByRole('button', { name: 'Download the PDF' }).waitFor();
  };
  await page.goto('about:blank');
  await summary(300);
  await throttle(page, rate);
  // The worker starts with the first PDF; it is slowed as soon as it is there.
  const workers = rate === 1 ? undefined : await throttleWorkers(page, rate);
  const first = await makePdf(page);
  const workersSlowed = (await workers?.reached()) ?? 0;
  const repeated: Record<number, Made[]> = {};
  for (const lines of [40, 300]) {
    // The hash route keeps the page, and so the worker, between budgets.
    await summary(lines);
    repeated[lines] = [];
    for (let i = 0; i < REPEATS; i++) repeated[lines].push(await makePdf(page));
  }
  await throttle(page, 1);
  return { first, repeated, workersSlowed };
}

export async function measurePdf(page: Page, appUrl: string): Promise<Figure[]> {
  const budgets: Record<number, Budget> = { 40: budgetOfLines(40), 300: budgetOfLines(300) };
  const urls: Record<number, string> = {};
  for (const lines of [40, 300])
    urls[lines] = await openBudget(page, appUrl, budgets[lines] as Budget);
  const slow = await runAt(page, urls, CPU_SLOWDOWN);
  const full = await runAt(page, urls, 1);
  const median = (made: readonly Made[]) =>
    tidy(percentiles(made.map((each) => each.ms)).median / 1000);
  const longest = (run: Run) =>
    Math.max(
      run.first.longestTaskMs,
      ...Object.values(run.repeated)
        .flat()
        .map((made) => made.longestTaskMs),
    );
  const slowed = `${CPU_SLOWDOWN}× CPU slowdown, the worker ${slow.workersSlowed > 0 ? 'slowed too' : 'not slowed'}`;
  const goals: Record<number, number> = { 40: 1.5, 300: 4 };
  const figures: Figure[] = [
    {
      id: 'pdf-300-first',
      label: `PDF of 300 lines, first (starts the worker, loads the renderer; ${slowed})`,
      unit: 's',
      value: tidy(slow.first.ms / 1000),
    },
  ];
  for (const lines of [40, 300]) {
    figures.push({
      id: `pdf-${lines}-slow`,
      label: `PDF of ${lines} lines, repeated (${slowed}), median of ${REPEATS}`,
      unit: 's',
      value: median(slow.repeated[lines] ?? []),
      goal: under(goals[lines] ?? 0),
    });
  }
  figures.push({
    id: 'pdf-300-first-full',
    label: 'PDF of 300 lines, first (full speed)',
    unit: 's',
    value: tidy(full.first.ms / 1000),
  });
  for (const lines of [40, 300]) {
    figures.push({
      id: `pdf-${lines}-full`,
      label: `PDF of ${lines} lines, repeated (full speed), median of ${REPEATS}`,
      unit: 's',
      value: median(full.repeated[lines] ?? []),
    });
  }
  figures.push(
    {
      id: 'pdf-longest-task-slow-ms',
      label: `Longest main-thread task while a PDF is made (${CPU_SLOWDOWN}× CPU slowdown)`,
      unit: 'ms',
      value: tidy(longest(slow)),
      goal: atMost(LONGEST_TASK_MS),
    },
    {
      id: 'pdf-longest-task-full-ms',
      label: 'Longest main-thread task while a PDF is made (full speed)',
      unit: 'ms',
      value: tidy(longest(full)),
      goal: atMost(LONGEST_TASK_MS),
    },
  );
  return figures;
}
