/**
 * The caseload being looked at: budgets read from files, kept in memory only. They are
 * not written to the device's saved budgets (a quarter's caseload is thousands of other
 * people's plans) unless someone opens one. Reading and pricing run as jobs (run-job.ts);
 * files added while a read runs wait their turn, and a new card re-prices everything.
 */
import { create } from 'zustand';
import type { CaseloadEntry } from '../../domain/caseload/entry';
import { mostNamedCard } from '../../domain/caseload/price';
import { rateCardById } from '../hooks/use-budget';
import { caseloadRateCards } from './caseload-cards';
import type { InvalidFile, JobChunk, LoadedBudget, NamedFile } from './caseload-jobs';
import type { TableQuery } from './table-rows';
import { startJob } from './run-job';

export type CaseloadPhase = 'empty' | 'reading' | 'pricing' | 'ready' | 'fault';

export interface CaseloadState {
  readonly phase: CaseloadPhase;
  readonly progress: { readonly done: number; readonly total: number };
  /** Valid budget files, in the order of their names. */
  readonly budgets: readonly LoadedBudget[];
  /** Files that could not be read as budgets. */
  readonly unreadable: readonly InvalidFile[];
  /** Budgets that cannot be priced on the chosen card (a provider or area it lacks). */
  readonly unpriceable: readonly InvalidFile[];
  readonly cardId: string | null;
  readonly entries: readonly CaseloadEntry[];
  /** Files left out because a file of the same name was already loaded. */
  readonly repeated: number;
  /** The table's filter, sort and page: kept while someone opens a budget and comes back. */
  readonly query: TableQuery;
  readonly page: number;
  setQuery(query: Partial<TableQuery>): void;
  setPage(page: number): void;
  addFiles(files: readonly NamedFile[]): void;
  chooseCard(id: string): void;
  clear(): void;
}

const EMPTY = {
  phase: 'empty',
  progress: { done: 0, total: 0 },
  budgets: [],
  unreadable: [],
  unpriceable: [],
  cardId: null,
  entries: [],
  repeated: 0,
  query: { words: '', having: '', sort: 'annual', direction: 'descending' },
  page: 0,
} as const;

const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export const useCaseloadStore = create<CaseloadState>()((set, get) => {
  let stop: (() => void) | null = null;
  let waiting: NamedFile[] = [];

  const run = (chunkOf: (chunk: JobChunk) => void, end: () => void, request: Parameters<typeof startJob>[0]) => {
    stop?.();
    stop = startJob(request, {
      chunk: chunkOf,
      end: () => {
        stop = null;
        end();
      },
      fault: () => {
        stop = null;
        set({ phase: 'fault' });
      },
    });
  };

  const read = () => {
    const files = waiting;
    waiting = [];
    set({ phase: 'reading', progress: { done: 0, total: files.length } });
    run(
      (chunk) => {
        if (chunk.kind !== 'read') return;
        set((state) => ({
          progress: { done: chunk.done, total: files.length },
          budgets: [...state.budgets, ...chunk.budgets],
          unreadable: [...state.unreadable, ...chunk.invalid],
        }));
      },
      () => {
        set((state) => ({ budgets: [...state.budgets].sort(byFile), unreadable: [...state.unreadable].sort(byFile) }));
        if (waiting.length > 0) read();
        else price();
      },
      { kind: 'read', files },
    );
  };

  const price = () => {
    const { budgets } = get();
    let cardId = get().cardId;
    if (cardId === null || rateCardById(cardId) === undefined) {
      const known = caseloadRateCards().map((card) => card.id);
      cardId = mostNamedCard(budgets.map((b) => b.budget), known) ?? known[0] ?? null;
    }
    const card = cardId === null ? undefined : rateCardById(cardId);
    if (card === undefined) {
      set({ phase: 'fault' });
      return;
    }
    set({ phase: 'pricing', cardId, entries: [], unpriceable: [], progress: { done: 0, total: budgets.length } });
    run(
      (chunk) => {
        if (chunk.kind !== 'price') return;
        set((state) => ({
          progress: { done: chunk.done, total: budgets.length },
          entries: [...state.entries, ...chunk.entries],
          unpriceable: [...state.unpriceable, ...chunk.invalid],
        }));
      },
      () => set({ phase: 'ready' }),
      { kind: 'price', budgets, card },
    );
  };

  return {
    ...EMPTY,
    setQuery(query) {
      // A new filter or order starts again from the first page.
      set((state) => ({ query: { ...state.query, ...query }, page: 0 }));
    },
    setPage(page) {
      set({ page });
    },
    addFiles(files) {
      const state = get();
      const known = new Set([...state.budgets, ...state.unreadable].map((loaded) => loaded.file));
      for (const queued of waiting) known.add(queued.name);
      const fresh: NamedFile[] = [];
      let repeated = 0;
      for (const file of files) {
        if (known.has(file.name)) repeated++;
        else {
          known.add(file.name);
          fresh.push(file);
        }
      }
      set({ repeated: state.repeated + repeated });
      if (fresh.length === 0) return;
      waiting = [...waiting, ...fresh];
      if (state.phase !== 'reading') read();
    },
    chooseCard(id) {
      if (id === get().cardId || get().phase === 'reading') return;
      set({ cardId: id });
      if (get().budgets.length > 0) price();
    },
    clear() {
      stop?.();
      stop = null;
      waiting = [];
      set(EMPTY);
    },
  };
});
