/**
 * The passphrase lock's layer of storage: seals every value written while a key is held,
 * opens sealed values on reading, and refuses both while locked. It never writes plain
 * text over sealed data: only turning the lock off (usePlain) allows plain writes again.
 */
import { createSignal, type Signal } from './signal';
import {
  isSealedEnvelope,
  seal,
  SealError,
  unseal,
  type AtRestKey,
  type SealedEnvelope,
} from './at-rest-crypto';
import type { StorageBackend } from './storage-backend';

/** plain: no passphrase lock. locked: sealed data and no key. open: sealed, key held. */
export type AtRestState = 'plain' | 'locked' | 'open';

/** The data is sealed and this tab has no key for it (or the key no longer fits it). */
export class LockedError extends Error {
  override readonly name = 'LockedError';
}

export interface SealedBackend extends StorageBackend {
  readonly state: Signal<AtRestState>;
  /** Seal from now on with this key (after it has opened what is stored, or is new). */
  useKey(key: AtRestKey): void;
  /**
   * Read with this key but stay locked: to read the budgets back before the pages are
   * shown, so no page shows for a moment with none. useKey then opens.
   */
  readWith(key: AtRestKey): void;
  /** Forget the key: nothing is read or written until a key is given again. */
  forgetKey(): void;
  /** Write plain data from now on: only for turning the passphrase lock off. */
  usePlain(): void;
  /** What is stored under a key, if it is sealed: to check a passphrase against. */
  envelope(key: string): Promise<SealedEnvelope | null>;
}

export function sealedBackend(inner: StorageBackend): SealedBackend {
  let key: AtRestKey | null = null;
  const state = createSignal<AtRestState>('plain');
  const lock = () => {
    key = null;
    state.set('locked');
    return new LockedError();
  };

  /**
   * Sealing takes its own time (Web Crypto answers later), so the writes waiting for it
   * are put one after another in the order they were asked for: an older value never
   * lands over a newer one.
   */
  let unsealedYet: Promise<void> | null = null;
  const inTurn = (put: () => Promise<void>): Promise<void> => {
    const turn = (unsealedYet ?? Promise.resolve()).then(put);
    const settled = turn.then(
      () => undefined,
      () => undefined,
    );
    unsealedYet = settled;
    void settled.then(() => {
      if (unsealedYet === settled) unsealedYet = null;
    });
    return turn;
  };

  const setAll: StorageBackend['setAll'] = (entries) => {
    const now = state.get();
    if (now === 'locked') return Promise.reject(new LockedError());
    const sealWith = key;
    if (now === 'open' && sealWith !== null && entries.some(([, value]) => value !== undefined)) {
      const sealing = Promise.all(
        entries.map(async ([name, value]) =>
          value === undefined
            ? ([name, value] as const)
            : ([name, await seal(value, sealWith)] as const),
        ),
      );
      return inTurn(async () => inner.setAll(await sealing));
    }
    // Plain: made now, in the caller's task (a write as the page goes), unless a sealed
    // write is still being sealed, which it must follow.
    return unsealedYet === null ? inner.setAll(entries) : inTurn(() => inner.setAll(entries));
  };

  return {
    state,
    async get(name) {
      const stored = await inner.get(name);
      if (!isSealedEnvelope(stored)) {
        // Plain data: the lock is off (or was turned off in another tab).
        if (stored !== undefined && state.get() === 'open') {
          key = null;
          state.set('plain');
        }
        return stored;
      }
      if (key === null) throw lock();
      try {
        return await unseal(stored, key);
      } catch (error) {
        // Another passphrase (changed in another tab) or changed data: fail closed.
        if (error instanceof SealError) throw lock();
        throw error;
      }
    },
    set: (name, value) => setAll([[name, value]]),
    setAll,
    async remove(name) {
      if (state.get() === 'locked') throw new LockedError();
      await inner.remove(name);
    },
    keys: () => inner.keys(),
    useKey(next) {
      key = next;
      state.set('open');
    },
    readWith(next) {
      key = next;
    },
    forgetKey() {
      if (state.get() === 'open') lock();
    },
    usePlain() {
      key = null;
      state.set('plain');
    },
    async envelope(name) {
      const stored = await inner.get(name);
      return isSealedEnvelope(stored) ? stored : null;
    },
  };
}
