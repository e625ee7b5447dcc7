/**
 * Saving on the device: IndexedDB through idb-keyval, behind zustand's persist.
 *
 * - Writes are debounced (a keystroke does not write a 300-line budget each time) and
 *   flushed at once when the page is hidden or closed, so nothing typed more than a
 *   moment before a reload is lost.
 * - What is read back is validated: the stored shape with zod, then each budget with the
 *   same rules as a budget file (stored-state-reader.ts, loaded with import() while
 *   IndexedDB is read, so zod is not in the start-up script). A budget that fails is set
 *   aside under its own key, never deleted, and reported.
 * - Data written by a newer version of the app is never overwritten: writing stops.
 * - It reads and writes through a StorageBackend (storage-backend.ts): IndexedDB, under
 *   the passphrase lock's sealing and the one-writing-tab gate when the app sets those up.
 *   A write those refuse is never retried over what is stored.
 */
import type { UseStore } from 'idb-keyval';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { SavedRateCard } from './rate-cards-slice';
import type { Draft, SavedBudget } from './saved-budget';
import { LockedError } from './sealed-backend';
import { isStorageFull } from './storage-full';
import { idbBackend, NotWriterError, type StorageBackend } from './storage-backend';

export { isStorageFull } from './storage-full';

export const STATE_VERSION = 1;

export interface StoredState {
  readonly budgets: Readonly<Record<string, SavedBudget>>;
  readonly drafts: Readonly<Record<string, Draft>>;
  readonly rateCards: Readonly<Record<string, SavedRateCard>>;
}

export type StorageHealth =
  | { readonly kind: 'ok' }
  | { readonly kind: 'set-aside'; readonly count: number }
  | { readonly kind: 'newer-version'; readonly version: number }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'write-failed'; readonly reason: 'full' | 'other' }
  /** A change made here was not saved: another tab had become the one that writes. */
  | { readonly kind: 'refused' };

export interface DeviceStorage extends PersistStorage<StoredState> {
  /** Writes anything pending now: call when the page is hidden or about to close. */
  flush(): Promise<void>;
  health(): StorageHealth;
  onHealthChange(listener: (health: StorageHealth) => void): () => void;
  /** Called after each write that reached the device: to tell other tabs. */
  onWritten(listener: () => void): () => void;
}

export interface DeviceStorageOptions {
  readonly debounceMs?: number;
  readonly store?: UseStore;
  /** Where to read and write; IndexedDB (in `store`) when not given. */
  readonly backend?: StorageBackend;
}

export function createDeviceStorage(options: DeviceStorageOptions = {}): DeviceStorage {
  const debounceMs = options.debounceMs ?? 250;
  const backend = options.backend ?? idbBackend(options.store);
  const written = new Set<() => void>();
  let pending: { name: string; value: StorageValue<StoredState> } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writesBlocked = false;
  let current: StorageHealth = { kind: 'ok' };
  const listeners = new Set<(health: StorageHealth) => void>();
  const report = (health: StorageHealth) => {
    current = health;
    for (const listener of listeners) listener(health);
  };

  async function write(): Promise<void> {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const next = pending;
    pending = null;
    if (next === null || writesBlocked) return;
    try {
      await backend.set(next.name, next.value);
      if (current.kind === 'write-failed' || current.kind === 'refused') report({ kind: 'ok' });
      for (const listener of written) listener();
    } catch (error) {
      if (error instanceof LockedError) return; // locked: the state in memory is being cleared, not edited
      if (error instanceof NotWriterError) report({ kind: 'refused' });
      else report({ kind: 'write-failed', reason: isStorageFull(error) ? 'full' : 'other' });
    }
  }

  /** Keeps what could not be read under a key of its own; the same content, the same key. */
  async function setAside(name: string, id: string, entry: unknown): Promise<void> {
    try {
      await backend.set(`${name}:set-aside:${id}:${fingerprint(JSON.stringify(entry) ?? '')}`, entry);
    } catch {
      // A tab that may not write leaves it where it is: the writing tab keeps it aside.
    }
  }

  return {
    async getItem(name) {
      // The checks load while IndexedDB is read; caught here so that a failure to load
      // is never an unhandled rejection, and is answered below like unreadable data.
      const reader = import('./stored-state-reader').catch(() => null);
      let raw: unknown;
      try {
        raw = await backend.get(name);
      } catch (error) {
        if (error instanceof LockedError) return null; // sealed: the app asks for the passphrase
        writesBlocked = true; // unreadable is not the same as empty: never write over it
        report({ kind: 'unreadable' });
        return null;
      }
      if (raw === undefined) return null;
      const envelope = raw as { version?: unknown; state?: unknown };
      if (typeof envelope.version === 'number' && envelope.version > STATE_VERSION) {
        writesBlocked = true;
        report({ kind: 'newer-version', version: envelope.version });
        return null;
      }
      const checks = await reader;
      if (checks === null) {
        writesBlocked = true; // not checked is not the same as empty: never write over it
        report({ kind: 'unreadable' });
        return null;
      }
      const read = checks.readStoredState(envelope.state);
      if (!read.ok) {
        await setAside(name, 'all', raw);
        report({ kind: 'set-aside', count: 1 });
        return null;
      }
      for (const [id, entry] of Object.entries(read.failedBudgets)) await setAside(name, id, entry);
      for (const [id, entry] of Object.entries(read.failedCards)) await setAside(name, `rate-card:${id}`, entry);
      const setAsideCount = Object.keys(read.failedBudgets).length + Object.keys(read.failedCards).length;
      if (setAsideCount > 0) report({ kind: 'set-aside', count: setAsideCount });
      return { state: { budgets: read.budgets, drafts: read.drafts, rateCards: read.rateCards }, version: envelope.version as number };
    },
    setItem(name, value) {
      pending = { name, value };
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => void write(), debounceMs);
    },
    async removeItem(name) {
      pending = null;
      await backend.set(name, undefined);
    },
    flush: write,
    health: () => current,
    onHealthChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onWritten(listener) {
      written.add(listener);
      return () => written.delete(listener);
    },
  };
}

/** FNV-1a over the text: enough to tell two set-aside copies apart, not a security hash. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
