/**
 * The monitoring page reading a batch of chosen files as one Blob of them all
 * (monitoringBatchBytes): each file's bytes, in the order chosen, as views of one buffer
 * transferred whole; the engine keeps and refuses exactly what it would from each file
 * read alone; and a file changed since it was chosen is still refused by its name.
 */
import { mkdtempSync, openAsBlob, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { budgetFileText } from '../../src/io/budget-file';
import type { FileRead, NamedFile } from '../../src/workers/caseload/caseload-jobs';
import {
  MonitoringEngine,
  monitoringBatchBytes,
  monitoringFileBytes,
  type MonitoringChunk,
} from '../../src/workers/monitoring/monitoring-jobs';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { generateLedger } from '../../src/generate/generate-ledger';
import { loadCard } from '../helpers/builders';

const england = loadCard('rate-cards/england-2025-26.json');
const encode = (text: string) => new TextEncoder().encode(text);

async function readAll(files: readonly FileRead[]): Promise<MonitoringChunk[]> {
  const chunks: MonitoringChunk[] = [];
  for await (const chunk of new MonitoringEngine().run({ kind: 'read', job: 1, files, last: true }))
    chunks.push(chunk);
  return chunks;
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the monitoring page reading a batch of files as one', () => {
  it("gives each file's own bytes, in order, as views of one buffer", async () => {
    const texts = ['{"a":1}', '', 'Côte d’Ivoire — £12.50', '[]', ' '.repeat(70_000)];
    const named = texts.map((text, index) => ({ name: `f${index}.json`, file: new Blob([text]) }));
    const batch = await monitoringBatchBytes(named);
    expect(batch.files.map((file) => file.name)).toEqual(named.map((file) => file.name));
    expect(batch.files.map((file) => file.read)).toEqual(
      texts.map((text) => ({ ok: true, value: encode(text) })),
    );
    expect(batch.transfer).toHaveLength(1);
    for (const { read } of batch.files)
      if (read.ok) expect(read.value.buffer).toBe(batch.transfer[0]);
  });

  it('reads budgets and ledgers to the same documents and refusals as each file read alone', async () => {
    const budgets = generateBudgets({ count: 8, seed: 19, rateCard: england });
    const named: NamedFile[] = budgets.flatMap((budget, index) => [
      { name: `people/${index}.json`, file: new Blob([budgetFileText(budget)]) },
      {
        name: `spending/${index}.json`,
        file: new Blob([
          JSON.stringify(generateLedger({ budget, card: england, seed: index, weeks: 8 }).ledger),
        ]),
      },
    ]);
    named.splice(3, 0, { name: 'broken.json', file: new Blob(['{"version":']) });
    named.splice(9, 0, { name: 'empty.json', file: new Blob([]) });
    const alone = await Promise.all(
      named.map(async ({ name, file }) => ({ name, read: await monitoringFileBytes(file) })),
    );
    const batch = await monitoringBatchBytes(named);
    const [fromBatch, fromAlone] = [await readAll(batch.files), await readAll(alone)];
    expect(fromBatch).toEqual(fromAlone);
    const read = fromBatch.flatMap((chunk) => (chunk.kind === 'read' ? [chunk] : []));
    expect(read.flatMap((chunk) => chunk.kept)).toHaveLength(16);
    expect(read.flatMap((chunk) => chunk.invalid.map((one) => one.file))).toEqual([
      'broken.json',
      'empty.json',
    ]);
  });

  it('names a file changed since it was chosen, and reads the rest', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'monitoring-batch-'));
    folders.push(folder);
    const names = ['a.json', 'b.json', 'c.json'];
    const named: NamedFile[] = [];
    for (const name of names) {
      writeFileSync(join(folder, name), '{}');
      named.push({ name, file: await openAsBlob(join(folder, name)) });
    }
    // Changed on disk after it was chosen: the browser refuses to read it, as Node does.
    writeFileSync(join(folder, 'b.json'), '{"changed":true}');
    const batch = await monitoringBatchBytes(named);
    expect(batch.files.map(({ name, read }) => [name, read.ok])).toEqual([
      ['a.json', true],
      ['b.json', false],
      ['c.json', true],
    ]);
    const refused = batch.files[1]?.read;
    expect(refused?.ok === false ? refused.problems.map((one) => one.key) : []).toEqual([
      'validation.readFile',
    ]);
    expect(batch.files[0]?.read).toEqual({ ok: true, value: encode('{}') });
  });
});
