/**
 * What a caseload worker keeps per budget, in Node: the heap a CaseloadEngine grows by
 * when it reads budget files of a nation folder (nation-folder.ts), against the same
 * budgets kept as the objects read (what the engine kept before packing them), each after
 * a full garbage collection (the heap with the typed arrays' memory); and the CPU time of
 * reading and of pricing, each way. `node --expose-gc --import tsx scripts/bench/caseload-engine-heap.ts [count]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RateCard } from '../../src/domain/schema/rate-card';
import type { Budget } from '../../src/domain/schema/budget';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { readBudgetFileBytes } from '../../src/io/budget-file-read';
import { CaseloadEngine, type FileRead } from '../../src/workers/caseload/caseload-jobs';
import { PackedValues } from '../../src/workers/caseload/packed-values';
import { ROOT } from './budget-300';
import { SEED } from './caseload-generator';
import { nationFolder } from './nation-folder';
import { NATION_LINES } from './node-nation';

const AS_OF = '2025-10-15';
const count = Number(process.argv[2] ?? 5000);
const collect = (globalThis as { gc?: () => void }).gc;
if (collect === undefined) throw new Error('run with node --expose-gc');
const heap = () => {
  collect();
  collect();
  // Typed arrays' memory is outside the heap: counted with it.
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

const card = JSON.parse(
  readFileSync(join(ROOT, 'rate-cards/england-2025-26.json'), 'utf8'),
) as RateCard;
const { folder } = nationFolder(count, SEED, NATION_LINES, card);
const names = readdirSync(folder).sort().slice(0, count);
const bytesOf = () =>
  names.map((name): FileRead => ({
    name,
    read: { ok: true, value: readFileSync(join(folder, name)) },
  }));

// The files' bytes stay held throughout, so only what is kept of them is counted.
const files = bytesOf();

// The engine, reading the files (first, while nothing else has been kept).
let base = heap();
const engine = new CaseloadEngine();
let cpu = process.cpuUsage();
for await (const chunk of engine.run({ kind: 'read', job: 1, files, last: true }))
  if (chunk.kind === 'read' && chunk.invalid.length > 0) throw new Error('a budget was refused');
const readMicros = process.cpuUsage(cpu).user / count;
const packed = (heap() - base) / count;
cpu = process.cpuUsage();
let priced = 0;
for await (const chunk of engine.run({
  kind: 'price',
  job: 2,
  card,
  asOf: AS_OF,
  nextCard: null,
}))
  if (chunk.kind === 'price') priced += chunk.rows.length;
const priceMicros = process.cpuUsage(cpu).user / count;
if (priced !== count) throw new Error(`${priced} of ${count} priced`);

// The budgets as objects, as read: what the engine kept of each before.
base = heap();
const kept: { file: string; budget: Budget }[] = [];
cpu = process.cpuUsage();
for (const { name, read } of files) {
  const result = readBudgetFileBytes(read.ok ? read.value : new Uint8Array());
  if (result.ok) kept.push({ file: name, budget: result.value });
}
const readObjectsMicros = process.cpuUsage(cpu).user / count;
const asObjects = (heap() - base) / count;
cpu = process.cpuUsage();
for (const { file, budget } of kept)
  if (!priceCaseloadBudget(budget, card, file, { asOf: AS_OF }).ok) throw new Error('unpriceable');
const priceObjectsMicros = process.cpuUsage(cpu).user / count;
// Packing and unpacking alone, the same budgets.
const alone = new PackedValues();
cpu = process.cpuUsage();
for (const { budget } of kept) alone.add(budget);
const packMicros = process.cpuUsage(cpu).user / count;
cpu = process.cpuUsage();
for (let at = 0; at < alone.size; at++) alone.at(at);
const unpackMicros = process.cpuUsage(cpu).user / count;
kept.length = 0;

console.log(`${count} budgets of ${NATION_LINES} lines (seed ${SEED}), per budget:`);
console.log(`  heap kept as the objects read: ${(asObjects / 1024).toFixed(2)} KB`);
console.log(`  heap kept by the engine:       ${(packed / 1024).toFixed(2)} KB`);
console.log(`  reading into objects, CPU:         ${readObjectsMicros.toFixed(0)} µs`);
console.log(`  the engine's read (packing), CPU:  ${readMicros.toFixed(0)} µs`);
console.log(`  pricing the objects, CPU:          ${priceObjectsMicros.toFixed(0)} µs`);
console.log(`  packing alone, CPU:                ${packMicros.toFixed(0)} µs`);
console.log(`  unpacking alone, CPU:              ${unpackMicros.toFixed(0)} µs`);
console.log(
  `  the engine's price (unpacking, with the summary's part), CPU: ${priceMicros.toFixed(0)} µs`,
);
