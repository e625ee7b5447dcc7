/**
 * Whether what this device saves is sealed under the passphrase lock, marked in
 * localStorage, which the page can read in its first task, before IndexedDB answers. The
 * app draws the start page at once on a first visit, before the saved state is read; on a
 * device whose saved state is sealed it draws the loading status ("Opening your saved budgets…") instead, and then asks for the
 * passphrase, rather than showing the start page for a moment and taking it away.
 *
 * The mark says only that the lock is on, which the sealed copy in IndexedDB says too; it
 * holds nothing of any budget.
 */
import type { AtRestState } from './sealed-backend';
import type { Signal } from './signal';

export const sealedMarkKey = (name: string) => `${name}:sealed`;

/** Keeps the mark in step with the lock: set while sealed (locked or open), gone when plain. */
export function keepSealedMark(
  state: Signal<AtRestState>,
  storage: Storage | null,
  name: string,
): () => void {
  return state.subscribe((now) => {
    try {
      if (now === 'plain') storage?.removeItem(sealedMarkKey(name));
      else storage?.setItem(sealedMarkKey(name), '1');
    } catch {
      // Storage refused: without the mark the start page shows first, as it did before.
    }
  });
}

export function hasSealedMark(storage: Storage | null, name: string): boolean {
  try {
    return storage?.getItem(sealedMarkKey(name)) === '1';
  } catch {
    return false;
  }
}
