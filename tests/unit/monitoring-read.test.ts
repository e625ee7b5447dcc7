/**
 * The monitoring engine reading chosen files: every file's bytes for a slice are asked for
 * together, and the next slice's before this one is parsed, so the worker parses while the
 * browser reads; each file is still kept or refused in the order chosen, and a file the
 * browser cannot read is refused by name, not lost.
 */
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, type NamedFile } from '../../src/workers/caseload/caseload-jobs';
import {
  MonitoringEngine,
  type MonitoringChunk,
} from '../../src/workers/monitoring/monitoring-jobs';
import { ledgerOf } from '../helpers/ledger-setup';

/** A chosen file whose bytes come when asked, counting each ask. */
function chosen(name: string, text: string | null, asked: string[]): NamedFile {
  const file = {
    arrayBuffer: () => {
      asked.push(name);
      return text === null
        ? Promise.reject(new Error('gone'))
        : Promise.resolve(new TextEncoder().encode(text).buffer);
    },
  } as unknown as Blob;
  return { name, file };
}

async function readAll(files: readonly NamedFile[], onChunk: (chunk: MonitoringChunk) => void) {
  for await (const chunk of new MonitoringEngine().run({ kind: 'read', job: 1, files, last: true }))
    onChunk(chunk);
}

describe('the monitoring engine reading chosen files', () => {
  const count = CHUNK_SIZE * 2 + 3;
  const ledgerText = (index: number) => JSON.stringify(ledgerOf({ budget: `b${index}` }));

  it('asks for two slices of files before the first is parsed, and the third before the second', async () => {
    const asked: string[] = [];
    const files = Array.from({ length: count }, (_, index) =>
      chosen(`spending/${index}.json`, ledgerText(index), asked),
    );
    const askedAtEachChunk: number[] = [];
    await readAll(files, () => askedAtEachChunk.push(asked.length));
    expect(askedAtEachChunk).toEqual([CHUNK_SIZE * 2, count, count]);
    expect(asked).toEqual(files.map((file) => file.name));
  });

  it('keeps each file in the order chosen, and refuses a file the browser cannot read by its name', async () => {
    const asked: string[] = [];
    const files = Array.from({ length: count }, (_, index) =>
      chosen(`spending/${index}.json`, index === 7 ? null : ledgerText(index), asked),
    );
    files[CHUNK_SIZE + 1] = chosen('spending/broken.json', '{"version":', asked);
    const kept: string[] = [];
    const invalid: { file: string; keys: string[] }[] = [];
    await readAll(files, (chunk) => {
      if (chunk.kind !== 'read') return;
      kept.push(...chunk.kept.map((document) => document.file));
      invalid.push(
        ...chunk.invalid.map((file) => ({
          file: file.file,
          keys: file.problems.map((problem) => problem.key),
        })),
      );
    });
    const refused = new Set(['spending/7.json', 'spending/broken.json']);
    expect(kept).toEqual(files.map((file) => file.name).filter((name) => !refused.has(name)));
    expect(invalid[0]).toEqual({ file: 'spending/7.json', keys: ['validation.readFile'] });
    expect(invalid[1]?.file).toBe('spending/broken.json');
    expect(invalid).toHaveLength(2);
  });
});
