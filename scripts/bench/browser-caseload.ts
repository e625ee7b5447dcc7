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

/** Written at run time, so the type-check never meets an import of a file not yet here. */
const workerSource = () => `
import { generateBudgets } from ${JSON.stringify(join(ROOT, GENERATOR_PATH))};
import { priceOnCard } from ${JSON.stringify(join(ROOT, 'src/domain/pricing/price-budget.ts'))};
self.onmessage = (event) => {
  const { count, seed, rateCard } = event.data;
  const budgets = generateBudgets({ count, seed, rateCard });
  const start = performance.now();
  let priced = 0;
  for (const budget of budgets) if (priceOnCard(budget, rateCard).ok) priced++;
  self.postMessage({ seconds: (performance.now() - start) / 1000, priced });
};
`;

export async function measureBrowserCaseload(browser: Browser, available: boolean, workspace: string, card: RateCard): Promise<Figure[]> {
  if (!available) {
    return [unavailable('caseload-browser-s', `${LABEL}, total`, 's', under(5), `not yet available: ${GENERATOR_PATH} is not in this tree`)];
  }
  const entry = join(workspace, 'caseload-worker.ts');
  const outDir = join(workspace, 'caseload');
  writeFileSync(entry, workerSource());
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', lib: { entry, formats: ['es'], fileName: 'worker' } },
  });
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>Caseload</title><main><h1>Caseload</h1></main>\n');
  const server = await serve(outDir);
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(server.url);
    const outcome = await page.evaluate(
      ({ count, seed, rateCard }) =>
        new Promise<{ seconds: number; priced: number }>((resolve, reject) => {
          const worker = new Worker('./worker.js', { type: 'module' });
          worker.onmessage = (event: MessageEvent<{ seconds: number; priced: number }>) => resolve(event.data);
          worker.onerror = (event) => reject(new Error(event.message));
          worker.postMessage({ count, seed, rateCard });
        }),
      { count: CASELOAD, seed: SEED, rateCard: card },
    );
    if (outcome.priced !== CASELOAD) throw new Error(`the worker priced ${outcome.priced} of ${CASELOAD} budgets`);
    return [{ id: 'caseload-browser-s', label: `${LABEL}, total`, unit: 's', value: tidy(outcome.seconds), goal: under(5) }];
  } finally {
    await context.close();
    await server.close();
  }
}
