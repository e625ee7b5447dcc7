/**
 * 10,000 generated budgets priced in a Web Worker in Chromium at full speed (a
 * commissioner's office computer, not the old laptop of a home visit). Once the caseload
 * generator is in the tree, the bench writes a worker that generates the caseload (not
 * timed) and then prices every budget with the app's own pricing (timed), builds it with
 * the Vite API and runs it from a blank page on a loopback server.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { ROOT } from './budget-300';
import { freshPage } from './browser';
import { serve } from './builds';
import { CASELOAD, GENERATOR_PATH, SEED } from './caseload-generator';
import { tidy, unavailable, under, type Figure } from './figure';

const LABEL = `Price ${CASELOAD.toLocaleString('en-GB')} generated budgets in a browser worker`;
const QUARTER_LABEL = `Quarter's report of ${CASELOAD.toLocaleString('en-GB')} generated budgets in a browser worker (priced as at a day, summary, PHB return, benchmark file)`;

/** Written at run time, so the type-check never meets an import of a file not yet here. */
const workerSource = () => `
import { generateBudgets } from ${JSON.stringify(join(ROOT, GENERATOR_PATH))};
import { priceOnCard } from ${JSON.stringify(join(ROOT, 'src/domain/pricing/price-budget.ts'))};
import { priceCaseloadBudget } from ${JSON.stringify(join(ROOT, 'src/domain/caseload/price.ts'))};
import { summariseCaseload } from ${JSON.stringify(join(ROOT, 'src/domain/caseload/summary.ts'))};
import { phbReturn, returnFieldsOf } from ${JSON.stringify(join(ROOT, 'src/domain/caseload/phb-return.ts'))};
import { quarterHolding } from ${JSON.stringify(join(ROOT, 'src/domain/caseload/quarter.ts'))};
import { benchmarkOf } from ${JSON.stringify(join(ROOT, 'src/domain/benchmark/benchmark.ts'))};
self.onmessage = (event) => {
  const { count, seed, rateCard } = event.data;
  const budgets = generateBudgets({ count, seed, rateCard });
  const start = performance.now();
  let priced = 0;
  for (const budget of budgets) if (priceOnCard(budget, rateCard).ok) priced++;
  const seconds = (performance.now() - start) / 1000;
  // The quarter's report: every budget priced as at one day, the summary (cost avoided and
  // the cost in the year in it), the PHB return for the quarter and the benchmark file.
  const asOf = rateCard.validFrom;
  const quarterStart = performance.now();
  const entries = [];
  budgets.forEach((budget, index) => {
    const entry = priceCaseloadBudget(budget, rateCard, index + '.json', { asOf });
    if (entry.ok) entries.push(entry.value);
  });
  summariseCaseload(entries, rateCard, asOf);
  phbReturn(budgets.map(returnFieldsOf), quarterHolding(asOf));
  benchmarkOf(entries, { area: 'Bench', asOf, rateCard: rateCard.id, population: null });
  const quarterSeconds = (performance.now() - quarterStart) / 1000;
  self.postMessage({ seconds, priced, quarterSeconds, reported: entries.length });
};
`;

interface Outcome {
  readonly seconds: number;
  readonly priced: number;
  readonly quarterSeconds: number;
  readonly reported: number;
}

export async function measureBrowserCaseload(
  browser: Browser,
  available: boolean,
  workspace: string,
  card: RateCard,
): Promise<Figure[]> {
  if (!available) {
    const reason = `not yet available: ${GENERATOR_PATH} is not in this tree`;
    return [
      unavailable('caseload-browser-s', `${LABEL}, total`, 's', under(5), reason),
      unavailable('caseload-quarter-browser-s', QUARTER_LABEL, 's', under(5), reason),
    ];
  }
  const entry = join(workspace, 'caseload-worker.ts');
  const outDir = join(workspace, 'caseload');
  writeFileSync(entry, workerSource());
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: 'worker' },
    },
  });
  writeFileSync(
    join(outDir, 'index.html'),
    '<!doctype html><title>Caseload</title><main><h1>Caseload</h1></main>\n',
  );
  const server = await serve(outDir);
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(server.url);
    const outcome = await page.evaluate(
      ({ count, seed, rateCard }) =>
        new Promise<Outcome>((resolve, reject) => {
          const worker = new Worker('./worker.js', { type: 'module' });
          worker.onmessage = (event: MessageEvent<Outcome>) => resolve(event.data);
          worker.onerror = (event) => reject(new Error(event.message));
          worker.postMessage({ count, seed, rateCard });
        }),
      { count: CASELOAD, seed: SEED, rateCard: card },
    );
    if (outcome.priced !== CASELOAD)
      throw new Error(`the worker priced ${outcome.priced} of ${CASELOAD} budgets`);
    if (outcome.reported !== CASELOAD)
      throw new Error(`the quarter's report priced ${outcome.reported} of ${CASELOAD} budgets`);
    return [
      {
        id: 'caseload-browser-s',
        label: `${LABEL}, total`,
        unit: 's',
        value: tidy(outcome.seconds),
        goal: under(5),
      },
      {
        id: 'caseload-quarter-browser-s',
        label: QUARTER_LABEL,
        unit: 's',
        value: tidy(outcome.quarterSeconds),
        goal: under(5),
      },
    ];
  } finally {
    await context.close();
    await server.close();
  }
}
