/**
 * A nation's caseload in Node (issue 23, goal 4): 200,000 generated budgets of 20 lines,
 * made one at a time from the generator's seed, each priced as at one day into its
 * caseload entry (the per-budget figures the page and the command keep), then the
 * caseload's summary. Never the budgets are kept, and the entries only until their block
 * is summed (node-nation-worker.ts): the summary's parts keep what it ranks.
 *
 * The work is shared between worker threads, one a core, as the page shares it between
 * its workers: each prices every n-th budget and sums its entries into a summary part,
 * and the parts are merged into the summary (exact and in any order: summary-parts.ts).
 * Timed: the pricing (the slowest thread's), the summary (the slowest thread's part and
 * the merge), not the making of budgets; also the run's wall clock, making included.
 * Memory: the process's peak resident set (every thread) and the threads' heaps.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { summariseParts } from '../../src/domain/caseload/summary';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { SEED } from './caseload-generator';
import { tidy, under, type Figure } from './figure';
import type { NationShare, NationShareDone } from './node-nation-worker';

export const NATION = 200_000;
export const NATION_LINES = 20;
const LABEL = `A nation's caseload in Node: ${NATION.toLocaleString('en-GB')} generated budgets of ${NATION_LINES} lines (seed ${SEED}) priced and summarised`;

/**
 * A thread's code: TypeScript, so the thread first registers tsx's loader (a worker of
 * Node 20 does not take the loader the bench was started with), then loads it.
 */
const TSX = import.meta.resolve('tsx/esm/api');
const SHARE = new URL('./node-nation-worker.ts', import.meta.url).href;
const THREAD = `import(${JSON.stringify(TSX)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(SHARE)}); });`;

function priceShare(share: NationShare): Promise<NationShareDone> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(THREAD, { eval: true, workerData: share });
    worker.once('message', (done: NationShareDone) => {
      resolve(done);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0 && code !== 1) reject(new Error(`a nation thread stopped with ${code}`));
    });
  });
}

export async function measureNodeNation(
  card: RateCard,
  count = NATION,
  threads = availableParallelism(),
): Promise<Figure[]> {
  const started = performance.now();
  const done = await Promise.all(
    Array.from({ length: threads }, (_, share) =>
      priceShare({ card, count, seed: SEED, lines: NATION_LINES, share, threads }),
    ),
  );
  if (done.reduce((sum, one) => sum + one.priced, 0) !== count)
    throw new Error('the threads did not price every budget');
  const start = performance.now();
  summariseParts(
    done.map((one) => one.part),
    card,
    card.validFrom,
  );
  const merge = performance.now() - start;
  const wall = performance.now() - started;
  const pricing = Math.max(...done.map((one) => one.pricing));
  const summary = Math.max(...done.map((one) => one.summing)) + merge;
  const heap = done.reduce((sum, one) => sum + one.heap, process.memoryUsage().heapUsed);
  // maxRSS is in kilobytes.
  const peak = process.resourceUsage().maxRSS * 1024;
  return [
    {
      id: 'nation-node-s',
      label: `${LABEL}, total (${threads} threads)`,
      unit: 's',
      value: tidy((pricing + summary) / 1000),
      goal: under(10),
    },
    {
      id: 'nation-node-price-s',
      label: `${LABEL}: pricing (the slowest thread)`,
      unit: 's',
      value: tidy(pricing / 1000),
    },
    {
      id: 'nation-node-summary-s',
      label: `${LABEL}: the summary (the slowest thread's part and the merge)`,
      unit: 's',
      value: tidy(summary / 1000),
    },
    {
      id: 'nation-node-wall-s',
      label: `${LABEL}: the run's wall clock, every thread making the whole stream`,
      unit: 's',
      value: tidy(wall / 1000),
    },
    {
      id: 'nation-node-heap-mb',
      label: `${LABEL}: heaps after the summary (every thread's, entries summed a block at a time)`,
      unit: 'MB',
      value: Math.round(heap / 1e6),
    },
    {
      id: 'nation-node-rss-mb',
      label: `${LABEL}: peak memory (resident, every thread)`,
      unit: 'MB',
      value: Math.round(peak / 1e6),
      goal: under(1500),
    },
  ];
}
