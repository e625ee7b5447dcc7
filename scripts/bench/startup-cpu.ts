/**
 * The processor time the page's main thread spends before the first page is ready, for
 * builds side by side: `npx tsx scripts/bench/startup-cpu.ts <visits> <built dir>...`
 * serves each build and visits them in turn (a fresh profile each time, at the bench's 4×
 * slowdown, with its readiness test), tracing each visit. It adds up the thread time
 * (`tdur`, time on the processor) of the main thread's tasks from navigation to the
 * bench's readiness test, and prints each build's median beside the wall-clock time.
 *
 * On this shared machine the wall-clock figure moves with everyone else's work; the thread
 * time moves much less, as time the thread waited for a core is not in it. It is what the
 * start-up rounds compare when the load average is too high for `npm run bench`. The time
 * of the renderer's other threads (compiling scripts as they stream in, among others) is
 * printed too: it is off the critical path only while a core is free for it.
 */
import { freshPage, launchChromium, throttle } from './browser';
import { serve } from './builds';
import { percentiles, tidy } from './figure';
import { READY_SCRIPT } from './startup-time';
import { startTracing } from './trace';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly tdur?: number;
  readonly tid: number;
  readonly pid: number;
  readonly args?: { readonly name?: string; readonly data?: { documentLoaderURL?: string } };
}

interface Visit {
  readonly ready: number;
  readonly main: number;
  readonly other: number;
}

const [visitsArgument, ...dirs] = process.argv.slice(2);
const visits = Number(visitsArgument);
if (!(visits > 0) || dirs.length === 0)
  throw new Error('usage: startup-cpu.ts <visits> <built dir>...');

/** Tasks as the trace names them at the top of a thread's stack. */
const TASK = /^(ThreadControllerImpl::RunTask|RunTask)$/;

async function visit(url: string): Promise<Visit | undefined> {
  const browser = await launchChromium();
  try {
    const { context, page } = await freshPage(browser);
    await page.addInitScript({ content: READY_SCRIPT });
    await throttle(page);
    // navigationStart is a blink.user_timing event.
    const tracing = await startTracing<TraceEvent>(
      context,
      page,
      '__metadata,toplevel,devtools.timeline,v8,blink.user_timing,loading',
    );
    await page.goto(url, { waitUntil: 'commit' });
    const ready = await page.evaluate(
      () => (window as unknown as { __benchReady: Promise<number> }).__benchReady,
    );
    const events = await tracing.stop();
    // The page's renderer is the process that evaluated its module script.
    const pid = events.find((event) => event.name === 'v8.evaluateModule')?.pid;
    const tid = events.find(
      (event) =>
        event.pid === pid && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
    )?.tid;
    const navigationStart = events
      .filter(
        (event) =>
          event.pid === pid &&
          event.name === 'navigationStart' &&
          (event.args?.data?.documentLoaderURL ?? '').startsWith('http'),
      )
      .at(-1)?.ts;
    if (pid === undefined || tid === undefined || navigationStart === undefined) return undefined;
    const readyAt = navigationStart + ready * 1000;
    let main = 0;
    let other = 0;
    for (const event of events) {
      if (event.pid !== pid || event.ph !== 'X' || !TASK.test(event.name)) continue;
      if (event.ts < navigationStart || event.ts >= readyAt) continue;
      const ms = (event.tdur ?? 0) / 1000;
      if (event.tid === tid) main += ms;
      else other += ms;
    }
    return { ready, main, other };
  } finally {
    await browser.close();
  }
}

const builds = await Promise.all(
  dirs.map(async (dir) => ({ dir, served: await serve(dir), visits: [] as Visit[] })),
);
try {
  // One untimed visit of each first: the preview servers' own first requests are slower.
  for (const build of builds) await visit(build.served.url);
  for (let run = 0; run < visits; run++)
    for (const build of builds) {
      const figures = await visit(build.served.url);
      if (figures === undefined) console.error(`${build.dir}: a visit left no usable trace`);
      else build.visits.push(figures);
    }
  for (const { dir, visits: done } of builds) {
    const median = (pick: (visit: Visit) => number) => tidy(percentiles(done.map(pick)).median);
    console.log(
      `${dir}: main thread ${median((v) => v.main)} ms of processor time (visits ${done.map((v) => tidy(v.main)).join(', ')}), ` +
        `other threads ${median((v) => v.other)} ms, ready at ${median((v) => v.ready)} ms`,
    );
  }
} finally {
  await Promise.all(builds.map((build) => build.served.close()));
}
