/**
 * The monitoring engine reading chosen files' bytes, as the page reads and hands them over:
 * each file is kept or refused in the order chosen, and a file the browser cannot read is
 * refused by its name, not lost.
 */
import { describe, expect, it } from 'vitest';
import type { FileRead } from '../../src/workers/caseload/caseload-jobs';
import {
  MonitoringEngine,
  monitoringFileBytes,
  type MonitoringChunk,
} from '../../src/workers/monitoring/monitoring-jobs';
import { CHUNK_SIZE } from '../../src/workers/caseload/caseload-jobs';
import { ledgerOf } from '../helpers/ledger-setup';

/** A chosen file whose bytes come when asked, or never (the browser could not read it). */
const chosen = (text: string | null): Blob =>
  ({
    arrayBuffer: () =>
      text === null
        ? Promise.reject(new Error('gone'))
        : Promise.resolve(new TextEncoder().encode(text).buffer),
  }) as unknown as Blob;

async function readAll(files: readonly FileRead[]): Promise<MonitoringChunk[]> {
  const chunks: MonitoringChunk[] = [];
  for await (const chunk of new MonitoringEngine().run({ kind: 'read', job: 1, files, last: true }))
    chunks.push(chunk);
  return chunks;
}

describe('the monitoring engine reading chosen files', () => {
  it("gives a file's bytes, or names a file the browser cannot read", async () => {
    const read = await monitoringFileBytes(chosen('{}'));
    expect(read).toEqual({ ok: true, value: new TextEncoder().encode('{}') });
    const gone = await monitoringFileBytes(chosen(null));
    expect(gone.ok ? [] : gone.problems.map((problem) => problem.key)).toEqual([
      'validation.readFile',
    ]);
  });

  it('keeps each file in the order chosen, in slices, and refuses the unreadable by name', async () => {
    const count = CHUNK_SIZE + 3;
    const files = await Promise.all(
      Array.from({ length: count }, async (_, index) => {
        const text = index === 7 ? null : JSON.stringify(ledgerOf({ budget: `b${String(index)}` }));
        return {
          name: `spending/${String(index)}.json`,
          read: await monitoringFileBytes(chosen(text)),
        };
      }),
    );
    files[CHUNK_SIZE + 1] = {
      name: 'spending/broken.json',
      read: { ok: true, value: new TextEncoder().encode('{"version":') },
    };
    const chunks = await readAll(files);
    const reads = chunks.flatMap((chunk) => (chunk.kind === 'read' ? [chunk] : []));
    expect(reads.map((chunk) => chunk.count)).toEqual([CHUNK_SIZE, 3]);
    const kept = reads.flatMap((chunk) => chunk.kept.map((document) => document.file));
    const refused = new Set(['spending/7.json', 'spending/broken.json']);
    expect(kept).toEqual(files.map((file) => file.name).filter((name) => !refused.has(name)));
    const invalid = reads.flatMap((chunk) => chunk.invalid);
    expect(invalid.map((file) => file.file)).toEqual(['spending/7.json', 'spending/broken.json']);
    expect(invalid[0]?.problems.map((problem) => problem.key)).toEqual(['validation.readFile']);
    expect(invalid[1]?.problems.length).toBeGreaterThan(0);
  });
});
