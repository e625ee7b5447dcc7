/** The device session as React sees it: which tab writes, the lock, what the browser keeps. */
import { useEffect, useSyncExternalStore } from 'react';
import { persistence, tabRole, type Persistence } from '../../state/device-session';
import { idleLockMs, lockNow } from '../../state/passphrase-lock';
import type { AtRestState } from '../../state/sealed-backend';
import { createSignal, type Signal } from '../../state/signal';
import { atRest, useAppStore } from '../../state/store';
import type { TabRole } from '../../state/tab-writer';

function useSignal<T>(signal: Signal<T>): T {
  return useSyncExternalStore(signal.subscribe, signal.get);
}

export const useTabRole = (): TabRole => useSignal(tabRole);
export const usePersistence = (): Persistence => useSignal(persistence);
export const useAtRest = (): AtRestState => useSignal(atRest.state);

/**
 * While the passphrase lock is on, names stay out of what the browser keeps beyond the
 * lock's reach: page titles (its history) and the names of downloaded files.
 */
export const namesArePrivate = (): boolean => atRest.state.get() !== 'plain';
export const useNamesPrivate = (): boolean => useAtRest() !== 'plain';

/**
 * True once saved budgets have first been read. It stays true while they are read again
 * (another tab saved, or the lock opened), so the page is not swapped for "loading".
 */
const firstHydration = createSignal(useAppStore.persist.hasHydrated());
useAppStore.persist.onFinishHydration(() => firstHydration.set(true));
export const useFirstHydration = (): boolean => useSignal(firstHydration);

/**
 * True once the saved state has first been read and this tab knows whether it writes:
 * until then nothing may be saved, and no page that shows saved budgets can be drawn.
 */
export function useSessionReady(): boolean {
  const hydrated = useFirstHydration();
  const role = useTabRole();
  return hydrated && role !== 'starting';
}

const isReady = () => firstHydration.get() && tabRole.get() !== 'starting';

/**
 * Settles when the session is ready (see useSessionReady), with whether this tab may change
 * saved budgets then: it writes, and the passphrase lock is not locked. The start page draws
 * its buttons before that, and a press waits here, so it is never lost nor acted on early.
 */
export function whenSessionReady(): Promise<boolean> {
  const mayWrite = () => tabRole.get() === 'writer' && atRest.state.get() !== 'locked';
  if (isReady()) return Promise.resolve(mayWrite());
  return new Promise((resolve) => {
    const check = () => {
      if (!isReady()) return;
      stopHydration();
      stopRole();
      resolve(mayWrite());
    };
    const stopHydration = firstHydration.subscribe(check);
    const stopRole = tabRole.subscribe(check);
  });
}

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Locks after the idle time with no key, click, touch or scroll. Counted from the last
 * activity, so a laptop that slept or a tab left hidden locks as soon as it is seen again.
 */
export function useIdleLock(): void {
  const open = useAtRest() === 'open';
  useEffect(() => {
    if (!open) return undefined;
    const idleMs = idleLockMs();
    let last = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const left = last + idleMs - Date.now();
      if (left <= 0) void lockNow();
      else timer = setTimeout(check, left);
    };
    const active = () => {
      last = Date.now();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    for (const event of ACTIVITY)
      window.addEventListener(event, active, { passive: true, capture: true });
    document.addEventListener('visibilitychange', onVisible);
    timer = setTimeout(check, idleMs);
    return () => {
      clearTimeout(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, active, { capture: true });
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [open]);
}
