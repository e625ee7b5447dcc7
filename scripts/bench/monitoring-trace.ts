/**
 * Where the threads' time goes while the monitoring page takes the bench's budgets with
 * ledgers (browser-monitoring.ts) to its ranked view: the same page and workers, run once
 * under a Chrome trace, then each thread's busy time (its top-level tasks) in the reading
 * and in the monitoring, and a timeline of every thread in steps of half a second.
 *
 *   npx tsx scripts/bench/monitoring-trace.ts [count] [workers]
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshPage, launchChromium } from './browser';
import { profileWhile } from './cpu-profile';
import { cpuBetween, descendantThreadCpu } from './process-cpu';
import { AS_OF, pageSource, WEEKS, workerSource } from './browser-monitoring';
import { SEED } from './caseload-generator';
import { englandCard } from './node-monitoring';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { generateLedger } from '../../src/generate/generate-ledger';
import { startTracing, type TraceEvent } from './trace';
import { serveWorkerPage } from './worker-page';

const count = Number(process.argv[2] ?? 10_000);
const workers = Number(process.argv[3] ?? 2);
/**
 * A third argument: "trace" for the trace, a file name for a CPU profile of the page's
 * thread; none for each thread's CPU time (from /proc) over the run, in runs of its own.
 */
const mode = process.argv[4];
const profileTo = mode === 'trace' || mode === undefined ? undefined : mode;
const STEP_US = 500_000;

interface Run {
  readonly seconds: number;
  readonly readSeconds: number;
  readonly monitorSeconds: number;
  readonly monitored: number;
}

/**
 * With FOLDER=1 the files are written to disk (once, then kept) and chosen through a file
 * input as a folder, as the page's users give them, rather than made on the page as Blobs.
 */
function folderOnDisk(): string {
  const root = join(tmpdir(), `monitoring-folder-${count}`);
  const marker = join(root, 'complete');
  if (existsSync(marker)) return join(root, 'files');
  rmSync(root, { recursive: true, force: true });
  const card = englandCard();
  mkdirSync(join(root, 'files', 'people'), { recursive: true });
  mkdirSync(join(root, 'files', 'spending'), { recursive: true });
  generateBudgets({ count, seed: SEED, rateCard: card }).forEach((generated, index) => {
    const budget =
      generated.plan === undefined ? { ...generated, plan: { start: '2025-04-01' } } : generated;
    const { ledger } = generateLedger({ budget, card, seed: index, weeks: WEEKS });
    writeFileSync(join(root, 'files', 'people', `${index}.json`), JSON.stringify(budget));
    writeFileSync(join(root, 'files', 'spending', `${index}.json`), JSON.stringify(ledger));
  });
  writeFileSync(marker, '');
  return join(root, 'files');
}
const chosenInput = `
const input = document.createElement('input');
input.type = 'file';
input.id = 'chosen';
input.multiple = true;
input.webkitdirectory = true;
document.body.append(input);
window.useChosen = () => {
  files = [...input.files].map((file) => ({ name: file.webkitRelativePath, file }));
  return files.length;
};
`;
const folder = process.env['FOLDER'] === '1' ? folderOnDisk() : undefined;

const workspace = mkdtempSync(join(tmpdir(), 'monitoring-trace-'));
const browser = await launchChromium();
try {
  const server = await serveWorkerPage(workspace, 'monitoring', {
    page: pageSource() + chosenInput,
    worker: workerSource(),
  });
  const { context, page } = await freshPage(browser);
  await page.goto(server.url);
  await page.waitForFunction(() => 'monitorFiles' in window);
  if (folder === undefined)
    await page.evaluate(
      (given) => (window as unknown as { makeFiles(a: typeof given): unknown }).makeFiles(given),
      { count, seed: SEED, rateCard: englandCard(), weeks: WEEKS },
    );
  else {
    await page.setInputFiles('#chosen', folder);
    const chosen = await page.evaluate(() =>
      (window as unknown as { useChosen(): number }).useChosen(),
    );
    console.log(`${chosen} files chosen from ${folder}`);
  }
  if (mode === undefined) {
    for (let one = 0; one < Number(process.env['RUNS'] ?? 3); one++) {
      const before = descendantThreadCpu();
      const run = await page.evaluate(
        (given) =>
          (window as unknown as { monitorFiles(a: typeof given): Promise<Run> }).monitorFiles(
            given,
          ),
        { workers, asOf: AS_OF },
      );
      const used = cpuBetween(before, descendantThreadCpu());
      const processes = used.filter(([key]) => key.endsWith('all threads'));
      const threads = used.filter(([key]) => !key.endsWith('all threads'));
      const total = processes.reduce((sum, [, seconds]) => sum + seconds, 0);
      const list = (some: [string, number][]) =>
        some.map(([key, seconds]) => `${key} ${seconds.toFixed(2)}`).join(', ');
      console.log(
        `${run.monitored} budgets: ${run.seconds.toFixed(2)} s (reading ${run.readSeconds.toFixed(2)} s, monitoring ${run.monitorSeconds.toFixed(2)} s); CPU ${total.toFixed(2)} s\n  processes: ${list(processes)}\n  threads still running: ${list(threads)}`,
      );
    }
    process.exit(0);
  }
  if (profileTo !== undefined) {
    const profile = await profileWhile(page, 200, async () => {
      const run = await page.evaluate(
        (given) =>
          (window as unknown as { monitorFiles(a: typeof given): Promise<Run> }).monitorFiles(
            given,
          ),
        { workers, asOf: AS_OF },
      );
      console.log(
        `${run.monitored} budgets: ${run.seconds.toFixed(2)} s (reading ${run.readSeconds.toFixed(2)} s)`,
      );
    });
    writeFileSync(profileTo, JSON.stringify(profile));
    process.exit(0);
  }
  const tracing = await startTracing<TraceEvent>(
    context,
    page,
    'toplevel,disabled-by-default-devtools.timeline,__metadata',
  );
  const run = await page.evaluate(
    (given) =>
      (window as unknown as { monitorFiles(a: typeof given): Promise<Run> }).monitorFiles(given),
    { workers, asOf: AS_OF },
  );
  const events = await tracing.stop();
  console.log(
    `${run.monitored} budgets: ${run.seconds.toFixed(2)} s (reading ${run.readSeconds.toFixed(2)} s, monitoring ${run.monitorSeconds.toFixed(2)} s)`,
  );
  const names = new Map<string, string>();
  for (const event of events)
    if (event.ph === 'M' && event.name === 'thread_name')
      names.set(`${event.pid}:${event.tid}`, String(event.args?.name));
  // A thread's top-level tasks: those not inside another task of the same thread.
  const candidates = events
    .filter(
      (event) =>
        event.ph === 'X' &&
        (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') &&
        event.dur !== undefined,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const reach = new Map<string, number>();
  const tasks = candidates.filter((task) => {
    const key = `${task.pid}:${task.tid}`;
    if (task.ts < (reach.get(key) ?? -Infinity)) return false;
    reach.set(key, task.ts + (task.dur ?? 0));
    return true;
  });
  const start = tasks.reduce((least, task) => Math.min(least, task.ts), Infinity);
  const end = tasks.reduce((most, task) => Math.max(most, task.ts + (task.dur ?? 0)), 0);
  const steps = Math.ceil((end - start) / STEP_US);
  const busy = new Map<string, number[]>();
  for (const task of tasks) {
    const key = `${task.pid}:${task.tid}`;
    let bins = busy.get(key);
    if (bins === undefined) busy.set(key, (bins = new Array<number>(steps).fill(0)));
    // Split each task over the steps it spans.
    let from = task.ts - start;
    const to = from + (task.dur ?? 0);
    while (from < to) {
      const bin = Math.floor(from / STEP_US);
      const edge = Math.min(to, (bin + 1) * STEP_US);
      bins[bin] = (bins[bin] ?? 0) + (edge - from);
      from = edge;
    }
  }
  const shown = [...busy].filter(([, bins]) => bins.reduce((a, b) => a + b, 0) > 100_000);
  for (const [key, bins] of shown) {
    const total = bins.reduce((a, b) => a + b, 0) / 1e6;
    console.log(
      `${(names.get(key) ?? key).padEnd(28)} ${total.toFixed(2).padStart(6)} s  ${bins.map((b) => String(Math.round((b / STEP_US) * 9))).join('')}`,
    );
  }
  console.log(
    `(each digit: half a second, 0 idle to 9 busy throughout; ${(steps / 2).toFixed(1)} s traced)`,
  );
  await context.close();
  await server.close();
} finally {
  await browser.close();
  rmSync(workspace, { recursive: true, force: true });
}
