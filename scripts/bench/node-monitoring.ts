/**
 * The person's What's left page in Node: the example budget with a year of weekly
 * transactions (the ledger generator's 52 weeks), reconciled as at the plan year's last
 * day, as the page does it (the year to date, the 4-week period and month holding the day,
 * each with its tables, the balance, what is coming and the flags); and the same in full,
 * every period and month, as `npm run price -- monitor` gives it. Median and p95 of
 * many runs after a warm-up, held to well under a frame (16.7 ms). Each run monitors a
 * fresh copy of the ledger, so nothing a run works out is reused by the next.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Ledger } from '../../src/domain/ledger/ledger-schema';
import { monitor, type MonitorOptions } from '../../src/domain/ledger/monitor';
import { priceOnCard, type BudgetPricing } from '../../src/domain/pricing/price-budget';
import { readBudget, readRateCard } from '../../src/domain/read';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { generateLedger } from '../../src/generate/generate-ledger';
import { ROOT } from './budget-300';
import { percentiles, tidy, under, type Figure } from './figure';

const WARM_UP = 20;
const RUNS = 200;
const FRAME_MS = 16.7;

const json = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** The rate card the ledger figures are measured on. */
export function englandCard(): RateCard {
  const read = readRateCard(json('rate-cards/england-2025-26.json'));
  if (!read.ok) throw new Error('the England rate card does not read');
  return read.value;
}

/** The example budget priced as at its plan year's last day, with a year of weekly spending. */
export function yearOfWeeklySpending(card: RateCard): {
  pricing: BudgetPricing;
  ledger: Ledger;
} {
  const budget = readBudget(json('examples/example-ann.json'));
  if (!budget.ok) throw new Error('the example budget does not read');
  const { ledger } = generateLedger({ budget: budget.value, card, seed: 1, weeks: 52 });
  const pricing = priceOnCard(budget.value, card, { asOf: '2026-03-31' });
  if (!pricing.ok) throw new Error('the example budget does not price');
  return { pricing: pricing.value, ledger };
}

export function measureNodeMonitoring(): Figure[] {
  const { pricing, ledger } = yearOfWeeklySpending(englandCard());
  const run = (options: MonitorOptions, copy: Ledger) => {
    const start = performance.now();
    const result = monitor(pricing, copy, options);
    if (!result.ok) throw new Error('the year of spending was not monitored');
    return performance.now() - start;
  };
  const sample = (options: MonitorOptions) => {
    for (let i = 0; i < WARM_UP; i++) run(options, structuredClone(ledger));
    const copies = Array.from({ length: RUNS }, () => structuredClone(ledger));
    return percentiles(copies.map((copy) => run(options, copy)));
  };
  const page = sample({ holdingOnly: true });
  const full = sample({});
  const summary = sample({ summaryOnly: true });
  const label = `A year of weekly transactions (${ledger.transactions.length}) reconciled for one budget in Node, as the What's left page does: the year to date, this period and month with their tables, balance, what is coming, flags (${RUNS} runs)`;
  const goal = under(FRAME_MS);
  return [
    {
      id: 'monitor-year-median',
      label: `${label}, median`,
      unit: 'ms',
      value: tidy(page.median),
      goal,
    },
    { id: 'monitor-year-p95', label: `${label}, p95`, unit: 'ms', value: tidy(page.p95), goal },
    {
      id: 'monitor-year-full-median',
      label:
        'The same with all 13 periods and 12 months and their tables (`price -- monitor`), median',
      unit: 'ms',
      value: tidy(full.median),
    },
    {
      id: 'monitor-year-full-p95',
      label: 'The same with all 13 periods and 12 months, p95',
      unit: 'ms',
      value: tidy(full.p95),
    },
    {
      id: 'monitor-year-summary-median',
      label: 'The same, the year, balance and flags only (a caseload entry), median',
      unit: 'ms',
      value: tidy(summary.median),
      goal,
    },
  ];
}
