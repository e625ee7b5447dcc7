/**
 * Where saved state goes, as layers that each know nothing of the state's fields:
 * IndexedDB at the bottom, then the one-writing-tab gate (below), then the passphrase
 * lock's sealing (sealed-backend.ts). persistence.ts reads and writes through the top one.
 */
import { createStore, del, get, keys, promisifyRequest, type UseStore } from 'idb-keyval';

export interface StorageBackend {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Takes a key away, with its value. */
  remove(key: string): Promise<void>;
  /** Every key stored. */
  keys(): Promise<string[]>;
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
    set: (key, value) =>
      database()('readwrite', (objects) => {
        objects.put(value, key);
        // Committed at once, not when the page's task ends: a write started as the page
        // unloads (a reload, a closed tab) is otherwise sometimes dropped unwritten.
        // commit() is in every current browser; older ones commit on their own.
        objects.transaction.commit?.();
        return promisifyRequest(objects.transaction);
      }),
    remove: (key) => del(key, database()),
    keys: async () => (await keys(database())).map(String),
  };
}

/**
 * Refuses every write while `isWriter()` is false: a tab that has lost the right to
 * write must never put its older copy over what the writing tab saved.
 */
export function writerGate(inner: StorageBackend, isWriter: () => boolean): StorageBackend {
  const refused = () => Promise.reject(new NotWriterError());
  return {
    get: (key) => inner.get(key),
    set: (key, value) => (isWriter() ? inner.set(key, value) : refused()),
    remove: (key) => (isWriter() ? inner.remove(key) : refused()),
    keys: () => inner.keys(),
  };
}
