/**
 * Where saved state goes, as layers that each know nothing of the state's fields:
 * IndexedDB at the bottom, then the one-writing-tab gate (below), then the passphrase
 * lock's sealing (sealed-backend.ts). persistence.ts reads and writes through the top one.
 */
import { del, get, keys, promisifyRequest, type UseStore } from 'idb-keyval';

export interface StorageBackend {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Writes every entry together, all or none (one IndexedDB transaction). */
  setAll(entries: readonly (readonly [key: string, value: unknown])[]): Promise<void>;
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
  const database = () => (idb ??= openIdbStore('support-budget-builder', 'state'));
  const putAll = (entries: readonly (readonly [string, unknown])[]) =>
    database()('readwrite', (objects) => {
      for (const [key, value] of entries) objects.put(value, key);
      // Committed at once, not when the page's task ends: a write made as the page
      // unloads (a reload, a closed tab) is otherwise sometimes dropped unwritten.
      // commit() is in every current browser; older ones commit on their own.
      objects.transaction.commit?.();
      return promisifyRequest(objects.transaction);
    });
  return {
    get: (key) => get(key, database()),
    set: (key, value) => putAll([[key, value]]),
    setAll: (entries) => putAll(entries),
    remove: (key) => del(key, database()),
    keys: async () => (await keys(database())).map(String),
  };
}

/**
 * idb-keyval's store, except that once the database is open a transaction begins in the
 * caller's own task, with no promise in between: a write asked for as the page goes
 * (pagehide) has made its put before that event's handler returns. Until the database
 * is open (only as the app starts) a transaction waits for it. A connection the browser
 * closes is opened again at the next use.
 */
export function openIdbStore(databaseName: string, storeName: string): UseStore {
  let open: IDBDatabase | null = null;
  let opening: Promise<IDBDatabase> | null = null;
  const connect = () => {
    if (opening !== null) return opening;
    const request = indexedDB.open(databaseName);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    const connecting = promisifyRequest(request);
    opening = connecting;
    connecting.then(
      (connection) => {
        open = connection;
        connection.onclose = () => {
          open = null;
          opening = null;
        };
      },
      () => {
        opening = null;
      },
    );
    return connecting;
  };
  return (mode, callback) => {
    if (open === null)
      return connect().then((connection) =>
        callback(connection.transaction(storeName, mode).objectStore(storeName)),
      );
    try {
      return Promise.resolve(callback(open.transaction(storeName, mode).objectStore(storeName)));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
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
    setAll: (entries) => (isWriter() ? inner.setAll(entries) : refused()),
    remove: (key) => (isWriter() ? inner.remove(key) : refused()),
    keys: () => inner.keys(),
  };
}
