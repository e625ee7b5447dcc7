/**
 * Saving on the device: IndexedDB through idb-keyval, behind zustand's persist.
 *
 * - Each change is written at once: its IndexedDB put is made in the same task as the
 *   change, with nothing awaited before it. One write is in flight at a time; changes
 *   made meanwhile are written, the latest only, as soon as it ends. When the page is
 *   hidden or goes (`flush`), what waits is put at once too, without waiting for the
 *   write in flight (IndexedDB keeps the two in order). So a change typed just before a
 *   reload or a closed tab is already on its way to the disk as the page is torn down.
 * - Two entries: the whole state under the store's name, and the drafts alone under
 *   `<name>:drafts` (draftsKey). A change that leaves everything but the drafts as the
 *   device is known to hold it (the same objects) writes only the drafts: a keystroke in
 *   a 300-line budget copies a few hundred bytes, not the budget. Any other change writes
 *   both in one transaction. On reading, the drafts entry wins over the state's own.
 * - Each change's drafts are also kept synchronously beside IndexedDB (drafts-backstop.ts)
 *   until its write has landed, and read over the drafts entry: a tab torn down before its
 *   last write committed loses nothing a form held.
 * - What is read back is validated: the stored shape with zod, then each budget with the
 *   same rules as a budget file (stored-state-reader.ts, loaded with import() once
 *   IndexedDB has answered with something saved, so zod is not in the start-up script and
 *   a first visit, with nothing saved, never loads it; a start on a page other than the
 *   start page, where something is nearly always saved, fetches them at once with
 *   `preloadStoredStateChecks`). A budget that fails is set
 *   aside under its own key, never deleted, and reported. A tab that may not write yet
 *   (starting, locked, not the writing tab) holds the copy until it may: the state is
 *   never written again before every copy is.
 * - Data written by a newer version of the app is never overwritten: writing stops.
 * - It reads and writes through a StorageBackend (storage-backend.ts): IndexedDB, under
 *   the passphrase lock's sealing and the one-writing-tab gate when the app sets those up.
 *   A write those refuse is never retried over what is stored.
 */
import type { UseStore } from 'idb-keyval';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { SavedLedger } from './ledgers-slice';
import type { SavedRateCard } from './rate-cards-slice';
import type { Draft, SavedBudget } from './saved-budget';
import type { DraftsBackstop } from './drafts-backstop';
import { LockedError } from './sealed-backend';
import { isStorageFull } from './storage-full';
import { idbBackend, NotWriterError, type StorageBackend } from './storage-backend';

export { isStorageFull } from './storage-full';

const loadChecks = () => import('./stored-state-reader');

/**
 * Fetches the checks of saved data ahead of the read that needs them; a failure is met
 * there. Settles once they are here, or have failed.
 */
export function preloadStoredStateChecks(): Promise<void> {
  return loadChecks().then(
    () => undefined,
    () => undefined,
  );
}

export const STATE_VERSION = 1;

export interface StoredState {
  readonly budgets: Readonly<Record<string, SavedBudget>>;
  readonly drafts: Readonly<Record<string, Draft>>;
  readonly rateCards: Readonly<Record<string, SavedRateCard>>;
  /** Each budget's ledger, under the budget's id (docs/ledger.md). */
  readonly ledgers: Readonly<Record<string, SavedLedger>>;
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
  /**
   * Writes anything pending now, its put made before this returns: call when the page is
   * hidden or about to close. Settles once every write asked for so far has.
   */
  flush(): Promise<void>;
  /**
   * The next write is of the whole state, whatever changed: for when the layer beneath
   * is about to store it differently (sealed under a new passphrase, or plain again).
   */
  rewriteWhole(): void;
  /** Every copy kept aside because it could not be read, as it was stored. */
  keptAside(): Promise<KeptAside[]>;
  /** Removes these copies kept aside (once they are downloaded); refused if this tab may not write. */
  removeKeptAside(keys: readonly string[]): Promise<void>;
  health(): StorageHealth;
  onHealthChange(listener: (health: StorageHealth) => void): () => void;
  /** Called after each write that reached the device: to tell other tabs. */
  onWritten(listener: () => void): () => void;
  /**
   * Calls `listener` once the device is found to hold saved state and its checks are
   * here, before it is read (at once if that has happened): to fetch what will show it
   * while it is read. Never called when nothing is saved.
   */
  onSavedFound(listener: () => void): void;
}

/** A copy of saved data that could not be read, under the key it is kept by. */
export interface KeptAside {
  readonly key: string;
  readonly value: unknown;
}

export interface DeviceStorageOptions {
  readonly store?: UseStore;
  /** Where to read and write; IndexedDB (in `store`) when not given. */
  readonly backend?: StorageBackend;
  /**
   * Where each change's drafts are also kept, synchronously, until its write has reached
   * the device (drafts-backstop.ts); none when not given.
   */
  readonly backstop?: DraftsBackstop;
}

export function createDeviceStorage(options: DeviceStorageOptions = {}): DeviceStorage {
  const backend = options.backend ?? idbBackend(options.store);
  const backstop = options.backstop;
  const written = new Set<() => void>();
  /** Waiting for saved state to be found; null once it has been. */
  let untilFound: Set<() => void> | null = new Set();
  const found = () => {
    const waiting = untilFound;
    untilFound = null;
    for (const listener of waiting ?? []) listener();
  };
  /** The change to write, and the token its drafts were kept by (null if they were not). */
  let pending: { name: string; value: StorageValue<StoredState>; kept: string | null } | null =
    null;
  /** The last write begun and not yet settled; a change made meanwhile waits for it. */
  let inFlight: Promise<void> | null = null;
  /** The state kept back because a copy kept aside could not be written first. */
  let held = false;
  let writesBlocked = false;
  let current: StorageHealth = { kind: 'ok' };
  const listeners = new Set<(health: StorageHealth) => void>();
  const report = (health: StorageHealth) => {
    current = health;
    for (const listener of listeners) listener(health);
  };

  /**
   * Copies of what could not be read, by key, not yet written. A tab may read before it
   * may write (as it starts, while locked, while another tab writes): the copies wait
   * here, and the state is never written again until every one of them is.
   */
  const aside = new Map<string, unknown>();
  /**
   * The state as the device is known to hold it, but for the drafts (the same objects: the
   * store never changes one in place): as the last whole write that reached it, or the
   * last read, held it. Null when that is not known.
   */
  let saved: SavedParts | null = null;
  /** Writes begun so far: a read with none begun meanwhile holds what the device holds. */
  let writesBegun = 0;
  /** Counts the times `saved` was forgotten: a whole write begun before one never sets it. */
  let forgotten = 0;
  const forgetSaved = () => {
    saved = null;
    forgotten += 1;
  };
  let storeName: string | null = null;
  const asidePrefix = (name: string) => `${name}:set-aside:`;

  /** Writes each copy waiting; the first refusal, if one is refused (and the rest wait). */
  async function writeAside(): Promise<{ error: unknown } | null> {
    for (const [key, entry] of aside) {
      try {
        await backend.set(key, entry);
        aside.delete(key);
      } catch (error) {
        return { error };
      }
    }
    return null;
  }

  function reportFailure(error: unknown): void {
    if (error instanceof NotWriterError) report({ kind: 'refused' });
    else report({ kind: 'write-failed', reason: isStorageFull(error) ? 'full' : 'other' });
  }

  /**
   * Writes what is pending. With no copy waiting to be written first (the usual case) the
   * put is made here, before anything is awaited: as the page goes, there is no later.
   */
  function write(): Promise<void> {
    const next = pending;
    pending = null;
    if (writesBlocked) return inFlight ?? Promise.resolve();
    const run = aside.size > 0 ? writeAsideThenState(next) : writeState(next);
    const settled: Promise<void> = run.finally(() => {
      if (inFlight !== settled) return; // a later write (a flush) is the one to wait for
      inFlight = null;
      if (pending !== null && !held) void write(); // changed meanwhile: the latest now
    });
    inFlight = settled;
    return settled;
  }

  async function writeAsideThenState(next: typeof pending): Promise<void> {
    const refused = await writeAside();
    if (refused !== null) {
      // locked: the state in memory is being cleared, not edited; else it waits for the copies
      if (!(refused.error instanceof LockedError)) {
        if (pending === null && next !== null) {
          pending = next;
          held = true;
        }
        reportFailure(refused.error);
      }
      return;
    }
    await writeState(next);
  }

  function writeState(next: typeof pending): Promise<void> {
    if (next === null) return Promise.resolve();
    const { state } = next.value;
    const draftsValue = draftsEntry(next.value);
    // Only the drafts differ from what the device holds: only they are written (a
    // keystroke's write, small); else the whole state, and the drafts with it.
    const whole = saved === null || !sameParts(saved, state);
    const wholeSaved = whole ? savedParts(state) : null;
    const known = forgotten;
    writesBegun += 1;
    let put: Promise<void>;
    try {
      put = whole
        ? backend.setAll([
            [next.name, next.value],
            [draftsKey(next.name), draftsValue],
          ])
        : backend.set(draftsKey(next.name), draftsValue);
    } catch (error) {
      put = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return put.then(
      () => {
        if (next.kept !== null) backstop?.release(next.name, next.kept);
        if (wholeSaved !== null && known === forgotten) saved = wholeSaved;
        if (current.kind === 'write-failed' || current.kind === 'refused') report({ kind: 'ok' });
        for (const listener of written) listener();
      },
      (error: unknown) => {
        if (error instanceof LockedError) {
          // Locked: the state in memory is being cleared, not edited; nothing of it may stay
          // here either (what the device holds is read again on unlocking).
          forgetSaved();
          return;
        }
        reportFailure(error);
      },
    );
  }

  /** Keeps what could not be read under a key of its own; the same content, the same key. */
  function setAside(name: string, id: string, entry: unknown): void {
    aside.set(`${asidePrefix(name)}${id}:${fingerprint(JSON.stringify(entry) ?? '')}`, entry);
  }

  /** The keys of every copy kept aside: those written, and those waiting to be. */
  async function asideKeys(name: string): Promise<string[]> {
    const stored = (await backend.keys()).filter((key) => key.startsWith(asidePrefix(name)));
    return [...new Set([...stored, ...aside.keys()])].sort();
  }

  /**
   * The drafts written on their own after the state (null if there are none: state saved
   * before they were kept apart). Unreadable ones are kept aside and the state's own used.
   */
  async function readDrafts(
    name: string,
    readStoredDrafts: (value: unknown) => StoredState['drafts'] | null,
  ): Promise<StoredState['drafts'] | null | 'blocked'> {
    let raw: unknown;
    try {
      raw = await backend.get(draftsKey(name));
    } catch (error) {
      if (error instanceof LockedError) return 'blocked';
      return null; // the state's own drafts, a little older, rather than nothing
    }
    return draftsOf(name, raw, 'drafts', readStoredDrafts);
  }

  /** A stored drafts entry's drafts; null if there is none or it is kept aside unreadable. */
  function draftsOf(
    name: string,
    raw: unknown,
    asideId: string,
    readStoredDrafts: (value: unknown) => StoredState['drafts'] | null,
  ): StoredState['drafts'] | null | 'blocked' {
    if (raw === undefined) return null;
    const envelope = raw as { version?: unknown; state?: { drafts?: unknown } };
    if (typeof envelope.version === 'number' && envelope.version > STATE_VERSION) {
      writesBlocked = true;
      report({ kind: 'newer-version', version: envelope.version });
      return 'blocked';
    }
    const drafts = readStoredDrafts(envelope.state?.drafts);
    if (drafts === null) setAside(name, asideId, raw);
    return drafts;
  }

  return {
    async getItem(name) {
      storeName = name;
      forgetSaved(); // what is read is new objects: not known to be what is stored, yet
      const writesBeforeRead = writesBegun;
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
      // The checks load only when there is something to check: a first visit (nothing
      // saved) never loads them, nor zod with them. Caught here so that a failure to load
      // is never an unhandled rejection, and is answered below like unreadable data.
      const checks = await loadChecks().catch(() => null);
      if (checks === null) {
        writesBlocked = true; // not checked is not the same as empty: never write over it
        report({ kind: 'unreadable' });
        return null;
      }
      found();
      const read = checks.readStoredState(envelope.state);
      const stored = await readDrafts(name, checks.readStoredDrafts);
      // Drafts still kept beside IndexedDB are newer than its own: their write never landed.
      const keptDrafts =
        backstop === undefined
          ? null
          : draftsOf(name, backstop.read(name), 'drafts-kept', checks.readStoredDrafts);
      if (stored === 'blocked' || keptDrafts === 'blocked') return null;
      const drafts = keptDrafts ?? stored;
      if (!read.ok) setAside(name, 'all', raw);
      else {
        for (const [id, entry] of Object.entries(read.failedBudgets)) setAside(name, id, entry);
        for (const [id, entry] of Object.entries(read.failedCards))
          setAside(name, `rate-card:${id}`, entry);
        for (const [id, entry] of Object.entries(read.failedLedgers))
          setAside(name, `ledger:${id}`, entry);
      }
      // Written now if this tab may write; if not, before anything else it writes.
      const refused = await writeAside();
      if (
        refused !== null &&
        !(refused.error instanceof NotWriterError) &&
        !(refused.error instanceof LockedError)
      ) {
        reportFailure(refused.error);
      }
      // Copies kept on an earlier visit are still there: say so until they are removed.
      const kept = (await asideKeys(name)).length;
      if (kept > 0 && (current.kind === 'ok' || current.kind === 'set-aside'))
        report({ kind: 'set-aside', count: kept });
      if (!read.ok) return null;
      const state: StoredState = {
        budgets: read.budgets,
        drafts: drafts ?? read.drafts,
        rateCards: read.rateCards,
        ledgers: read.ledgers,
      };
      // Read whole, in this version, with no write begun meanwhile: the device holds just
      // this, so a keystroke that follows need write only the drafts. A budget set aside
      // or an older version's state is written whole at the next change.
      const readWhole = [read.failedBudgets, read.failedCards, read.failedLedgers].every(
        (failed) => Object.keys(failed).length === 0,
      );
      if (readWhole && envelope.version === STATE_VERSION && writesBegun === writesBeforeRead)
        saved = savedParts(state);
      return { state, version: envelope.version as number };
    },
    setItem(name, value) {
      // Kept now, in the change's own task, whatever the write in flight is doing.
      const kept = backstop?.keep(name, draftsEntry(value)) ?? null;
      pending = { name, value, kept };
      held = false;
      // At once, unless a write is in flight: then this (or a later change) follows it.
      if (inFlight === null) void write();
    },
    async removeItem(name) {
      pending = null;
      forgetSaved();
      backstop?.drop(name);
      await backend.setAll([
        [name, undefined],
        [draftsKey(name), undefined],
      ]);
    },
    flush: () => (pending !== null || aside.size > 0 ? write() : (inFlight ?? Promise.resolve())),
    rewriteWhole: forgetSaved,
    async keptAside() {
      if (storeName === null) return [];
      const keys = await asideKeys(storeName);
      return Promise.all(
        keys.map(async (key) => ({
          key,
          value: aside.has(key) ? aside.get(key) : await backend.get(key),
        })),
      );
    },
    async removeKeptAside(keys) {
      if (storeName === null) return;
      const name = storeName;
      for (const key of keys.filter((kept) => kept.startsWith(asidePrefix(name)))) {
        await backend.remove(key);
        aside.delete(key);
      }
      const left = (await asideKeys(name)).length;
      if (current.kind === 'set-aside')
        report(left > 0 ? { kind: 'set-aside', count: left } : { kind: 'ok' });
    },
    health: () => current,
    onHealthChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onWritten(listener) {
      written.add(listener);
      return () => written.delete(listener);
    },
    onSavedFound(listener) {
      if (untilFound === null) listener();
      else untilFound.add(listener);
    },
  };
}

/** The drafts, kept under a key of their own beside the state's so a keystroke writes only them. */
interface StoredDrafts {
  readonly drafts: StoredState['drafts'];
}

export const draftsKey = (name: string) => `${name}:drafts`;

/** The drafts entry written for a change: its drafts alone, in the state's version. */
const draftsEntry = (value: StorageValue<StoredState>): StorageValue<StoredDrafts> => ({
  state: { drafts: value.state.drafts },
  version: value.version ?? STATE_VERSION,
});

/** Every part of the stored state but the drafts, by name: a part added later is counted too. */
type SavedParts = ReadonlyMap<string, unknown>;

const savedParts = (state: StoredState): SavedParts =>
  new Map(Object.entries(state).filter(([part]) => part !== 'drafts'));

/** Whether every part but the drafts is what the device holds: the very same objects. */
function sameParts(saved: SavedParts, state: StoredState): boolean {
  const parts = savedParts(state);
  return (
    parts.size === saved.size && [...parts].every(([part, value]) => saved.get(part) === value)
  );
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
