/**
 * One thread of the nation's caseload in Node (node-nation.ts): it makes the whole seeded
 * stream, as the budgets' order and content depend on every budget before them, prices
 * only its own share (every `threads`-th budget, from `share`), keeps their entries and
 * sums them into a summary part, which it sends back with its timings. Only the pricing
 * and the part are timed, never the making of budgets.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import type { CaseloadEntry } from '../../src/domain/caseload/entry';
import { caseloadPartOf, type CaseloadPart } from '../../src/domain/caseload/summary-parts';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { budgetStream } from '../../src/generate/generate-budgets';

export interface NationShare {
  readonly card: RateCard;
  readonly count: number;
  readonly seed: number;
  readonly lines: number;
  readonly share: number;
  readonly threads: number;
}

export interface NationShareDone {
  readonly part: CaseloadPart;
  readonly priced: number;
  /** Milliseconds spent pricing this thread's budgets, and summing them into the part. */
  readonly pricing: number;
  readonly summing: number;
  /** This thread's heap with its entries still held, after the part. */
  readonly heap: number;
}

const { card, count, seed, lines, share, threads } = workerData as NationShare;
const asOf = card.validFrom;
const entries: CaseloadEntry[] = [];
let pricing = 0;
let index = 0;
for (const budget of budgetStream({ count, seed, rateCard: card, linesPerBudget: lines })) {
  index++;
  if ((index - 1) % threads !== share) continue;
  const start = performance.now();
  const priced = priceCaseloadBudget(budget, card, `${index}.json`, { asOf });
  pricing += performance.now() - start;
  if (!priced.ok) throw new Error(`generated budget ${index} did not price`);
  entries.push(priced.value);
}
const start = performance.now();
const part = caseloadPartOf(entries, card, asOf);
const summing = performance.now() - start;
const done: NationShareDone = {
  part,
  priced: entries.length,
  pricing,
  summing,
  heap: process.memoryUsage().heapUsed,
};
parentPort?.postMessage(done);
