/**
 * Which of the caseload page's main-thread tasks run over 100 ms, and what each is made
 * of: the app built without minifying (names kept), a folder of generated budgets
 * (nation-folder.ts) chosen on the caseload page as the nation bench chooses it, a trace
 * of the page's top-level tasks and a CPU profile of its thread (the same clock) from the
 * choice to the table on screen. Each task over the limit is printed with when it began,
 * how long it ran and the functions that took the most of it, by their whole time and by
 * their own. `npx tsx scripts/bench/caseload-long-tasks.ts [count] [slowdown] [limit ms]
 * [folder|zip]` (slowdown 1 is full speed, as the nation bench runs; 4 as the other page
 * benches; `zip` chooses one zip of the folder, as `--nation-as zip` does).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { ROOT } from './budget-300';
import { frameName, stacks, type Profile } from './cpu-profile';
import { freshPage, launchChromium, throttle } from './browser';
import { buildUnminified, serve } from './builds';
import { SEED } from './caseload-generator';
import { nationFolder, nationZip } from './nation-folder';
import { NATION_LINES } from './node-nation';
import { startTracing, type TraceEvent } from './trace';

const count = Number(process.argv[2] ?? 20000);
const slowdown = Number(process.argv[3] ?? 1);
const limit = Number(process.argv[4] ?? 100);
const as = process.argv[5] ?? 'folder';
if (as !== 'folder' && as !== 'zip') throw new Error(`choose as folder or zip; not ${as}`);
const SHOWN = 12;

/** A top-level task; `tdur` is the thread's own CPU time in it (the wall time less waiting on other processes). */
type Task = TraceEvent & { readonly tdur?: number };

const card = JSON.parse(
  readFileSync(join(ROOT, 'rate-cards/england-2025-26.json'), 'utf8'),
) as RateCard;
const { folder } = (as === 'zip' ? nationZip : nationFolder)(count, SEED, NATION_LINES, card);
const { appDir, remove } = await buildUnminified('caseload-long-tasks');
const browser = await launchChromium();
const app = await serve(appDir);
try {
  const { context, page } = await freshPage(browser);
  await page.goto(new URL('#/caseload', app.url).toString());
  await page.locator('#caseload-folder').waitFor({ state: 'attached' });
  if (slowdown !== 1) await throttle(page, slowdown);
  const tracing = await startTracing<Task>(context, page, 'toplevel');
  const profiler = tracing.session;
  await profiler.send('Profiler.enable');
  await profiler.send('Profiler.setSamplingInterval', { interval: 200 });
  await profiler.send('Profiler.start');
  const started = Date.now();
  await page.setInputFiles(as === 'zip' ? '#caseload-files' : '#caseload-folder', folder, {
    timeout: 0,
  });
  await page.waitForFunction(
    () => document.querySelector('.app-caseload-table-scroll tbody tr[aria-rowindex]') !== null,
    undefined,
    { polling: 50, timeout: 3_600_000 },
  );
  console.log(`table on screen ${((Date.now() - started) / 1000).toFixed(1)} s after choosing`);
  await page.waitForTimeout(1000);
  const { profile } = (await profiler.send('Profiler.stop')) as unknown as {
    profile: Profile & { startTime: number };
  };
  const events = await tracing.stop();
  summarise(events, profile);
} finally {
  await app.close();
  await browser.close();
  remove();
}

function summarise(events: Task[], profile: Profile & { startTime: number }): void {
  const main = events.find(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  if (main === undefined) throw new Error('no renderer main thread in the trace');
  const tasks = events
    .filter(
      (event) =>
        event.pid === main.pid &&
        event.tid === main.tid &&
        event.ph === 'X' &&
        (event.dur ?? 0) >= limit * 1000,
    )
    // Nested top-level events (a task inside a task) are counted once, as the outer.
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
    .filter((event, index, all) => {
      const before = all[index - 1];
      return before === undefined || event.ts >= before.ts + (before.dur ?? 0);
    });
  const stackOf = stacks(profile);
  const times: number[] = [];
  let now = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((now += delta));
  const first = events.reduce((least, event) => Math.min(least, event.ts), Infinity);
  console.log(
    `${tasks.length} tasks of ${limit} ms or more on the page's thread, ${tasks.filter((task) => (task.tdur ?? 0) >= limit * 1000).length} of them with that much of its CPU`,
  );
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const whole = new Map<string, number>();
    const own = new Map<string, number>();
    profile.samples.forEach((sampled, index) => {
      const at = times[index] as number;
      if (at < task.ts || at > end) return;
      const micros = profile.timeDeltas[index + 1] ?? 0;
      const stack = stackOf(sampled);
      const top = stack[0];
      if (top !== undefined) own.set(frameName(top), (own.get(frameName(top)) ?? 0) + micros);
      for (const frame of new Set(stack.map(frameName)))
        whole.set(frame, (whole.get(frame) ?? 0) + micros);
    });
    console.log(
      `\n== task at ${((task.ts - first) / 1e6).toFixed(2)} s: ${((task.dur ?? 0) / 1000).toFixed(0)} ms, ${((task.tdur ?? 0) / 1000).toFixed(0)} ms of the thread's CPU (${task.name})`,
    );
    const table = (title: string, spent: Map<string, number>) => {
      console.log(title);
      for (const [frame, micros] of [...spent].sort((a, b) => b[1] - a[1]).slice(0, SHOWN))
        console.log(`  ${(micros / 1000).toFixed(1).padStart(8)} ms  ${frame}`);
    };
    table(' whole time:', whole);
    table(' own time:', own);
  }
}
