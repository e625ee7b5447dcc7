/**
 * A worker's chunks hand their buffers to the page rather than copy them: copying a
 * nation's sort keys, names and summary part cost the sending thread about 7 ms a
 * megabyte, and the page copied them again to pass them on (docs/performance.md).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { transfersOf, type JobChunk } from '../../src/workers/caseload/caseload-jobs';
import { serveJobs, type JobEngine } from '../../src/workers/jobs';

const priced: JobChunk = {
  kind: 'price',
  job: 1,
  done: 1,
  rows: [],
  keys: new Float64Array(4),
  names: new TextEncoder().encode('a.json\u0000Ann'),
  invalid: [],
};
const part: JobChunk = { kind: 'part', job: 1, part: new TextEncoder().encode('{}') };

describe("a caseload worker's chunks", () => {
  it('name each buffer they carry once, so it is handed over, not copied', () => {
    expect(transfersOf(priced)).toEqual(
      priced.kind === 'price' ? [priced.keys.buffer, priced.names.buffer] : [],
    );
    expect(transfersOf(part)).toEqual(part.kind === 'part' ? [part.part.buffer] : []);
    // A buffer named twice makes postMessage throw, so the chunk would never arrive.
    const buffers = transfersOf(priced);
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(transfersOf({ kind: 'orders', job: 1, orders: {} as never })).toEqual([]);
  });
});

describe('a worker serving jobs', () => {
  const original = globalThis.self;
  afterEach(() => {
    globalThis.self = original;
  });

  it('posts each chunk with the buffers it hands over, then the end', async () => {
    const posted: { message: unknown; transfer: unknown }[] = [];
    const scope = {
      onmessage: null as ((event: { data: unknown }) => void) | null,
      postMessage: vi.fn((message: unknown, transfer?: unknown) =>
        posted.push({ message, transfer }),
      ),
    };
    globalThis.self = scope as unknown as typeof globalThis.self;
    const engine: JobEngine<{ kind: string; job: number }, JobChunk> = {
      async *run() {
        yield priced;
        yield part;
      },
    };
    serveJobs(engine, transfersOf);
    scope.onmessage?.({ data: { kind: 'price', job: 1 } });
    await vi.waitFor(() => expect(posted).toHaveLength(3));
    expect(posted).toEqual([
      { message: { kind: 'chunk', chunk: priced }, transfer: transfersOf(priced) },
      { message: { kind: 'chunk', chunk: part }, transfer: transfersOf(part) },
      { message: { kind: 'end', job: 1 }, transfer: undefined },
    ]);
  });
});
