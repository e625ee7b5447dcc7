/**
 * A form's fields, kept in the store as they are typed, so a reload or a closed lid
 * never loses them. `initial` is used until the person changes something.
 */
import { useCallback } from 'react';
import type { Draft } from '../../state/saved-budget';
import { useAppStore } from '../../state/store';

export function useDraft<T extends Draft>(
  key: string,
  initial: T,
): [
  T,
  (next: T) => void,
  () => void,
  (changes: Partial<T>) => void,
  (change: (current: T) => T) => void,
] {
  const stored = useAppStore((state) => state.drafts[key]) as T | undefined;
  const setDraft = useAppStore((state) => state.setDraft);
  const clearDraft = useAppStore((state) => state.clearDraft);
  const update = useCallback((next: T) => setDraft(key, next), [key, setDraft]);
  const clear = useCallback(() => clearDraft(key), [key, clearDraft]);
  // Changes some fields of the draft as it is now in the store, not as the caller last
  // rendered it: a memoised part of a form that did not re-render changes only its own.
  const patch = useCallback(
    (changes: Partial<T>) => {
      const current = (useAppStore.getState().drafts[key] as T | undefined) ?? initial;
      setDraft(key, { ...current, ...changes });
    },
    [key, initial, setDraft],
  );
  // The same, given a change to make to the draft as it is now: `(was) => ({ ...was, … })`.
  const apply = useCallback(
    (change: (current: T) => T) => {
      const current = (useAppStore.getState().drafts[key] as T | undefined) ?? initial;
      setDraft(key, change(current));
    },
    [key, initial, setDraft],
  );
  return [stored ?? initial, update, clear, patch, apply];
}
