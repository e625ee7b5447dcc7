/**
 * Bench figures of the ledger (docs/ledger.md), not timed tests: `npx tsx
 * scripts/bench/ledger.ts [--budgets 10000]`. A year of weekly transactions for the
 * example budget monitored in full (periods, months, tables, flags), against a frame
 * (16.7 ms); and a caseload of generated budgets, each with half a year of spending,
 * summarised (the year, balance and flags) in one Node process.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { monitor } from '../../src/domain/ledger/monitor';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import { readBudget, readRateCard } from '../../src/domain/read';
import type { Budget } from '../../src/domain/schema/budget';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { generateLedger } from '../../src/generate/generate-ledger';

const { values } = parseArgs({ options: { budgets: { type: 'string', default: '10000' } } });
const count = Number(values.budgets);
const json = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const cardRead = readRateCard(json('rate-cards/england-2025-26.json'));
const budgetRead = readBudget(json('examples/example-ann.json'));
if (!cardRead.ok || !budgetRead.ok) throw new Error('example files');
const card = cardRead.value;

// One budget, a year of weekly transactions, as at the year's last day.
const example = budgetRead.value;
const { ledger: year } = generateLedger({ budget: example, card, seed: 1, weeks: 52 });
const pricing = priceOnCard(example, card, { asOf: '2026-03-31' });
if (!pricing.ok) throw new Error('example pricing');
const times: number[] = [];
for (let run = 0; run < 30; run++) {
  const started = performance.now();
  const result = monitor(pricing.value, year);
  times.push(performance.now() - started);
  if (!result.ok) throw new Error('not monitored');
}
times.sort((a, b) => a - b);
const summary: number[] = [];
for (let run = 0; run < 30; run++) {
  const started = performance.now();
  monitor(pricing.value, year, { summaryOnly: true });
  summary.push(performance.now() - started);
}
summary.sort((a, b) => a - b);
console.log(
  `The same, the year to date, balance, what is coming and flags only: median ${summary[15]?.toFixed(1)} ms`,
);
console.log(
  `A year of weekly transactions (${year.transactions.length}), monitored in full: median ${times[15]?.toFixed(1)} ms, slowest ${times.at(-1)?.toFixed(1)} ms (a frame is 16.7 ms)`,
);

// A caseload: every budget put in a plan year from 1 April 2025, half a year of spending each.
const budgets: Budget[] = generateBudgets({ count, seed: 7, rateCard: card }).map((budget) =>
  budget.plan === undefined ? { ...budget, plan: { start: '2025-04-01' } } : budget,
);
const ledgers = budgets.map(
  (budget, index) => generateLedger({ budget, card, seed: index, weeks: 26 }).ledger,
);
const started = performance.now();
let flags = 0;
budgets.forEach((budget, index) => {
  const priced = priceOnCard(budget, card, { asOf: '2025-10-01' });
  const ledger = ledgers[index];
  if (!priced.ok || ledger === undefined) throw new Error(`budget ${budget.id}`);
  const result = monitor(priced.value, ledger, { summaryOnly: true });
  if (result.ok) flags += result.value.flags.length;
});
const seconds = (performance.now() - started) / 1000;
const transactions = ledgers.reduce((sum, ledger) => sum + ledger.transactions.length, 0);
console.log(
  `${count} budgets with ledgers (${transactions} transactions), priced and summarised with flags in one Node process: ${seconds.toFixed(1)} s (${flags} flags)`,
);
