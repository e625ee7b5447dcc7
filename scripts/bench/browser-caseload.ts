/**
 * 10,000 generated budgets in Web Workers in Chromium at full speed (a commissioner's
 * office computer, not the old laptop of a home visit), on a blank page built with the
 * Vite API (worker-page.ts). Two figures: plain pricing in one worker; and the quarter's
 * report as the caseload page makes it: its own worker (the app's CaseloadEngine, reading
 * its share of the budgets as files, not timed) in as many workers as the page would start
 * on this machine, each pricing its budgets as at a day and summing its part of the
 * summary; the parts merged in the first worker, the PHB return counted on the page, and the benchmark
 * file built in the first worker from every entry, as the store does.
 */
import type { Browser } from 'playwright-core';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { CASELOAD, GENERATOR_PATH, NOT_YET, SEED } from './caseload-generator';
import { tidy, unavailable, under, type Figure } from './figure';
import { onWorkerPage, source } from './worker-page';

const LABEL = `Price ${CASELOAD.toLocaleString('en-GB')} generated budgets in a browser worker`;
const quarterLabel = (workers: number, page: boolean) =>
  `Quarter's report of ${CASELOAD.toLocaleString('en-GB')} generated budgets as the page makes it, in ${workers} worker${workers === 1 ? '' : 's'}${page ? ' (the page’s own count here)' : ''}: priced as at a day in parts, parts merged, PHB return, benchmark file`;

/** Written at run time, so the type-check never meets an import of a file not yet here. */
const workerSource = () => `
import { generateBudgets } from ${source(GENERATOR_PATH)};
import { priceOnCard } from ${source('src/domain/pricing/price-budget.ts')};
import { CaseloadEngine } from ${source('src/workers/caseload/caseload-jobs.ts')};
const engine = new CaseloadEngine();
self.onmessage = async (event) => {
  const request = event.data;
  if (request.kind === 'bench-price') {
    const { count, seed, rateCard } = request;
    const budgets = generateBudgets({ count, seed, rateCard });
    const start = performance.now();
    let priced = 0;
    for (const budget of budgets) if (priceOnCard(budget, rateCard).ok) priced++;
    self.postMessage({ kind: 'priced', seconds: (performance.now() - start) / 1000, priced });
    return;
  }
  if (request.kind === 'bench-files') {
    // This worker's share of the caseload, as the files' bytes the page would hand it (not timed).
    const { count, seed, rateCard, part, parts } = request;
    const encoder = new TextEncoder();
    const files = generateBudgets({ count, seed, rateCard })
      .map((budget, index) => ({
        name: index + '.json',
        read: { ok: true, value: encoder.encode(JSON.stringify(budget)) },
      }))
      .filter((_, index) => index % parts === part);
    const plans = [];
    for await (const chunk of engine.run({ kind: 'read', job: 0, files, last: true }))
      plans.push(...chunk.plans);
    self.postMessage({ kind: 'ready', plans });
    return;
  }
  // From here on, the caseload worker's own loop (src/workers/caseload/caseload-worker.ts).
  for await (const chunk of engine.run(request)) self.postMessage({ kind: 'chunk', chunk });
  self.postMessage({ kind: 'end', job: request.job });
};
`;

/** The page's side, as the caseload store does it: parts merged in the first worker, the return on the page. */
const pageSource = () => `
import { phbReturn } from ${source('src/domain/caseload/phb-return.ts')};
import { quarterHolding } from ${source('src/domain/caseload/quarter.ts')};
const message = (worker, kind) =>
  new Promise((resolve) => {
    const listener = (event) => {
      if (event.data.kind !== kind) return;
      worker.removeEventListener('message', listener);
      resolve(event.data);
    };
    worker.addEventListener('message', listener);
  });
window.pricePlain = async ({ count, seed, rateCard }) => {
  const worker = new Worker('./worker.js', { type: 'module' });
  worker.postMessage({ kind: 'bench-price', count, seed, rateCard });
  const outcome = await message(worker, 'priced');
  worker.terminate();
  return outcome;
};
window.quarterReport = async ({ count, seed, rateCard, workers }) => {
  const engines = Array.from({ length: workers }, () => new Worker('./worker.js', { type: 'module' }));
  const ready = await Promise.all(
    engines.map((worker, part) => {
      worker.postMessage({ kind: 'bench-files', count, seed, rateCard, part, parts: workers });
      return message(worker, 'ready');
    }),
  );
  const plans = ready.flatMap((one) => one.plans);
  const asOf = rateCard.validFrom;
  const start = performance.now();
  // Each engine's chunks go to its own handler, as the store's do.
  const handlers = engines.map(() => () => undefined);
  engines.forEach((worker, index) => {
    worker.onmessage = (event) => handlers[index](event.data);
  });
  const whenOne = (index, kind, ask) =>
    new Promise((resolve) => {
      handlers[index] = (data) => {
        if (data.kind === 'chunk' && data.chunk.kind === kind) resolve(data.chunk);
      };
      engines[index].postMessage(ask);
    });
  const whenEach = (kind, ask) =>
    Promise.all(engines.map((_, index) => whenOne(index, kind, ask)));
  // Priced as at a day in parts (each engine's part of the summary, as JSON text).
  const parts = (
    await whenEach('part', { kind: 'price', job: 1, card: rateCard, asOf, nextCard: null })
  ).map((chunk) => chunk.part);
  // The parts merged in the first worker, as the store does, and the PHB return on the page.
  const { summary } = await whenOne(0, 'summary', {
    kind: 'summary',
    job: 1,
    parts,
    card: rateCard,
    asOf,
  });
  phbReturn(plans, quarterHolding(asOf));
  const summarySeconds = (performance.now() - start) / 1000;
  // The benchmark file from every engine's part, built in the first worker.
  const benchmarkParts = (
    await whenEach('benchmark-part', { kind: 'benchmark-part', job: -2 })
  ).map((chunk) => chunk.part);
  const { built } = await whenOne(0, 'benchmark', {
    kind: 'benchmark',
    job: -1,
    parts: benchmarkParts,
    options: { area: 'Bench', asOf, rateCard: rateCard.id, population: null },
  });
  const seconds = (performance.now() - start) / 1000;
  for (const worker of engines) worker.terminate();
  return { seconds, summarySeconds, reported: summary.count, benchmark: built.ok };
};
`;

interface Priced {
  readonly seconds: number;
  readonly priced: number;
}

interface Quarter {
  readonly seconds: number;
  readonly summarySeconds: number;
  readonly reported: number;
  readonly benchmark: boolean;
}

export async function measureBrowserCaseload(
  browser: Browser,
  available: boolean,
  workspace: string,
  card: RateCard,
): Promise<Figure[]> {
  if (!available) {
    const reason = NOT_YET;
    return [
      unavailable('caseload-browser-s', `${LABEL}, total`, 's', under(5), reason),
      unavailable('caseload-quarter-browser-s', quarterLabel(1, true), 's', under(5), reason),
    ];
  }
  const sources = { page: pageSource(), worker: workerSource() };
  return onWorkerPage(browser, workspace, 'caseload', sources, 'quarterReport', async (page) => {
    // The caseload page's own count: a worker a core, at most 8 (src/workers/caseload/run-job.ts).
    const own = await page.evaluate(() =>
      Math.min(8, Math.max(1, navigator.hardwareConcurrency || 1)),
    );
    const args = { count: CASELOAD, seed: SEED, rateCard: card };
    const priced = await page.evaluate(
      (given) =>
        (window as unknown as { pricePlain(a: typeof given): Promise<Priced> }).pricePlain(given),
      args,
    );
    if (priced.priced !== CASELOAD)
      throw new Error(`the worker priced ${priced.priced} of ${CASELOAD} budgets`);
    const figures: Figure[] = [
      {
        id: 'caseload-browser-s',
        label: `${LABEL}, total`,
        unit: 's',
        value: tidy(priced.seconds),
        goal: under(5),
      },
    ];
    // The page's own count, and two workers as well where the page would use one.
    for (const workers of own === 1 ? [1, 2] : [own]) {
      const quarter = await page.evaluate(
        (given) =>
          (window as unknown as { quarterReport(a: typeof given): Promise<Quarter> }).quarterReport(
            given,
          ),
        { ...args, workers },
      );
      if (quarter.reported !== CASELOAD || !quarter.benchmark)
        throw new Error(`the quarter's report priced ${quarter.reported} of ${CASELOAD} budgets`);
      const suffix = workers === own ? '' : `-${workers}-workers`;
      figures.push(
        {
          id: `caseload-quarter-browser-s${suffix}`,
          label: quarterLabel(workers, workers === own),
          unit: 's',
          value: tidy(quarter.seconds),
          goal: under(5),
        },
        {
          id: `caseload-quarter-summary-browser-s${suffix}`,
          label: `The same, to the merged summary and the PHB return (before the benchmark file)`,
          unit: 's',
          value: tidy(quarter.summarySeconds),
        },
      );
    }
    return figures;
  });
}
