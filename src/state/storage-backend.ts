/**
 * Where saved state goes, as layers that each know nothing of the state's fields:
 * IndexedDB at the bottom, then the one-writing-tab gate (below), then the passphrase
 * lock's sealing (sealed-backend.ts). persistence.ts reads and writes through the top one.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';

export interface StorageBackend {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** Nothing was written because another tab is the one that writes now. */
export class NotWriterError extends Error {
  override readonly name = 'NotWriterError';
}

export function idbBackend(store?: UseStore): StorageBackend {
  let idb = store;
  const database = () => (idb ??= createStore('support-budget-builder', 'state'));
  return {
    get: (key) => get(key, database()),
    set: (key, value) => set(key, value, database()),
  };
}

/**
 * Refuses every write while `isWriter()` is false: a tab that has lost the right to
 * write must never put its older copy over what the writing tab saved.
 */
export function writerGate(inner: StorageBackend, isWriter: () => boolean): StorageBackend {
  return {
    get: (key) => inner.get(key),
    set: (key, value) => (isWriter() ? inner.set(key, value) : Promise.reject(new NotWriterError())),
  };
}
