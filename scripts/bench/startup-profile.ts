/**
 * Where a first visit's time goes before the start page is ready, at the bench's 4× CPU
 * slowdown: `npx tsx scripts/bench/startup-profile.ts <built dir> [visits]` serves a build
 * (`npx vite build --outDir <dir>`) and traces that many first visits with Chrome's
 * timeline. For each it prints, in ms after navigation began, when each script and the
 * rate cards arrived, the main thread's work by kind (compiling, running scripts, style and
 * layout) and when the bench's readiness test (a heading in <main>) was met; then the
 * medians, with any `performance.mark` the page made (add some to see a step's time).
 * `STARTUP_PROFILE_EVENTS=1` lists each main-thread slice over 3 ms as it happened, and
 * `STARTUP_PROFILE_CPU=1` adds a CPU profile's heaviest functions (positions in the
 * start-up script: read them back with its source map). The bench (startup-time.ts) gives
 * the figure; this says what it is made of.
 */
import { CPU_SLOWDOWN, freshPage, launchChromium, throttle } from './browser';
import { serve } from './builds';
import { percentiles, tidy } from './figure';
import { READY_SCRIPT } from './startup-time';
import { startTracing, type TraceEvent as TraceEventOf } from './trace';

const [dir, visitsArgument] = process.argv.slice(2);
if (dir === undefined) throw new Error('usage: startup-profile.ts <built dir> [visits]');
const visits = Number(visitsArgument ?? 5);

type TraceEvent = TraceEventOf<{ url?: string; frame?: string }>;

/** Main-thread event names, grouped as DevTools' summary groups them. */
const KINDS: Record<string, string> = {
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'V8.CompileCode': 'compile',
  'v8.produceModuleCache': 'compile',
  EvaluateScript: 'script',
  'v8.evaluateModule': 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  ParseHTML: 'parse HTML',
  ParseAuthorStyleSheet: 'parse CSS',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  Paint: 'paint',
  PrePaint: 'paint',
  Layerize: 'paint',
};

interface CpuProfile {
  readonly nodes: readonly {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** The functions that took the most time themselves, and the time by script. */
function printSelfTimes(profile: CpuProfile): void {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const self = new Map<string, number>();
  const byUrl = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = byNode.get(id);
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    if (frame === undefined) return;
    const file = frame.url.replace(/^.*\//, '');
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}:${frame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    byUrl.set(file || frame.functionName, (byUrl.get(file || frame.functionName) ?? 0) + ms);
  });
  const top = (map: Map<string, number>, count: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
  for (const [name, ms] of top(byUrl, 12)) console.log(`    by script ${tidy(ms)} ms ${name}`);
  for (const [name, ms] of top(self, 40)) console.log(`    self ${tidy(ms)} ms ${name}`);
}

async function visit(url: string): Promise<Record<string, number>> {
  const browser = await launchChromium();
  try {
    const { context, page } = await freshPage(browser);
    await page.addInitScript({ content: READY_SCRIPT });
    await throttle(page);
    const tracing = await startTracing<TraceEvent>(
      context,
      page,
      'devtools.timeline,v8,v8.execute,blink.user_timing,loading',
    );
    const { session } = tracing;
    const profiling = process.env['STARTUP_PROFILE_CPU'] !== undefined;
    if (profiling) {
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 200 });
      await session.send('Profiler.start');
    }
    await page.goto(url, { waitUntil: 'commit' });
    const ready = await page.evaluate(
      () => (window as unknown as { __benchReady: Promise<number> }).__benchReady,
    );
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => ({
        name: entry.name,
        end: (entry as PerformanceResourceTiming).responseEnd,
      })),
    );
    const markList = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .map((mark) => ({ name: mark.name, startTime: mark.startTime })),
    );
    if (profiling) {
      const { profile } = (await session.send('Profiler.stop')) as unknown as {
        profile: CpuProfile;
      };
      printSelfTimes(profile);
    }
    const events = await tracing.stop();
    await context.close();

    // The renderer's main thread is the one running EvaluateScript for the page's scripts.
    const evaluate = events.find(
      (event) => event.name === 'EvaluateScript' || event.name === 'v8.evaluateModule',
    );
    const figures: Record<string, number> = { ready };
    // Trace times are µs on the trace's own clock: the page's navigationStart is its zero.
    const navigationStart = events
      .filter((event) => event.name === 'navigationStart' && event.pid === evaluate?.pid)
      .at(-1)?.ts;
    if (evaluate === undefined || navigationStart === undefined) return figures;
    const onMain = events.filter(
      (event) => event.pid === evaluate.pid && event.tid === evaluate.tid && event.ph === 'X',
    );
    // Only top-level slices: an event inside another of the list is not counted twice.
    let until = 0;
    for (const event of onMain.sort((a, b) => a.ts - b.ts)) {
      const kind = KINDS[event.name];
      const end = event.ts + (event.dur ?? 0);
      if (kind === undefined || event.ts < until) continue;
      const at = (event.ts - navigationStart) / 1000;
      if (at > ready) continue;
      until = end;
      if (process.env['STARTUP_PROFILE_EVENTS'] !== undefined && (event.dur ?? 0) > 3000)
        console.log(
          `    ${tidy(at)} ms ${event.name} ${tidy((event.dur ?? 0) / 1000)} ms ${event.args?.data?.url ?? ''}`,
        );
      figures[kind] = (figures[kind] ?? 0) + (event.dur ?? 0) / 1000;
    }
    const marks = await Promise.resolve(markList);
    for (const mark of marks)
      if (figures[mark.name] === undefined) figures[mark.name] = mark.startTime;
    for (const resource of resources) {
      const file = resource.name.replace(/^.*\//, '').replace(/-[\w-]{8}\./, '.');
      figures[`arrived ${file}`] = resource.end;
    }
    return figures;
  } finally {
    await browser.close();
  }
}

const served = await serve(dir);
try {
  await visit(served.url); // the preview server's own first requests are slower
  const all: Record<string, number>[] = [];
  for (let run = 0; run < visits; run++) {
    const figures = await visit(served.url);
    all.push(figures);
    console.log(
      JSON.stringify(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, tidy(v)]))),
    );
  }
  const names = [...new Set(all.flatMap((figures) => Object.keys(figures)))].sort();
  console.log(`medians of ${visits} first visits at ${CPU_SLOWDOWN}×:`);
  for (const name of names) {
    const values = all.map((figures) => figures[name]).filter((value) => value !== undefined);
    console.log(`  ${name}: ${tidy(percentiles(values).median)} ms`);
  }
} finally {
  await served.close();
}
