/**
 * A worker's job that cannot go on ends in a fault the page shows, never in a wait: an
 * error thrown in the worker, and a message from it that the page could not read.
 */
import { describe, expect, it } from 'vitest';
import { inWorker } from '../../src/workers/jobs';

/** Just enough of a Worker for the page's side of it. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  postMessage(): void {}
  terminate(): void {}
}

function started() {
  const worker = new FakeWorker();
  const seen: string[] = [];
  inWorker(worker as unknown as Worker, {
    chunk: () => seen.push('chunk'),
    end: () => seen.push('end'),
    fault: (message) => seen.push(`fault: ${message}`),
  });
  return { worker, seen };
}

describe("a worker's faults", () => {
  it('are faults of the job when a message from the worker cannot be read', () => {
    const { worker, seen } = started();
    worker.onmessageerror?.(new MessageEvent('messageerror'));
    expect(seen).toEqual(['fault: A message from the worker could not be read']);
  });

  it('are faults of the job when the worker throws', () => {
    const { worker, seen } = started();
    let prevented = false;
    worker.onerror?.({
      message: 'Uncaught RangeError: out of memory',
      preventDefault: () => (prevented = true),
    } as unknown as ErrorEvent);
    expect(seen).toEqual(['fault: Uncaught RangeError: out of memory']);
    expect(prevented).toBe(true);
  });
});
