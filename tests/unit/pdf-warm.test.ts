/**
 * The PDF worker is started ahead of the first PDF (warmPdfWorker), once, and the first
 * PDF then uses that worker rather than starting another: the renderer has loaded in it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly posted: unknown[] = [];
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  FakeWorker.made = [];
});

describe('warming the PDF worker', () => {
  it('starts the worker once, and the first PDF is made in it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { warmPdfWorker, budgetPdfBlob } = await import('../../src/io/pdf/pdf-browser');
    warmPdfWorker();
    warmPdfWorker();
    expect(FakeWorker.made).toHaveLength(1);
    void budgetPdfBlob({} as Parameters<typeof budgetPdfBlob>[0]);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]?.posted).toHaveLength(1);
  });

  it('does nothing where the browser has no Workers', async () => {
    vi.stubGlobal('Worker', undefined);
    const { warmPdfWorker } = await import('../../src/io/pdf/pdf-browser');
    expect(() => warmPdfWorker()).not.toThrow();
    expect(FakeWorker.made).toHaveLength(0);
  });
});
