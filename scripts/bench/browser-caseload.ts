/**
 * 10,000 generated budgets priced in a Web Worker in Chromium at full speed (a
 * commissioner's office computer, not the old laptop of a home visit). Built with the
 * Vite API from scripts/bench/caseload/ once the caseload generator is in the tree.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { freshPage } from './browser';
import { serve } from './builds';
import { CASELOAD } from './caseload-generator';
import { tidy, unavailable, under, type Figure } from './figure';
import type { CaseloadOutcome } from './caseload/protocol';

const LABEL = `Price ${CASELOAD.toLocaleString('en-GB')} generated budgets in a browser worker`;
const ROOT = join(import.meta.dirname, 'caseload');

export async function measureBrowserCaseload(browser: Browser, available: boolean, outDir: string): Promise<Figure[]> {
  const missing = (note: string) => [unavailable('caseload-browser-s', `${LABEL}, total`, 's', under(5), note)];
  if (!available) return missing('not yet available: src/generate/generate-budgets.ts is not in this tree');
  await build({ root: ROOT, configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true, target: 'es2022' }, worker: { format: 'es' } });
  const server = await serve(outDir, ROOT);
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(server.url);
    const outcome = await page.evaluate(
      () => (window as unknown as { __caseload: Promise<CaseloadOutcome> }).__caseload,
    );
    if ('unavailable' in outcome) return missing(outcome.unavailable);
    if (outcome.priced !== CASELOAD) throw new Error(`the worker priced ${outcome.priced} of ${CASELOAD} budgets`);
    return [{ id: 'caseload-browser-s', label: `${LABEL}, total`, unit: 's', value: tidy(outcome.seconds), goal: under(5) }];
  } finally {
    await context.close();
    await server.close();
  }
}
