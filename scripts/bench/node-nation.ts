/**
 * A nation's caseload in Node (issue 23, goal 4): 200,000 generated budgets of 20 lines,
 * made one at a time from the generator's seed, each priced as at one day into its
 * caseload entry (the per-budget figures the page and the command keep), then the
 * caseload's summary. Only the entries are kept, never the budgets, as the page keeps
 * only what it shows. Timed: the pricing and the summary (not the generating); memory:
 * the process's peak resident set and the heap after the summary.
 */
import { performance } from 'node:perf_hooks';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { summariseCaseload } from '../../src/domain/caseload/summary';
import type { CaseloadEntry } from '../../src/domain/caseload/entry';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { budgetStream } from '../../src/generate/generate-budgets';
import { SEED } from './caseload-generator';
import { tidy, under, type Figure } from './figure';

export const NATION = 200_000;
export const NATION_LINES = 20;
const LABEL = `A nation's caseload in Node: ${NATION.toLocaleString('en-GB')} generated budgets of ${NATION_LINES} lines (seed ${SEED}) priced and summarised`;

export function measureNodeNation(card: RateCard, count = NATION): Figure[] {
  const asOf = card.validFrom;
  const entries: CaseloadEntry[] = [];
  let pricing = 0;
  let index = 0;
  for (const budget of budgetStream({
    count,
    seed: SEED,
    rateCard: card,
    linesPerBudget: NATION_LINES,
  })) {
    index++;
    const start = performance.now();
    const priced = priceCaseloadBudget(budget, card, `${index}.json`, { asOf });
    pricing += performance.now() - start;
    if (!priced.ok) throw new Error(`generated budget ${index} did not price`);
    entries.push(priced.value);
  }
  const start = performance.now();
  summariseCaseload(entries, card, asOf);
  const summary = performance.now() - start;
  const heap = process.memoryUsage().heapUsed;
  // maxRSS is in kilobytes.
  const peak = process.resourceUsage().maxRSS * 1024;
  return [
    {
      id: 'nation-node-s',
      label: `${LABEL}, total`,
      unit: 's',
      value: tidy((pricing + summary) / 1000),
      goal: under(10),
    },
    {
      id: 'nation-node-price-s',
      label: `${LABEL}: pricing`,
      unit: 's',
      value: tidy(pricing / 1000),
    },
    {
      id: 'nation-node-summary-s',
      label: `${LABEL}: the summary`,
      unit: 's',
      value: tidy(summary / 1000),
    },
    {
      id: 'nation-node-heap-mb',
      label: `${LABEL}: heap after the summary`,
      unit: 'MB',
      value: Math.round(heap / 1e6),
    },
    {
      id: 'nation-node-rss-mb',
      label: `${LABEL}: peak memory (resident)`,
      unit: 'MB',
      value: Math.round(peak / 1e6),
      goal: under(1500),
    },
  ];
}
