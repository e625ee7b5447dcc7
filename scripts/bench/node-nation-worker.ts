/**
 * One thread of the nation's caseload in Node (node-nation.ts): it makes the whole seeded
 * stream, as the budgets' order and content depend on every budget before them, prices
 * only its own share (every `threads`-th budget, from `share`), and sums its entries into
 * a summary part, which it sends back with its timings. Only the pricing and the part
 * are timed, never the making of budgets.
 *
 * The entries are summed a block at a time and let go: the summary keeps of each budget
 * only what it ranks (summary-parts.ts), and parts merge exactly in any order, so the
 * summary is the one of all the entries at once, with a block's entries held at most.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import type { CaseloadEntry } from '../../src/domain/caseload/entry';
import {
  caseloadPartOf,
  mergeCaseloadParts,
  type CaseloadPart,
} from '../../src/domain/caseload/summary-parts';
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
  /** This thread's heap after the part (its last block's entries at most still held). */
  readonly heap: number;
}

const { card, count, seed, lines, share, threads } = workerData as NationShare;
const asOf = card.validFrom;
/**
 * Entries summed into a part at a time. Small, so an entry is summed and let go before
 * the young generation's collector runs: a block of 5,000 lived through several
 * collections, was copied by each and then promoted, so pricing took about a tenth
 * longer and summing half as long again (docs/performance.md, twelfth round).
 */
const BLOCK = 250;
let entries: CaseloadEntry[] = [];
const parts: CaseloadPart[] = [];
let pricing = 0;
let summing = 0;
let priced = 0;
const sumBlock = () => {
  const start = performance.now();
  parts.push(caseloadPartOf(entries, card, asOf));
  summing += performance.now() - start;
  entries = [];
};
let index = 0;
for (const budget of budgetStream({ count, seed, rateCard: card, linesPerBudget: lines })) {
  index++;
  if ((index - 1) % threads !== share) continue;
  const start = performance.now();
  const entry = priceCaseloadBudget(budget, card, `${index}.json`, { asOf });
  pricing += performance.now() - start;
  if (!entry.ok) throw new Error(`generated budget ${index} did not price`);
  entries.push(entry.value);
  priced++;
  if (entries.length === BLOCK) sumBlock();
}
if (entries.length > 0 || parts.length === 0) sumBlock();
const start = performance.now();
const part = mergeCaseloadParts(parts, card);
summing += performance.now() - start;
const done: NationShareDone = {
  part,
  priced,
  pricing,
  summing,
  heap: process.memoryUsage().heapUsed,
};
parentPort?.postMessage(done);
