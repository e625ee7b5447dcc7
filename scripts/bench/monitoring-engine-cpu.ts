/**
 * The CPU time of the monitoring page's engine (MonitoringEngine) in Node, on the browser
 * bench's files (browser-monitoring.ts): generated budgets of the example card, a plan from
 * 1 April 2025 where they have none, half a year of spending each, as at 1 October 2025.
 * Reading (every file's bytes read and checked) and monitoring (every budget priced and
 * monitored) are timed apart with `process.cpuUsage`, best of a few runs, so a busy
 * machine disturbs them less than seconds. Run under `node --cpu-prof` to see where the
 * time goes:
 *
 *   npx tsx scripts/bench/monitoring-engine-cpu.ts [--budgets 1000] [--runs 3]
 */
import { parseArgs } from 'node:util';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { generateLedger } from '../../src/generate/generate-ledger';
import type { FileRead } from '../../src/workers/caseload/caseload-jobs';
import {
  MonitoringEngine,
  type MonitoringChunk,
  type MonitoringRequest,
} from '../../src/workers/monitoring/monitoring-jobs';
import { budgetOf300Lines, exampleRateCard } from './budget-300';
import { SEED } from './caseload-generator';

const AS_OF = '2025-10-01';
const WEEKS = 26;

const { values } = parseArgs({
  options: { budgets: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' } },
});
const count = Number(values.budgets);
const runs = Number(values.runs);
const card = exampleRateCard(budgetOf300Lines());
const encoder = new TextEncoder();
const budgets = generateBudgets({ count, seed: SEED, rateCard: card }).map((budget) =>
  budget.plan === undefined ? { ...budget, plan: { start: '2025-04-01' } } : budget,
);
let transactions = 0;
const files = budgets.flatMap((budget, index) => {
  const { ledger } = generateLedger({ budget, card, seed: index, weeks: WEEKS });
  transactions += ledger.transactions.length;
  return [
    { name: `people/${index}.json`, text: JSON.stringify(budget) },
    { name: `spending/${index}.json`, text: JSON.stringify(ledger) },
  ];
});

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function drain(engine: MonitoringEngine, request: MonitoringRequest) {
  const chunks: MonitoringChunk[] = [];
  for await (const chunk of engine.run(request)) chunks.push(chunk);
  return chunks;
}

const best = { read: Infinity, monitor: Infinity };
for (let run = 0; run < runs; run++) {
  // Fresh bytes each run: the page transfers each file's own buffer.
  const read: FileRead[] = files.map(({ name, text }) => ({
    name,
    read: { ok: true, value: encoder.encode(text) },
  }));
  const engine = new MonitoringEngine();
  let since = process.cpuUsage();
  await drain(engine, { kind: 'read', job: 1, files: read, last: true });
  best.read = Math.min(best.read, cpuMs(since));
  since = process.cpuUsage();
  const chunks = await drain(engine, { kind: 'monitor', job: 2, asOf: AS_OF, cards: [card] });
  best.monitor = Math.min(best.monitor, cpuMs(since));
  const entries = chunks.reduce((sum, c) => sum + (c.kind === 'monitor' ? c.entries.length : 0), 0);
  if (entries !== count) throw new Error(`${entries} of ${count} budgets monitored`);
}
console.log(
  `${count} budgets, ${transactions} transactions, best of ${runs}: reading ${best.read.toFixed(0)} ms CPU (${((best.read * 1000) / count).toFixed(0)} µs a budget with its ledger), monitoring ${best.monitor.toFixed(0)} ms CPU (${((best.monitor * 1000) / count).toFixed(0)} µs a budget)`,
);
