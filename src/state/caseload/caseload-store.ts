/**
 * The caseload being looked at: budgets read from files, kept in memory only. They are
 * not written to the device's saved budgets (a quarter's caseload is thousands of other
 * people's plans) unless someone opens one. Reading and pricing run as jobs (run-job.ts);
 * files added while a read runs wait their turn, and a new card re-prices everything.
 */
import { create } from 'zustand';
import type { Benchmark } from '../../domain/benchmark/benchmark-schema';
import type { Result } from '../../domain/problems';
import type { CaseloadEntry } from '../../domain/caseload/entry';
import type { CardComparison, NextEntry } from '../../domain/caseload/next-card';
import { summariseParts, type CaseloadSummary } from '../../domain/caseload/summary';
import type { CaseloadPart } from '../../domain/caseload/summary-parts';
import { mostNamedCard } from '../../domain/caseload/price';
import type { Budget } from '../../domain/schema/budget';
import { rateCardById } from '../rate-card-lookup';
import { caseloadRateCards } from './caseload-cards';
import { caseloadClock } from './caseload-clock';
import {
  CHUNK_SIZE,
  readBudgetFile,
  type InvalidFile,
  type JobChunk,
  type NamedFile,
  type ReturnRecord,
} from '../../workers/caseload/caseload-jobs';
import { engineCount, startEngine, type EngineHandle } from '../../workers/caseload/run-job';
import type { TableQuery } from '../../present/caseload-table';

export type CaseloadPhase = 'empty' | 'reading' | 'pricing' | 'ready' | 'fault';

export interface CaseloadState {
  readonly phase: CaseloadPhase;
  readonly progress: { readonly done: number; readonly total: number };
  /** How many files were valid budgets. */
  readonly valid: number;
  /** The rate card each valid budget names, to choose the card at first. */
  readonly cardsNamed: readonly string[];
  /** What the PHB return counts of each valid budget, in the order read. */
  readonly plans: readonly ReturnRecord[];
  /** Files that could not be read as budgets, in the order of their names. */
  readonly unreadable: readonly InvalidFile[];
  /** Budgets that cannot be priced on the chosen card (a provider or area it lacks). */
  readonly unpriceable: readonly InvalidFile[];
  readonly cardId: string | null;
  /** Next year's card, to price every budget on as well and compare; null for none. */
  readonly nextCardId: string | null;
  /** The budgets priced on next year's card, by file. */
  readonly nextEntries: readonly NextEntry[];
  /** This year's card against next year's, once every budget is priced on both. */
  readonly comparison: CardComparison | null;
  /** The day every budget is priced as at, chosen on the page; null for today (caseloadClock). */
  readonly asOf: string | null;
  readonly entries: readonly CaseloadEntry[];
  /** The caseload's figures, once every budget is priced. */
  readonly summary: CaseloadSummary | null;
  /** Files left out because a file of the same name was already loaded. */
  readonly repeated: number;
  /** The table's filter, sort and the row scrolled to: kept while someone opens a budget and comes back. */
  readonly query: TableQuery;
  readonly firstRow: number;
  setQuery(query: Partial<TableQuery>): void;
  setFirstRow(row: number): void;
  addFiles(files: readonly NamedFile[]): void;
  chooseCard(id: string): void;
  /** Prices every budget on next year's card too (null: no longer). */
  chooseNextCard(id: string | null): void;
  /** Prices every budget again as at this day (`YYYY-MM-DD`). */
  chooseAsOf(date: string): void;
  /**
   * The benchmark file of the priced caseload, built and checked in a worker (as at the
   * day it was priced, on its card); null when nothing is priced.
   */
  buildBenchmark(where: {
    readonly area: string;
    readonly population: number | null;
  }): Promise<Result<Benchmark> | null>;
  /** The budget in a loaded file, read again from the file itself (the worker keeps its copy). */
  budgetIn(file: string): Promise<Budget | null>;
  clear(): void;
}

const EMPTY = {
  phase: 'empty',
  progress: { done: 0, total: 0 },
  valid: 0,
  cardsNamed: [],
  plans: [],
  unreadable: [],
  unpriceable: [],
  cardId: null,
  nextCardId: null,
  nextEntries: [],
  comparison: null,
  asOf: null,
  entries: [],
  summary: null,
  repeated: 0,
  query: { words: '', having: '', sort: 'annual', direction: 'descending' },
  firstRow: 0,
} as const;

const byFile = (a: { file: string }, b: { file: string }) =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : 0;

export const useCaseloadStore = create<CaseloadState>()((set, get) => {
  // The budgets are shared between engines (workers), a batch to each in turn.
  let engines: EngineHandle[] = [];
  let job = 0;
  /** Engines still to say they have finished the current job. */
  let running = 0;
  let waiting: NamedFile[] = [];
  const files = new Map<string, Blob>();
  let pricedAsOf = '';
  /** Each engine's part of the summary of the current pricing. */
  let parts: CaseloadPart[] = [];
  /** What the engines have priced so far in the current pricing. */
  let priced: { entries: CaseloadEntry[]; next: NextEntry[]; invalid: InvalidFile[] } = {
    entries: [],
    next: [],
    invalid: [],
  };
  /** Benchmark files being built, by their own job (below 0, apart from the caseload's jobs). */
  const benchmarks = new Map<number, (built: Result<Benchmark>) => void>();
  let benchmarkJob = 0;

  const onChunk = (chunk: JobChunk) => {
    if (chunk.kind === 'benchmark') {
      benchmarks.get(chunk.job)?.(chunk.built);
      benchmarks.delete(chunk.job);
      return;
    }
    if (chunk.job !== job) return;
    if (chunk.kind === 'part') parts.push(chunk.part);
    else if (chunk.kind === 'comparison') set({ comparison: chunk.comparison });
    else if (chunk.kind === 'read') {
      set((state) => ({
        progress: { done: state.progress.done + chunk.count, total: state.progress.total },
        valid: state.valid + chunk.cards.length,
        cardsNamed: [...state.cardsNamed, ...chunk.cards],
        plans: [...state.plans, ...chunk.plans],
        unreadable: [...state.unreadable, ...chunk.invalid],
      }));
    } else {
      // Kept here and published once every engine has priced: copying the list at every
      // chunk made a nation's caseload (800 chunks of 250) cost the square of its size.
      for (const entry of chunk.entries) priced.entries.push(entry);
      for (const entry of chunk.next) priced.next.push(entry);
      for (const invalid of chunk.invalid) priced.invalid.push(invalid);
      set((state) => ({
        progress: {
          done: state.progress.done + chunk.entries.length + chunk.invalid.length,
          total: state.progress.total,
        },
      }));
    }
  };

  const onEnd = (ended: number) => {
    if (ended !== job || --running > 0) return;
    const { phase, summary, nextCardId } = get();
    if (phase === 'reading') {
      set((state) => ({ unreadable: [...state.unreadable].sort(byFile) }));
      if (waiting.length > 0) read();
      else price();
      return;
    }
    if (summary === null) {
      set({ entries: priced.entries, nextEntries: priced.next, unpriceable: priced.invalid });
      summarise();
      // Next year's card is compared over every engine's entries, in one worker.
      if (nextCardId !== null) return compare(nextCardId);
    }
    set((state) => ({ phase: 'ready', unpriceable: [...state.unpriceable].sort(byFile) }));
  };

  const engine = (index: number): EngineHandle => {
    if (engines.length === 0) {
      engines = Array.from({ length: engineCount() }, () =>
        startEngine({ chunk: onChunk, end: onEnd, fault: () => set({ phase: 'fault' }) }),
      );
    }
    return engines[index % engines.length] as EngineHandle;
  };

  const read = () => {
    const batch = waiting;
    waiting = [];
    set({ phase: 'reading', progress: { done: 0, total: batch.length } });
    const current = ++job;
    const batches = Math.ceil(batch.length / CHUNK_SIZE);
    engine(0);
    const used = Math.min(batches, engines.length);
    running = used;
    // One batch a task, each engine in turn: the page paints and responds between the
    // copies to the workers. Each engine's last batch says so, and it then reports its end.
    const post = (index: number) => {
      if (current !== job) return;
      const files = batch.slice(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE);
      engine(index).send({ kind: 'read', job: current, files, last: index + used >= batches });
      if (index + 1 < batches) setTimeout(() => post(index + 1), 0);
    };
    post(0);
  };

  const price = () => {
    const { cardsNamed, valid } = get();
    let cardId = get().cardId;
    if (cardId === null || rateCardById(cardId) === undefined) {
      const known = caseloadRateCards().map((card) => card.id);
      cardId =
        mostNamedCard(
          cardsNamed.map((rateCard) => ({ rateCard })),
          known,
        ) ??
        known[0] ??
        null;
    }
    const card = cardId === null ? undefined : rateCardById(cardId);
    if (card === undefined) {
      set({ phase: 'fault' });
      return;
    }
    // The day is fixed when pricing starts, so every engine prices as at the same day.
    const asOf = get().asOf ?? caseloadClock.today();
    pricedAsOf = asOf;
    const nextCardId = get().nextCardId;
    const nextCard = nextCardId === null ? null : (rateCardById(nextCardId) ?? null);
    set({
      phase: 'pricing',
      cardId,
      entries: [],
      nextEntries: [],
      summary: null,
      comparison: null,
      unpriceable: [],
      progress: { done: 0, total: valid },
    });
    priced = { entries: [], next: [], invalid: [] };
    const current = ++job;
    parts = [];
    engine(0);
    running = engines.length;
    for (const each of engines) each.send({ kind: 'price', job: current, card, asOf, nextCard });
  };

  /** Every engine's part merged: sums of sums, the medians and percents from the merged sums. */
  const summarise = () => {
    const card = rateCardById(get().cardId ?? '');
    if (card === undefined) return;
    set({ summary: summariseParts(parts, card, pricedAsOf) });
  };

  const compare = (nextCardId: string) => {
    running = 1;
    const { entries, nextEntries, cardId } = get();
    engine(0).send({
      kind: 'compare',
      job,
      entries,
      card: cardId ?? '',
      next: { card: nextCardId, entries: nextEntries },
    });
  };

  return {
    ...EMPTY,
    setQuery(query) {
      // A new filter or order starts again from the first row.
      set((state) => ({ query: { ...state.query, ...query }, firstRow: 0 }));
    },
    setFirstRow(firstRow) {
      set({ firstRow });
    },
    addFiles(added) {
      const fresh: NamedFile[] = [];
      let repeated = 0;
      for (const named of added) {
        if (files.has(named.name)) repeated++;
        else {
          files.set(named.name, named.file);
          fresh.push(named);
        }
      }
      set((state) => ({ repeated: state.repeated + repeated }));
      if (fresh.length === 0) return;
      waiting = [...waiting, ...fresh];
      if (get().phase !== 'reading') read();
    },
    chooseCard(id) {
      if (id === get().cardId || get().phase === 'reading') return;
      set({ cardId: id });
      if (get().valid > 0) price();
    },
    chooseNextCard(id) {
      if (id === get().nextCardId || get().phase === 'reading') return;
      set({ nextCardId: id });
      if (get().valid > 0) price();
    },
    chooseAsOf(date) {
      if (date === get().asOf || get().phase === 'reading') return;
      set({ asOf: date });
      if (get().valid > 0) price();
    },
    buildBenchmark({ area, population }) {
      const { summary, entries } = get();
      if (summary === null) return Promise.resolve(null);
      const own = --benchmarkJob;
      return new Promise((resolve) => {
        benchmarks.set(own, resolve);
        engine(0).send({
          kind: 'benchmark',
          job: own,
          entries,
          options: { area, population, asOf: summary.asOf, rateCard: summary.rateCard },
        });
      });
    },
    async budgetIn(file) {
      const blob = files.get(file);
      if (blob === undefined) return null;
      const result = await readBudgetFile(blob);
      return result.ok ? result.value : null;
    },
    clear() {
      for (const each of engines) each.stop();
      engines = [];
      benchmarks.clear();
      job++;
      waiting = [];
      files.clear();
      set(EMPTY);
    },
  };
});
