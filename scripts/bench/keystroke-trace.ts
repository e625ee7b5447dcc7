/**
 * What a keystroke's frame is made of, in the app and in a plain input on the same page:
 * `npx tsx scripts/bench/keystroke-trace.ts [keys]` builds the app, opens the 300-line
 * budget as the keystroke bench does, and traces (Chrome's timeline) keys typed into a
 * need's minutes and then into a plain <input>, at the bench's CPU slowdown. For each it
 * prints the medians a key of the main thread's work from the key's press to the end of
 * the first frame committed after its input event (the frame that shows the key): each
 * event's dispatch by type, the other tasks that ran before that frame (React's deferred
 * work), style, layout and painting; and Event Timing's median and p95 over the same keys.
 * The bench (keystroke.ts) gives the figures; this says what they are made of.
 */
import type { Page } from 'playwright-core';
import { CPU_SLOWDOWN, freshPage, launchChromium, throttle } from './browser';
import { buildAll, serve } from './builds';
import { percentiles, tidy } from './figure';
import { openBudgetOf300Lines } from './open-budget';
import { startTracing, type TraceEvent as TraceEventOf } from './trace';

const keys = Number(process.argv[2] ?? 30);
const GAP_MS = 180;
const MINUTES = 'How long is each visit, in minutes?';

type TraceEvent = TraceEventOf<{ type?: string }>;

/** Main-thread work by kind; an event dispatch is named by its type. */
const KINDS: Record<string, string> = {
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
};

const OBSERVE = `(() => {
  const durations = (window.__keyDurations = new Map());
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.interactionId > 0)
        durations.set(entry.interactionId, Math.max(entry.duration, durations.get(entry.interactionId) ?? 0));
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
})()`;

async function typeKeys(page: Page): Promise<number[]> {
  await page.evaluate(() =>
    (window as unknown as { __keyDurations: Map<number, number> }).__keyDurations.clear(),
  );
  for (let key = 0; key < keys; key++) {
    await page.keyboard.press(key % 2 === 0 ? '5' : 'Backspace');
    await page.waitForTimeout(GAP_MS);
  }
  await page.waitForTimeout(500);
  const reported = await page.evaluate(() => [
    ...(window as unknown as { __keyDurations: Map<number, number> }).__keyDurations.values(),
  ]);
  // A key not reported took under 16 ms.
  return [...reported, ...Array<number>(Math.max(0, keys - reported.length)).fill(0)];
}

/** Each key's main-thread work, from its keydown to the end of the first frame after its input. */
function perKey(events: readonly TraceEvent[]): Map<string, number[]> {
  const main = mainThread(events);
  const complete = main.filter((event) => event.ph === 'X' && event.dur !== undefined);
  const keydowns = complete.filter(
    (event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown',
  );
  const byKind = new Map<string, number[]>();
  const rows: Map<string, number>[] = keydowns.map((keydown) => {
    const input = complete.find(
      (event) =>
        event.name === 'EventDispatch' &&
        event.args?.data?.type === 'input' &&
        event.ts >= keydown.ts,
    );
    const frame = complete.find(
      (event) => event.name === 'Commit' && event.ts >= (input?.ts ?? keydown.ts),
    );
    const end = frame === undefined ? keydown.ts : frame.ts + (frame.dur ?? 0);
    const row = new Map<string, number>([['press to frame shown', (end - keydown.ts) / 1000]]);
    const inWindow = complete.filter((event) => event.ts >= keydown.ts && event.ts < end);
    const within = (outer: TraceEvent, event: TraceEvent) =>
      event.ts >= outer.ts && event.ts + (event.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
    const dispatches = inWindow.filter((event) => event.name === 'EventDispatch');
    const add = (kind: string, micros: number) =>
      row.set(kind, (row.get(kind) ?? 0) + micros / 1000);
    for (const dispatch of dispatches)
      add(`event ${dispatch.args?.data?.type ?? '?'}`, dispatch.dur ?? 0);
    for (const event of inWindow) {
      const kind = KINDS[event.name];
      if (kind !== undefined) add(kind, event.dur ?? 0);
      // Script outside the key's events: React's deferred work, timers, observers.
      if (
        (event.name === 'FunctionCall' || event.name === 'TimerFire') &&
        !dispatches.some((dispatch) => within(dispatch, event))
      )
        add('script outside the events', event.dur ?? 0);
    }
    return row;
  });
  for (const kind of new Set(rows.flatMap((row) => [...row.keys()])))
    byKind.set(
      kind,
      rows.map((row) => row.get(kind) ?? 0),
    );
  return byKind;
}

function mainThread(events: readonly TraceEvent[]): TraceEvent[] {
  const named = events.find(
    (event) =>
      event.name === 'thread_name' &&
      event.args?.name === 'CrRendererMain' &&
      events.some((other) => other.pid === event.pid && other.name === 'EventDispatch'),
  );
  return events.filter((event) => event.pid === named?.pid && event.tid === named.tid);
}

function print(title: string, durations: number[], byKind: Map<string, number[]>): void {
  const timing = percentiles(durations);
  console.log(
    `${title}: Event Timing median ${tidy(timing.median)} ms, p95 ${tidy(timing.p95)} ms`,
  );
  const rows = [...byKind].map(([kind, ms]) => [kind, percentiles(ms).median] as const);
  for (const [kind, median] of rows.sort((a, b) => b[1] - a[1]))
    console.log(`  ${median.toFixed(2).padStart(8)} ms  ${kind}`);
}

const builds = await buildAll();
const browser = await launchChromium();
const app = await serve(builds.appDir);
try {
  const { context, page } = await freshPage(browser);
  const budgetUrl = await openBudgetOf300Lines(page, app.url);
  await page.goto(`${budgetUrl}/domains/personal-care/lines/morning`);
  const minutes = page.getByLabel(MINUTES);
  await minutes.waitFor();
  await page.evaluate(OBSERVE);
  await throttle(page);
  const categories = 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel';
  const measure = async (focus: () => Promise<void>) => {
    await focus();
    await page.keyboard.press('End');
    await page.waitForTimeout(500);
    const tracing = await startTracing<TraceEvent>(context, page, categories);
    const durations = await typeKeys(page);
    return { durations, byKind: perKey(await tracing.stop()) };
  };
  const inApp = await measure(() => minutes.focus());
  const plain = await measure(() =>
    page.evaluate(() => {
      const input = document.createElement('input');
      input.value = '45';
      document.body.prepend(input);
      input.focus();
    }),
  );
  console.log(`${keys} keys at ${CPU_SLOWDOWN}×, medians a key:`);
  print('The app (a need’s minutes, 300 lines)', inApp.durations, inApp.byKind);
  print('A plain input on the same page', plain.durations, plain.byKind);
} finally {
  await app.close();
  await browser.close();
  builds.remove();
}
