/** Waits for saved budgets to be read from the device, and writes pending changes on hide. */
import { useEffect, useSyncExternalStore } from 'react';
import type { StorageHealth } from '../../state/persistence';
import { deviceStorage } from '../../state/store';

/**
 * Each change is written as it is made; what still waits behind the write in flight is
 * put here, inside the handler. A closed lid or tab hides the page first: that is the
 * last safe moment to write. pagehide and beforeunload cover a reload or a closed window
 * where hiding comes late.
 */
export function useFlushOnHide(): void {
  useEffect(() => {
    const flush = () => void deviceStorage.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
}

export function useStorageHealth(): StorageHealth {
  return useSyncExternalStore(
    (onChange) => deviceStorage.onHealthChange(onChange),
    () => deviceStorage.health(),
  );
}
