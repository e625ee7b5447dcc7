/**
 * A form's fields, kept in the store as they are typed, so a reload or a closed lid
 * never loses them. `initial` is used until the person changes something.
 */
import { useCallback } from 'react';
import type { Draft } from '../../state/saved-budget';
import { useAppStore } from '../../state/store';

export function useDraft<T extends Draft>(key: string, initial: T): [T, (next: T) => void, () => void] {
  const stored = useAppStore((state) => state.drafts[key]) as T | undefined;
  const setDraft = useAppStore((state) => state.setDraft);
  const clearDraft = useAppStore((state) => state.clearDraft);
  const update = useCallback((next: T) => setDraft(key, next), [key, setDraft]);
  const clear = useCallback(() => clearDraft(key), [key, clearDraft]);
  return [stored ?? initial, update, clear];
}
