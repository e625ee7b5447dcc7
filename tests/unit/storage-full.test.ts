import 'fake-indexeddb/auto';
import { createStore, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createDeviceStorage, isStorageFull } from '../../src/state/persistence';
import { createAppStore } from '../../src/state/store';

/** An error as a browser makes it: a name, a legacy code, a message. */
function browserError(name: string, message: string, code?: number): Error {
  const error = new Error(message);
  Object.defineProperty(error, 'name', { value: name });
  if (code !== undefined) Object.defineProperty(error, 'code', { value: code });
  return error;
}

describe('a full disk is recognised in every browser’s spelling', () => {
  it('the standard name, QuotaExceededError (Chrome, Edge, Firefox, Safari today)', () => {
    expect(
      isStorageFull(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
    ).toBe(true);
  });

  it('the legacy code 22 (QUOTA_EXCEEDED_ERR) under another name', () => {
    expect(isStorageFull(browserError('Error', 'DOM Exception 22', 22))).toBe(true);
  });

  it('old Firefox: NS_ERROR_DOM_QUOTA_REACHED, code 1014 [H7.9]', () => {
    expect(
      isStorageFull(
        browserError('NS_ERROR_DOM_QUOTA_REACHED', 'Persistent storage maximum size reached', 1014),
      ),
    ).toBe(true);
    expect(isStorageFull(browserError('Error', 'something', 1014))).toBe(true);
  });

  it('Safari’s messages, whatever the name', () => {
    expect(isStorageFull(browserError('UnknownError', 'The quota has been exceeded.'))).toBe(true);
    expect(
      isStorageFull(
        browserError(
          'Error',
          'QuotaExceededError: DOM Exception 22: An attempt was made to add something to storage that exceeded the quota.',
        ),
      ),
    ).toBe(true);
  });

  it('an IndexedDB transaction aborted with QuotaExceededError as its error, or its abort event', () => {
    const transaction = { error: new DOMException('Transaction aborted', 'QuotaExceededError') };
    expect(isStorageFull(transaction)).toBe(true);
    expect(isStorageFull({ type: 'abort', target: transaction })).toBe(true);
    expect(isStorageFull(new Error('write failed', { cause: transaction.error }))).toBe(true);
  });

  it('a disk that is simply full', () => {
    expect(isStorageFull(browserError('UnknownError', 'Disk is full'))).toBe(true);
    expect(isStorageFull(browserError('Error', 'ENOSPC: no space left on device'))).toBe(true);
  });

  it('other failures are not called "full"', () => {
    expect(isStorageFull(new DOMException('The transaction was aborted', 'AbortError'))).toBe(
      false,
    );
    expect(
      isStorageFull(browserError('InvalidStateError', 'The database connection is closing.', 11)),
    ).toBe(false);
    expect(isStorageFull(null)).toBe(false);
    expect(isStorageFull('QuotaExceededError')).toBe(false);
    const loop: { error?: unknown } = {};
    loop.error = loop;
    expect(isStorageFull(loop)).toBe(false);
  });

  it('a write whose IndexedDB transaction aborts for quota is reported as full, and the store keeps working [H7.10]', async () => {
    const idb = createStore('full-abort', 'state');
    const aborting: UseStore = (mode, callback) =>
      mode === 'readwrite'
        ? Promise.reject({
            type: 'abort',
            target: { error: new DOMException('aborted', 'QuotaExceededError') },
          })
        : idb(mode, callback);
    const storage = createDeviceStorage({ store: aborting });
    const store = createAppStore(storage);
    await new Promise<void>((resolve) =>
      store.persist.hasHydrated() ? resolve() : store.persist.onFinishHydration(() => resolve()),
    );
    store.getState().createBudget('england-2025-26');
    await storage.flush();
    expect(storage.health()).toEqual({ kind: 'write-failed', reason: 'full' });
    expect(Object.keys(store.getState().budgets)).toHaveLength(1);
  });
});
