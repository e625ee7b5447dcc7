/**
 * What the app starts once, beside the store: which tab writes (tab-writer.ts), reading
 * again when another tab saves, and asking the browser to keep saved data
 * (navigator.storage.persist). Component tests leave it unstarted: one tab, always writing.
 */
import { createSignal } from './signal';
import { deviceStorage, useAppStore, writeGate } from './store';
import { defaultTabEnv, startTabWriter, type TabRole, type TabWriter, type TabWriterEnv } from './tab-writer';

/** granted: the browser will not clear saved data to make room; refused: it may. */
export type Persistence = 'unknown' | 'granted' | 'refused' | 'unavailable';

export const tabRole = createSignal<TabRole>('writer');
export const persistence = createSignal<Persistence>('unknown');
let tabs: TabWriter | null = null;

export function startDeviceSession(env: Pick<TabWriterEnv, 'locks' | 'channel'> = defaultTabEnv()): void {
  if (tabs !== null) return;
  const rehydrate = () => useAppStore.persist.rehydrate();
  tabs = startTabWriter({ ...env, prepare: rehydrate, handOver: () => deviceStorage.flush() });
  const started = tabs;
  writeGate.isWriter = () => started.role.get() === 'writer';
  tabRole.set(started.role.get());
  started.role.subscribe((role) => {
    tabRole.set(role);
    // What this tab showed but could not save gives way to what the writer saved.
    if (role === 'reader') void rehydrate();
    // Copies of unreadable budgets, read while this tab could not write, are written now.
    if (role === 'writer') void deviceStorage.flush();
  });
  deviceStorage.onWritten(() => started.announceChange());
  started.onRemoteChange(() => void rehydrate());
  void requestPersistence(typeof navigator === 'undefined' ? undefined : navigator.storage).then((outcome) =>
    persistence.set(outcome),
  );
}

/** "Use it here instead": this tab becomes the one that writes. */
export function takeOverWriting(): Promise<void> {
  return tabs?.takeOver() ?? Promise.resolve();
}

/**
 * Asks once that saved budgets be kept when the device runs low on space (and, in
 * Safari, not cleared after seven days unvisited). The answer is shown, not assumed.
 */
export async function requestPersistence(storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined): Promise<Persistence> {
  if (storage === undefined || typeof storage.persist !== 'function') return 'unavailable';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'refused';
  } catch {
    return 'unavailable';
  }
}
