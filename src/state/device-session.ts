/**
 * What the app starts once, beside the store: which tab writes (tab-writer.ts), reading
 * again when another tab saves, and asking the browser to keep saved data
 * (navigator.storage.persist). Component tests leave it unstarted: one tab, always writing.
 *
 * The saved state is read one read at a time, in order, starting after the first read:
 * a read begun while this tab was a reader therefore always ends before the tab becomes
 * the writer (its own read comes after), and can never put the older saved state back
 * over a change typed once it writes. A reader hearing of many changes at once reads once
 * more, not once for each.
 */
import { createSignal } from './signal';
import { deviceStorage, useAppStore, writeGate } from './store';
import {
  defaultTabEnv,
  startTabWriter,
  type TabRole,
  type TabWriter,
  type TabWriterEnv,
} from './tab-writer';

/** granted: the browser will not clear saved data to make room; refused: it may. */
export type Persistence = 'unknown' | 'granted' | 'refused' | 'unavailable';

export const tabRole = createSignal<TabRole>('writer');
export const persistence = createSignal<Persistence>('unknown');
let tabs: TabWriter | null = null;

export function startDeviceSession(
  env: Pick<TabWriterEnv, 'locks' | 'channel'> = defaultTabEnv(),
): void {
  if (tabs !== null) return;
  let reads = firstRead();
  const read = (when: () => boolean): Promise<void> =>
    (reads = reads.then(() => (when() ? useAppStore.persist.rehydrate() : undefined)));
  let readWaiting = false;
  const readIfReader = () => {
    if (readWaiting) return; // the read waiting will see this change too
    readWaiting = true;
    void read(() => {
      readWaiting = false;
      return started.role.get() === 'reader';
    });
  };
  tabs = startTabWriter({
    ...env,
    prepare: () => read(() => true),
    handOver: () => deviceStorage.flush(),
  });
  const started = tabs;
  writeGate.isWriter = () => started.role.get() === 'writer';
  tabRole.set(started.role.get());
  started.role.subscribe((role) => {
    tabRole.set(role);
    // What this tab showed but could not save gives way to what the writer saved.
    if (role === 'reader') readIfReader();
    // Copies of unreadable budgets, read while this tab could not write, are written now.
    if (role === 'writer') void deviceStorage.flush();
  });
  // Each change is written at once; other tabs are told at most every quarter second.
  deviceStorage.onWritten(atMostEvery(ANNOUNCE_MS, () => started.announceChange()));
  started.onRemoteChange(readIfReader);
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', (event) => {
      // The last write is made first (its put is made in this call), then the lock goes.
      void deviceStorage.flush();
      if (!event.persisted) started.release();
    });
  }
  void requestPersistence(typeof navigator === 'undefined' ? undefined : navigator.storage).then(
    (outcome) => persistence.set(outcome),
  );
}

const ANNOUNCE_MS = 250;

/** Settles once the saved state has first been read (as the store is made). */
function firstRead(): Promise<void> {
  return new Promise((resolve) => {
    if (useAppStore.persist.hasHydrated()) {
      resolve();
      return;
    }
    const stop = useAppStore.persist.onFinishHydration(() => {
      stop();
      resolve();
    });
  });
}

/** Calls `act` at once, then at most once per `ms` while calls keep coming, the last never dropped. */
function atMostEvery(ms: number, act: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let again = false;
  const tick = () => {
    if (again) {
      again = false;
      act();
      timer = setTimeout(tick, ms);
    } else timer = null;
  };
  return () => {
    if (timer !== null) {
      again = true;
      return;
    }
    act();
    timer = setTimeout(tick, ms);
  };
}

/** "Use it here instead": this tab becomes the one that writes. */
export function takeOverWriting(): Promise<void> {
  return tabs?.takeOver() ?? Promise.resolve();
}

/**
 * Asks once that saved budgets be kept when the device runs low on space (and, in
 * Safari, not cleared after seven days unvisited). The answer is shown, not assumed.
 */
export async function requestPersistence(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined,
): Promise<Persistence> {
  if (storage === undefined || typeof storage.persist !== 'function') return 'unavailable';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'refused';
  } catch {
    return 'unavailable';
  }
}
