/**
 * Keystroke latency in a 300-line budget, CPU four times slower: typing into a need's
 * minutes, which re-prices the whole budget for the line preview and running total.
 *
 * - Event Timing (PerformanceObserver 'event', durationThreshold 16): for each keystroke,
 *   from the key press to the next frame painted after its handlers ran. The browser
 *   reports only interactions of 16 ms or more (in steps of 8 ms); one not reported took
 *   less, so a percentile that falls among them is "under 16 ms".
 * - The same for a plain <input> added to the same page: what the browser itself costs.
 * - The same for a plain <input> with no handler put in the form's own column, inside
 *   React's root: what any field there costs before the app does anything with the key
 *   (React's event delegation sees every key; the column is laid out again). A floor, with
 *   no goal: goal 2's 1.25× is measured against the first plain input, at the page's top.
 * - Keystroke to updated total: from the key press to the first frame after the running
 *   total's figures change. The line's preview is priced from a deferred copy of the form
 *   (React paints the keystroke first), so this can be longer than the Event Timing.
 * - Issue 23's two goals, from the same keys: the app's Event Timing p95 against the plain
 *   input's (at most 1.25 times), and the updated total's p95 against the keystroke's own
 *   (at most one frame, 16.7 ms, later). A p95 under 16 ms (not reported) counts as 16.
 */
import type { Page } from 'playwright-core';
import { CPU_SLOWDOWN, throttle } from './browser';
import { atMost, percentiles, tidy, type Figure } from './figure';

const KEYSTROKES = 30;
/** Time between keys: a quick typist, and room for each key's frame to finish. */
const GAP_MS = 180;
const THRESHOLD = 16;
const MINUTES = 'How long is each visit, in minutes?';
/** One frame at 60 Hz. */
const FRAME_MS = 1000 / 60;

const OBSERVE_SCRIPT = `(() => {
  const bench = (window.__bench = { events: [], keys: [], totals: [] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.interactionId > 0) bench.events.push({ id: entry.interactionId, duration: entry.duration });
    }
  }).observe({ type: 'event', durationThreshold: ${THRESHOLD}, buffered: false });
  window.addEventListener('keydown', (event) => bench.keys.push(event.timeStamp), true);
  const total = document.querySelector('.app-running-total');
  if (total !== null) {
    new MutationObserver(() => {
      requestAnimationFrame(() => setTimeout(() => bench.totals.push(performance.now())));
    }).observe(total, { childList: true, subtree: true, characterData: true });
  }
})()`;

interface Observed {
  readonly events: { id: number; duration: number }[];
  readonly keys: number[];
  readonly totals: number[];
}

/** Types KEYSTROKES keys into the focused field: a 5, then Backspace, and so on. */
async function type(page: Page): Promise<Observed> {
  await page.evaluate(() => {
    const bench = (window as unknown as { __bench: Observed }).__bench;
    bench.events.length = 0;
    bench.keys.length = 0;
    bench.totals.length = 0;
  });
  await page.keyboard.press('End');
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const bench = (window as unknown as { __bench: Observed }).__bench;
    bench.events.length = 0;
    bench.keys.length = 0;
    bench.totals.length = 0;
  });
  for (let key = 0; key < KEYSTROKES; key++) {
    await page.keyboard.press(key % 2 === 0 ? '5' : 'Backspace');
    await page.waitForTimeout(GAP_MS);
  }
  await page.waitForTimeout(1000);
  return page.evaluate(() => structuredClone((window as unknown as { __bench: Observed }).__bench));
}

/** Median and p95 over every keystroke, those too quick to be reported counted as 0. */
function eventPercentiles(observed: Observed): { median: number; p95: number } {
  const byInteraction = new Map<number, number>();
  for (const { id: interaction, duration } of observed.events) {
    byInteraction.set(interaction, Math.max(duration, byInteraction.get(interaction) ?? 0));
  }
  const reported = [...byInteraction.values()];
  const samples = [
    ...reported,
    ...Array<number>(Math.max(0, KEYSTROKES - reported.length)).fill(0),
  ];
  return percentiles(samples);
}

/** The p95 the goals compare: one under 16 ms (not reported) counts as 16. */
const countedP95 = (observed: Observed): number =>
  Math.max(THRESHOLD, eventPercentiles(observed).p95);

/**
 * Adds a plain <input> holding 45, with no handler, and focuses it: at the page's top,
 * outside React, or beside the need-line form, inside React's root, where React's own
 * nodes are never moved, so React leaves it alone.
 */
async function focusPlainInput(page: Page, where: 'top' | 'beside-form'): Promise<void> {
  await page.evaluate((place) => {
    const input = document.createElement('input');
    input.id = place === 'top' ? 'bench-plain' : 'bench-plain-in-root';
    input.value = '45';
    if (place === 'top') document.body.prepend(input);
    else {
      const form = document.querySelector('main form');
      if (form?.parentElement == null) throw new Error('the need-line form is not on the page');
      form.parentElement.insertBefore(input, form);
    }
    input.focus();
  }, where);
}

/** Median and p95 over every keystroke, those too quick to be reported shown as under 16. */
function eventFigures(id: string, label: string, observed: Observed): Figure[] {
  const { median, p95 } = eventPercentiles(observed);
  const figure = (suffix: string, value: number): Figure =>
    value < THRESHOLD
      ? {
          id: `${id}-${suffix}`,
          label: `${label}, ${suffix}`,
          unit: 'ms',
          value: THRESHOLD,
          bound: 'under',
          goal: atMost(16),
        }
      : {
          id: `${id}-${suffix}`,
          label: `${label}, ${suffix}`,
          unit: 'ms',
          value: tidy(value),
          goal: atMost(16),
        };
  return [figure('median', median), figure('p95', p95)];
}

/** Each key's time from its press to the first painted change of the running total. */
function totalLatencies(observed: Observed): number[] {
  // Each key's latency: from its press to the first painted change of the total after it.
  const latencies: number[] = [];
  observed.keys.forEach((pressed, index) => {
    const next = observed.keys[index + 1] ?? Infinity;
    const painted = observed.totals.find((time) => time >= pressed && time < next + 1000);
    if (painted !== undefined) latencies.push(painted - pressed);
  });
  return latencies;
}

function totalFigures(observed: Observed): Figure[] {
  const latencies = totalLatencies(observed);
  const label = `Keystroke to updated running total, 300 lines (${CPU_SLOWDOWN}× CPU slowdown)`;
  if (latencies.length < observed.keys.length) {
    throw new Error(
      `the running total changed after ${latencies.length} of ${observed.keys.length} keystrokes`,
    );
  }
  const { median, p95 } = percentiles(latencies);
  return [
    { id: 'keystroke-total-median', label: `${label}, median`, unit: 'ms', value: tidy(median) },
    { id: 'keystroke-total-p95', label: `${label}, p95`, unit: 'ms', value: tidy(p95) },
  ];
}

export async function measureKeystrokes(page: Page, budgetUrl: string): Promise<Figure[]> {
  await page.goto(`${budgetUrl}/domains/personal-care/lines/morning`);
  await page.getByLabel(MINUTES).waitFor();
  await page.evaluate(OBSERVE_SCRIPT);
  await throttle(page);
  await page.getByLabel(MINUTES).focus();
  const app = await type(page);
  // A plain input on the same page, outside React: the browser's own cost of a keystroke.
  await focusPlainInput(page, 'top');
  const plain = await type(page);
  await focusPlainInput(page, 'beside-form');
  const inRoot = await type(page);
  await throttle(page, 1);
  const slow = `${CPU_SLOWDOWN}× CPU slowdown, ${KEYSTROKES} keys`;
  const appP95 = countedP95(app);
  const plainP95 = countedP95(plain);
  const totalP95 = percentiles(totalLatencies(app)).p95;
  return [
    ...eventFigures(
      'keystroke-event',
      `Keystroke in a 300-line budget, Event Timing (${slow})`,
      app,
    ),
    ...totalFigures(app),
    ...eventFigures(
      'keystroke-plain',
      `Keystroke in a plain text input, same page, Event Timing (${slow})`,
      plain,
    ),
    ...eventFigures(
      'keystroke-in-root',
      `Keystroke in a plain text input beside the form, inside React's root, no handler (${slow})`,
      inRoot,
    ),
    {
      id: 'keystroke-in-root-p95-ratio',
      label: "Keystroke p95: the plain input inside React's root against the one at the page's top",
      unit: '×',
      value: tidy(countedP95(inRoot) / plainP95),
    },
    {
      id: 'keystroke-p95-ratio',
      label: 'Keystroke p95, Event Timing: the app against the plain input',
      unit: '×',
      value: tidy(appP95 / plainP95),
      goal: atMost(1.25),
    },
    {
      id: 'keystroke-total-after-key-p95',
      label: 'Updated running total p95 less the keystroke p95 (one frame is 16.7 ms)',
      unit: 'ms',
      value: tidy(totalP95 - appP95),
      goal: atMost(Number(FRAME_MS.toFixed(1))),
    },
  ];
}
