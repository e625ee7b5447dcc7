/**
 * The bench's caseload page: generates 10,000 budgets (untimed), then times handing them
 * to a Web Worker that prices them all and answers. Until the caseload generator is in
 * this tree, the page says so instead.
 */
import { shippedRateCards } from '../../../src/io/shipped';
import type { GenerateBudgets } from '../caseload-generator';
import type { CaseloadOutcome, CaseloadReply } from './protocol';

const CASELOAD = 10_000;
const SEED = 9;
const CARD = 'england-2025-26';

// A glob, not an import: it finds nothing, rather than failing the build, before the merge.
const generators = import.meta.glob<GenerateBudgets>('../../../src/generate/generate-budgets.ts', {
  import: 'generateBudgets',
});

async function run(): Promise<CaseloadOutcome> {
  const load = Object.values(generators)[0];
  const card = shippedRateCards.items.find((item) => item.id === CARD);
  if (load === undefined || card === undefined) return { unavailable: 'src/generate/generate-budgets.ts is not in this tree' };
  const generate = await load();
  const budgets = generate({ count: CASELOAD, seed: SEED, rateCard: card });
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const start = performance.now();
  const reply = await new Promise<CaseloadReply>((resolve) => {
    worker.onmessage = (event: MessageEvent<CaseloadReply>) => resolve(event.data);
    worker.postMessage({ budgets, rateCard: CARD });
  });
  const seconds = (performance.now() - start) / 1000;
  worker.terminate();
  return { seconds, priced: reply.priced };
}

(window as unknown as { __caseload: Promise<CaseloadOutcome> }).__caseload = run();
