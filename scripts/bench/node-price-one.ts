/**
 * One 300-line budget priced in Node: median and p95 of many runs after a warm-up. Each
 * run prices line objects it has never seen, so the per-line cache (which makes a
 * keystroke re-price one line, not 300) never answers: this is a budget priced whole.
 */
import { performance } from 'node:perf_hooks';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import type { Budget } from '../../src/domain/schema/budget';
import { budgetOf300Lines, exampleRateCard } from './budget-300';
import { percentiles, tidy, under, type Figure } from './figure';

const WARM_UP = 50;
const RUNS = 300;

export function measurePriceOne(): Figure[] {
  const budget = budgetOf300Lines();
  const card = exampleRateCard(budget);
  // Copies made before the clock starts: new lines, same figures.
  const fresh = (): Budget => structuredClone(budget);
  for (let i = 0; i < WARM_UP; i++) priceOnCard(fresh(), card);
  const copies = Array.from({ length: RUNS }, fresh);
  const samples: number[] = [];
  for (const copy of copies) {
    const start = performance.now();
    const priced = priceOnCard(copy, card);
    samples.push(performance.now() - start);
    if (!priced.ok) throw new Error('the 300-line budget did not price');
  }
  const { median, p95 } = percentiles(samples);
  const label = `Price one 300-line budget in Node (${RUNS} runs)`;
  return [
    {
      id: 'price-300-median',
      label: `${label}, median`,
      unit: 'ms',
      value: tidy(median),
      goal: under(2),
    },
    { id: 'price-300-p95', label: `${label}, p95`, unit: 'ms', value: tidy(p95), goal: under(2) },
  ];
}
