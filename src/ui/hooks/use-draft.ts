/**
 * A form's fields, kept in the store as they are typed, so a reload or a closed lid
 * never loses them. `initial` is used until the person changes something.
 */
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import type { Draft } from '../../state/saved-budget';
import { useAppStore } from '../../state/store';

/** The draft kept under `key`, as the store holds it now (undefined until something is typed). */
const storedDraft = <T extends Draft>(key: string) =>
  useAppStore.getState().drafts[key] as T | undefined;

export interface DraftActions<T extends Draft> {
  /** Puts the whole form. */
  readonly update: (next: T) => void;
  readonly clear: () => void;
  /**
   * Changes some fields of the draft as it is now in the store, not as the caller last
   * rendered it: a memoised part of a form that did not re-render changes only its own.
   */
  readonly patch: (changes: Partial<T>) => void;
  /** The same, given a change to make to the draft as it is now: `(was) => ({ ...was, … })`. */
  readonly apply: (change: (current: T) => T) => void;
}

/** What changes a draft, without rendering again when it changes. */
export function useDraftActions<T extends Draft>(key: string, initial: T): DraftActions<T> {
  const setDraft = useAppStore((state) => state.setDraft);
  const clearDraft = useAppStore((state) => state.clearDraft);
  const update = useCallback((next: T) => setDraft(key, next), [key, setDraft]);
  const clear = useCallback(() => clearDraft(key), [key, clearDraft]);
  const apply = useCallback(
    (change: (current: T) => T) => setDraft(key, change(storedDraft<T>(key) ?? initial)),
    [key, initial, setDraft],
  );
  const patch = useCallback(
    (changes: Partial<T>) => apply((current) => ({ ...current, ...changes })),
    [apply],
  );
  return useMemo(() => ({ update, clear, patch, apply }), [update, clear, patch, apply]);
}

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
  const { update, clear, patch, apply } = useDraftActions(key, initial);
  return [stored ?? initial, update, clear, patch, apply];
}

/**
 * The draft, followed in a transition: a keystroke renders the caller in a later task,
 * which React may interrupt and which takes a quick typist's keys together, never in the
 * keystroke's own. For a page whose parts that must show the key at once (the field typed
 * in, a running total) read the draft themselves.
 */
export function useDraftInTransition<T extends Draft>(key: string, initial: T): T {
  const [followed, setFollowed] = useState(() => ({ key, draft: storedDraft<T>(key) }));
  useEffect(() => {
    const follow = () => {
      const draft = storedDraft<T>(key);
      startTransition(() =>
        setFollowed((was) => (was.key === key && was.draft === draft ? was : { key, draft })),
      );
    };
    // Anything typed between the first render and now is taken too.
    follow();
    return useAppStore.subscribe((state, before) => {
      if (state.drafts[key] !== before.drafts[key]) follow();
    });
  }, [key]);
  // Another draft's page in the same place: read at once, never shown from the last one.
  const draft = followed.key === key ? followed.draft : storedDraft<T>(key);
  return draft ?? initial;
}
