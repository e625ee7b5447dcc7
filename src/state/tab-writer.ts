/**
 * One tab writes at a time. With the Web Locks API the writing tab holds an exclusive
 * lock for as long as it is open; other tabs are readers, wait in line for it (so one
 * takes over by itself when the writer closes), and are told of each saved change over
 * a BroadcastChannel so they can read it again. "Use it here instead" asks the writer to
 * save what it has, then steals the lock; the old writer becomes a reader at once.
 *
 * A writer whose page goes for good lets the lock go as it goes (`release`, after its
 * last write is made), so the next tab becomes the writer at once rather than when the
 * browser has finished tearing the old page down; a tab that waits can always steal it
 * ("Use it here instead").
 *
 * Without Web Locks (old browsers, jsdom) the BroadcastChannel alone decides: the tab
 * opened or taken over last writes, and tells the others to stop. Without either, the
 * tab writes alone, as it cannot know of any other.
 */
import { createSignal, type Signal } from './signal';

export type TabRole = 'starting' | 'writer' | 'reader';

export interface TabWriter {
  readonly role: Signal<TabRole>;
  /** Become the writing tab: the writer saves what it has first, then stops writing. */
  takeOver(): Promise<void>;
  /** Tell other tabs that the saved state changed. */
  announceChange(): void;
  onRemoteChange(listener: () => void): () => void;
  /**
   * The page is going for good (pagehide, not kept for back and forward): this tab writes
   * no more and gives up the lock, or its place in line. Call after the last write is made.
   */
  release(): void;
}

export interface TabWriterEnv {
  readonly locks: LockManager | undefined;
  readonly channel: (() => BroadcastChannel) | undefined;
  /** Before this tab writes: read what the last writer saved. */
  readonly prepare: () => Promise<void>;
  /** When another tab takes over: save what is pending, while this tab may still write. */
  readonly handOver: () => Promise<void>;
  /** How long to wait for the writer to save before taking over anyway (a hung tab). */
  readonly handOverWaitMs?: number;
}

const LOCK = 'support-budget-builder:writer';
const CHANNEL = 'support-budget-builder';
type Message =
  { type: 'changed' } | { type: 'hand-over' } | { type: 'handed-over' } | { type: 'taken' };

export function defaultTabEnv(): Pick<TabWriterEnv, 'locks' | 'channel'> {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return {
    locks: nav?.locks,
    channel:
      typeof BroadcastChannel === 'undefined' ? undefined : () => new BroadcastChannel(CHANNEL),
  };
}

export function startTabWriter(env: TabWriterEnv): TabWriter {
  const role = createSignal<TabRole>('starting');
  const changes = new Set<() => void>();
  const channel = env.channel?.();
  const post = (message: Message) => channel?.postMessage(message);
  let handedOver: (() => void) | null = null;
  let waiting: AbortController | null = null;
  /** Ends the promise that holds the lock, letting it go. */
  let letGo: (() => void) | null = null;
  let released = false;

  const becomeWriter = async () => {
    await env.prepare();
    if (!released) role.set('writer');
  };

  channel?.addEventListener('message', (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message.type === 'changed' && role.get() === 'reader')
      for (const listener of changes) listener();
    if (message.type === 'handed-over') handedOver?.();
    if (message.type === 'hand-over' && role.get() === 'writer') {
      void env.handOver().finally(() => post({ type: 'handed-over' }));
    }
    // Only the fallback uses "taken": with Web Locks, losing the lock says it.
    if (message.type === 'taken' && env.locks === undefined) role.set('reader');
  });

  /** Holds the lock until the page closes or another tab steals it. */
  const hold = (granted: Lock | null): Promise<void> | undefined => {
    if (granted === null || released) return undefined;
    return new Promise<void>((resolve) => {
      letGo = resolve;
      void becomeWriter();
    });
  };

  const lostOrRefused = () => {
    role.set('reader');
    waitInLine();
  };

  function waitInLine() {
    if (env.locks === undefined || released) return;
    const controller = new AbortController();
    waiting = controller;
    env.locks.request(LOCK, { signal: controller.signal }, hold).catch(() => {
      if (waiting === controller) lostOrRefused(); // stolen while held; not our own abort
    });
  }

  /** Asks the writer to save what it has, and waits for its word (or a hung tab's silence). */
  const askToHandOver = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        handedOver = null;
        resolve();
      };
      handedOver = done;
      setTimeout(done, env.handOverWaitMs ?? 1500);
      post({ type: 'hand-over' });
    });

  if (env.locks !== undefined) {
    const locks = env.locks;
    locks
      .request(LOCK, { ifAvailable: true }, (granted) => {
        if (granted === null) {
          role.set('reader');
          waitInLine();
          return undefined;
        }
        return hold(granted);
      })
      .catch(lostOrRefused);
  } else {
    post({ type: 'taken' });
    void becomeWriter();
  }

  return {
    role,
    async takeOver() {
      if (role.get() === 'writer') return;
      if (channel !== undefined) await askToHandOver();
      if (env.locks === undefined) {
        post({ type: 'taken' });
        await becomeWriter();
        return;
      }
      const line = waiting;
      waiting = null;
      line?.abort();
      const stealing = new AbortController();
      waiting = stealing;
      env.locks.request(LOCK, { steal: true }, hold).catch(() => {
        if (waiting === stealing) lostOrRefused();
      });
    },
    announceChange: () => post({ type: 'changed' }),
    onRemoteChange(listener) {
      changes.add(listener);
      return () => {
        changes.delete(listener);
      };
    },
    release() {
      released = true;
      const line = waiting;
      waiting = null; // so the abort below is not taken for a stolen lock
      line?.abort();
      role.set('reader');
      letGo?.();
      letGo = null;
    },
  };
}
