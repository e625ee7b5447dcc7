/**
 * A batch of chosen files is read with its reads started a group at a time, each group in
 * a task of its own (the page's thread pays for every read it starts): the files, their
 * order and the buffers handed over are the same as reading every file at once.
 */
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/domain/problems';
import { problem } from '../../src/domain/problems';
import { READS_A_TASK, readBatch, type NamedFile } from '../../src/workers/caseload/caseload-jobs';
import { nextTask } from '../../src/workers/next-task';

const named = (count: number): NamedFile[] =>
  Array.from({ length: count }, (_, index) => ({
    name: `budget-${index}.json`,
    file: new Blob([`{"n":${index}}`]),
  }));

/** Bytes of the blob, or a problem for every seventh, resolved in no particular order. */
const bytesOf = async (file: Blob): Promise<Result<Uint8Array>> => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const index = Number(/\d+/.exec(new TextDecoder().decode(bytes))?.[0]);
  for (let wait = index % 3; wait > 0; wait--) await nextTask();
  return index % 7 === 0
    ? { ok: false, problems: [problem([], 'validation.readFile')] }
    : { ok: true, value: bytes };
};

describe('readBatch', () => {
  it('gives every file in order, with its buffers, as reading them all at once', async () => {
    const files = named(READS_A_TASK * 10 + 3);
    const whole = await Promise.all(
      files.map(async ({ name, file }) => ({ name, read: await bytesOf(file) })),
    );
    const batch = await readBatch(files, bytesOf);
    expect(batch.files).toEqual(whole);
    expect(batch.transfer).toEqual(
      batch.files.flatMap(({ read }) => (read.ok ? [read.value.buffer] : [])),
    );
  });

  it('starts no more than READS_A_TASK reads in one task', async () => {
    const files = named(READS_A_TASK * 3 + 1);
    let started = 0;
    const reading = readBatch(files, (file) => {
      started++;
      return bytesOf(file);
    });
    expect(started).toBe(READS_A_TASK);
    await reading;
    expect(started).toBe(files.length);
  });
});
