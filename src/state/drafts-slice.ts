/**
 * Forms being filled in, kept with the budgets so that a reload, a closed lid or a
 * crash never loses what was typed. A draft is cleared when its form is saved or left.
 */
import type { StateCreator } from 'zustand';
import type { Draft } from './saved-budget';

export interface DraftsSlice {
  drafts: Readonly<Record<string, Draft>>;
  setDraft(key: string, draft: Draft): void;
  clearDraft(key: string): void;
  /** Half-filled forms hold personal details too: they go when their budget goes. */
  clearDraftsOf(budgetId: string): void;
}

/** One key per form and item: `b-12ab/line/l-34cd`, `b-12ab/about/-`. */
export function draftKey(budgetId: string, form: string, itemId = '-'): string {
  return `${budgetId}/${form}/${itemId}`;
}

export const createDraftsSlice: StateCreator<DraftsSlice, [], [], DraftsSlice> = (set) => ({
  drafts: {},
  setDraft(key, draft) {
    set((state) => ({ drafts: { ...state.drafts, [key]: draft } }));
  },
  clearDraft(key) {
    set((state) => {
      if (!(key in state.drafts)) return state;
      const { [key]: _cleared, ...rest } = state.drafts;
      return { drafts: rest };
    });
  },
  clearDraftsOf(budgetId) {
    const prefix = `${budgetId}/`; // every key from draftKey starts so
    set((state) => ({
      drafts: Object.fromEntries(
        Object.entries(state.drafts).filter(([key]) => !key.startsWith(prefix)),
      ),
    }));
  },
});
