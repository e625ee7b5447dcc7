/**
 * The caseload being looked at: budgets read from files, kept in memory only. They are
 * not written to the device's saved budgets (a quarter's caseload is thousands of other
 * people's plans) unless someone opens one. Reading and pricing run as jobs (run-job.ts);
 * files added while a read runs wait their turn, and a new card re-prices everything.
 */
import { create } from 'zustand';
import type { Benchmark } from '../../domain/benchmark/benchmark-schema';
import type { Result } from '../../domain/problems';
import { listedRows, type CaseloadRows } from '../../domain/caseload/caseload-row';
import type { CardComparison } from '../../domain/caseload/next-card';
import type { CaseloadSummary, RankedBudget } from '../../domain/caseload/summary';
import { mostCountedCard } from '../../domain/caseload/price';
import type { Budget } from '../../domain/schema/budget';
import type { RateCard } from '../../domain/schema/rate-card';
import { rateCardById } from '../rate-card-lookup';
import { byFile } from '../../domain/code-unit-order';
import { caseloadRateCards } from './caseload-cards';
import { caseloadClock } from './caseload-clock';
import {
  budgetFileBytes,
  CHUNK_SIZE,
  readBatch,
  type InvalidFile,
  type JobChunk,
  type NamedFile,
  type ReturnRecords,
} from '../../workers/caseload/caseload-jobs';
import { isZipName } from '../../io/zip/zip-share';
import { engineCount } from '../../workers/jobs';
import { startEngine, type EngineHandle } from '../../workers/caseload/run-job';
import type { TableOrders, TableQuery } from '../../present/caseload-table';
import { SharedStrings } from './shared-strings';
import { PackedPlans } from './packed-plans';
import { PackedRows } from './packed-rows';

export type CaseloadPhase = 'empty' | 'reading' | 'pricing' | 'ready' | 'fault';

export interface CaseloadState {
  readonly phase: CaseloadPhase;
  readonly progress: { readonly done: number; readonly total: number };
  /** How many files were valid budgets. */
  readonly valid: number;
  /** How many valid budgets name each rate card, to choose the card at first. */
  readonly cardsNamed: ReadonlyMap<string, number>;
  /** What the PHB return counts of each valid budget, in the order read. */
  readonly plans: ReturnRecords;
  /** Files that could not be read as budgets, in the order of their names. */
  readonly unreadable: readonly InvalidFile[];
  /** Budgets that cannot be priced on the chosen card (a provider or area it lacks). */
  readonly unpriceable: readonly InvalidFile[];
  readonly cardId: string | null;
  /** Next year's card, to price every budget on as well and compare; null for none. */
  readonly nextCardId: string | null;
  /** This year's card against next year's, once every budget is priced on both. */
  readonly comparison: CardComparison | null;
  /** The day every budget is priced as at, chosen on the page; null for today (caseloadClock). */
  readonly asOf: string | null;
  /**
   * What the page keeps of each budget priced, in the order the engines sent them; the
   * entries themselves are not kept, in the engines or here.
   */
  readonly entries: CaseloadRows;
  /** Every order of the table, worked out in a worker once every budget is priced. */
  readonly orders: TableOrders | null;
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
  /** The budget in a loaded file, as the engine that read it keeps it. */
  budgetIn(file: string): Promise<Budget | null>;
  clear(): void;
}

const NO_ROWS: CaseloadRows = listedRows([]);

const EMPTY = {
  phase: 'empty',
  progress: { done: 0, total: 0 },
  valid: 0,
  cardsNamed: new Map<string, number>(),
  plans: [],
  unreadable: [],
  unpriceable: [],
  cardId: null,
  nextCardId: null,
  comparison: null,
  asOf: null,
  entries: NO_ROWS,
  orders: null,
  summary: null,
  repeated: 0,
  query: { words: '', having: '', sort: 'annual', direction: 'descending' },
  firstRow: 0,
} as const;

interface Priced {
  rows: PackedRows;
  invalid: InvalidFile[];
  keys: Float64Array[];
  /** Each priced chunk's files and names as one text (sortNamesOf) in UTF-8, for the table's orders. */
  names: Uint8Array[];
}

/** A budget asked of every engine: the one that read its file answers with it. */
interface Asking {
  found: Budget | null;
  left: number;
  readonly done: (budget: Budget | null) => void;
}

/** Every engine's part of the benchmark file being gathered, each with its pricing's job. */
interface Gathering {
  readonly parts: Uint8Array[];
  /** Whether every part so far is of the pricing on the page. */
  current: boolean;
  left: number;
  readonly done: (parts: Uint8Array[] | null) => void;
}

interface Read {
  /** How many budgets of this read name each card: a nation's list of ids was 200,000 long. */
  cards: Map<string, number>;
  invalid: InvalidFile[];
}
const nothingRead = (): Read => ({ cards: new Map(), invalid: [] });

/** Both counts added, key by key. */
function addedCounts(
  counts: ReadonlyMap<string, number>,
  more: ReadonlyMap<string, number>,
): ReadonlyMap<string, number> {
  const added = new Map(counts);
  for (const [key, count] of more) added.set(key, (added.get(key) ?? 0) + count);
  return added;
}

/** Batches of files read ahead of the checking, for each engine. */
const READ_AHEAD = 2;

/**
 * Batches being read at once (at most one an engine): the browser's reading of a batch
 * waits on its file thread, and a second batch read meanwhile fills that wait (a tenth
 * off reading 20,000 files).
 */
const IN_FLIGHT = 2;

export const useCaseloadStore = create<CaseloadState>()((set, get) => {
  // The budgets are shared between engines (workers), a batch to each in turn.
  let engines: EngineHandle[] = [];
  let job = 0;
  /** Engines still to say they have finished the current job. */
  let running = 0;
  let waiting: NamedFile[] = [];
  /**
   * The names of the files loaded, to leave out a file loaded twice, each kept once: the
   * rows and plans of its budget share this copy (sharedRow, sharedPlan). The files
   * themselves are let go once read (the engines keep the budgets): a chosen file costs
   * the browser about 2 KB of its own memory as long as the page holds it.
   */
  const names = new SharedStrings();
  const nameOf = (file: string): string => names.one(file);
  /** One copy of each word the rows and plans repeat, as they come from the engines. */
  const strings = new SharedStrings();
  /** Budgets asked of every engine, by their own job: each engine's answer, and how many are to come. */
  const asked = new Map<number, Asking>();
  let pricedAsOf = '';
  /** Next year's card the current pricing priced every budget on as well, if any. */
  let pricedNext: RateCard | null = null;
  /** Each engine's part of the summary of the current pricing, as its JSON in UTF-8. */
  let parts: Uint8Array[] = [];
  /** With next year's card, each engine's part of the comparison, as its JSON in UTF-8. */
  let comparisonParts: Uint8Array[] = [];
  /** The summary's outlying budgets, as they come ahead of the rest of it. */
  let outliers: RankedBudget[] = [];
  const nothingPriced = (): Priced => ({
    rows: new PackedRows(strings, nameOf),
    invalid: [],
    keys: [],
    names: [],
  });
  /** What the engines have priced so far in the current pricing, and each chunk's sort keys. */
  let priced: Priced = nothingPriced();
  /** Every plan read, for the PHB return: published as it stands once each read ends. */
  let plans = new PackedPlans(strings, nameOf);
  /** What the engines have read so far in the current read, published when it ends. */
  let read: Read = nothingRead();
  /** Batches of the current read the engines have checked, and the reading of the next. */
  let checked = 0;
  let readAhead = () => {};
  /** After the pricing: the table's orders, then (with next year's card) the comparison. */
  let stage: 'pricing' | 'orders' | 'compare' = 'pricing';
  /** The pricing whose rows are published. */
  let publishedJob = 0;
  /** Benchmark files being built, by their own job (below 0, apart from the caseload's jobs). */
  const benchmarks = new Map<number, (built: Result<Benchmark>) => void>();
  /** Benchmark parts being gathered from the engines, by their own job (below 0, as a benchmark's). */
  const gatherings = new Map<number, Gathering>();
  let ownJob = 0;

  const onChunk = (chunk: JobChunk) => {
    if (chunk.kind === 'benchmark') {
      benchmarks.get(chunk.job)?.(chunk.built);
      benchmarks.delete(chunk.job);
      return;
    }
    if (chunk.kind === 'budget') {
      const asking = asked.get(chunk.job);
      if (asking === undefined) return;
      asking.found ??= chunk.budget;
      if (--asking.left > 0) return;
      asked.delete(chunk.job);
      asking.done(asking.found);
      return;
    }
    if (chunk.kind === 'benchmark-part') {
      const gathering = gatherings.get(chunk.job);
      if (gathering === undefined) return;
      gathering.parts.push(chunk.part);
      gathering.current &&= chunk.pricing === publishedJob;
      if (--gathering.left > 0) return;
      gatherings.delete(chunk.job);
      gathering.done(gathering.current ? gathering.parts : null);
      return;
    }
    if (chunk.job !== job) return;
    if (chunk.kind === 'listed') {
      // A zip's entries join the count once an engine has read its directory.
      set((state) => ({
        progress: { done: state.progress.done, total: state.progress.total + chunk.count },
        repeated: state.repeated + chunk.repeated,
      }));
    } else if (chunk.kind === 'part') parts.push(chunk.part);
    else if (chunk.kind === 'comparison-part') comparisonParts.push(chunk.part);
    else if (chunk.kind === 'outliers') outliers.push(...chunk.outliers);
    else if (chunk.kind === 'summary') {
      set({ summary: { ...chunk.summary, outliers } });
      outliers = [];
    } else if (chunk.kind === 'comparison') set({ comparison: chunk.comparison });
    else if (chunk.kind === 'orders') set({ orders: chunk.orders });
    else if (chunk.kind === 'read') {
      // Kept here and published once the read ends, as the priced entries are below.
      for (const card of chunk.cards) read.cards.set(card, (read.cards.get(card) ?? 0) + 1);
      // A zip's entries are named only once read (a chosen file's name is known already).
      for (const plan of chunk.plans) plans.push(plan);
      for (const invalid of chunk.invalid)
        read.invalid.push({ ...invalid, file: nameOf(invalid.file) });
      checked++;
      readAhead();
      set((state) => ({
        progress: { done: state.progress.done + chunk.count, total: state.progress.total },
        valid: state.valid + chunk.cards.length,
      }));
    } else {
      // Kept here and published once every engine has priced: copying the list at every
      // chunk made a nation's caseload (800 chunks of 250) cost the square of its size.
      for (const row of chunk.rows) priced.rows.push(row);
      for (const invalid of chunk.invalid) priced.invalid.push(invalid);
      priced.keys.push(chunk.keys);
      priced.names.push(chunk.names);
      set((state) => ({
        progress: {
          done: state.progress.done + chunk.rows.length + chunk.invalid.length,
          total: state.progress.total,
        },
      }));
    }
  };

  const onEnd = (ended: number) => {
    if (ended !== job || --running > 0) return;
    const { phase } = get();
    if (phase === 'reading') {
      const { cards, invalid } = read;
      read = nothingRead();
      set((state) => ({
        cardsNamed: addedCounts(state.cardsNamed, cards),
        plans: plans.snapshot(),
        unreadable: [...state.unreadable, ...invalid].sort(byFile),
      }));
      if (waiting.length > 0) startRead();
      else price();
      return;
    }
    if (stage === 'pricing') {
      const { rows, invalid, keys, names } = priced;
      priced = nothingPriced();
      publishedJob = job;
      set({ entries: rows, unpriceable: invalid });
      // The summary and the table's orders, each in a worker of its own where there are two.
      stage = 'orders';
      running = 2;
      summarise();
      return sortAll(keys, names);
    }
    // Next year's card: every engine's part of the comparison merged in one worker.
    if (stage === 'orders' && pricedNext !== null) return compare(pricedNext);
    set((state) => ({ phase: 'ready', unpriceable: [...state.unpriceable].sort(byFile) }));
  };

  const engine = (index: number): EngineHandle => {
    if (engines.length === 0) {
      engines = Array.from({ length: engineCount() }, () =>
        startEngine({
          chunk: onChunk,
          end: onEnd,
          fault: () => set({ phase: 'fault' }),
        }),
      );
    }
    return engines[index % engines.length] as EngineHandle;
  };

  const startRead = () => {
    const batch: (NamedFile | undefined)[] = waiting.filter(({ name }) => !isZipName(name));
    const zips = waiting.filter(({ name }) => isZipName(name));
    waiting = [];
    // A zip's entries are counted once the engines have read its directory ('listed').
    set({ phase: 'reading', progress: { done: 0, total: batch.length } });
    const current = ++job;
    const batches = Math.ceil(batch.length / CHUNK_SIZE);
    engine(0);
    // Every engine reads its share of each zip, after any files chosen with it.
    const used = zips.length > 0 ? engines.length : Math.min(batches, engines.length);
    running = used;
    const sendZips = () => {
      const loaded = [...names.all()].join('\n');
      for (const [at, { name, file }] of zips.entries())
        for (const [share, each] of engines.entries()) {
          const zip = { name, file, share, shares: engines.length, loaded };
          each.send({ kind: 'read', job: current, zip, last: at === zips.length - 1 });
        }
    };
    if (batches === 0) sendZips();
    // A batch to each engine in turn, IN_FLIGHT of them read at once: the page reads a
    // batch's bytes (the browser reads them off the page's thread), hands them over in
    // order, and paints and responds between batches. Each engine's last batch says so, and it then reports its end.
    // No more than READ_AHEAD batches an engine are read and not yet checked: reading
    // runs ahead of checking, and a nation's files unchecked (1.6 GB) would all wait
    // in the workers at once.
    let next = 0;
    let reading = 0;
    let sent = 0;
    const ready = new Map<number, Awaited<ReturnType<typeof readBatch>>>();
    readAhead = () => {
      if (reading >= Math.min(IN_FLIGHT, used) || current !== job || next >= batches) return;
      if (next - checked >= READ_AHEAD * used) return;
      reading++;
      const index = next++;
      const from = index * CHUNK_SIZE;
      const named = batch.slice(from, from + CHUNK_SIZE) as NamedFile[];
      // Let go of the files as they are read.
      batch.fill(undefined, from, from + CHUNK_SIZE);
      void readBatch(named, budgetFileBytes).then((read) => {
        reading--;
        if (current !== job) return;
        ready.set(index, read);
        // Handed over in order, so each engine's last batch comes after its others.
        for (let due = ready.get(sent); due !== undefined; due = ready.get(sent)) {
          ready.delete(sent);
          const last = sent + used >= batches && zips.length === 0;
          engine(sent).send({ kind: 'read', job: current, files: due.files, last }, due.transfer);
          sent++;
          if (sent === batches) sendZips();
        }
        setTimeout(() => readAhead(), 0);
      });
      readAhead();
    };
    checked = 0;
    readAhead();
  };

  const price = () => {
    const { cardsNamed, valid } = get();
    let cardId = get().cardId;
    if (cardId === null || rateCardById(cardId) === undefined) {
      const known = caseloadRateCards().map((card) => card.id);
      cardId = mostCountedCard(cardsNamed, known) ?? known[0] ?? null;
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
    pricedNext = nextCard;
    set({
      phase: 'pricing',
      cardId,
      entries: NO_ROWS,
      orders: null,
      summary: null,
      comparison: null,
      unpriceable: [],
      progress: { done: 0, total: valid },
    });
    priced = nothingPriced();
    stage = 'pricing';
    const current = ++job;
    parts = [];
    comparisonParts = [];
    engine(0);
    running = engines.length;
    for (const each of engines) each.send({ kind: 'price', job: current, card, asOf, nextCard });
  };

  /** Every engine's part merged in a worker: sums of sums, the medians and percents from the merged sums. */
  const summarise = () => {
    const card = rateCardById(get().cardId ?? '');
    if (card === undefined) {
      running--;
      return;
    }
    // Handed over, not copied: the page needs none of it once the summary is back.
    const sent = parts;
    parts = [];
    outliers = [];
    engine(1).send(
      { kind: 'summary', job, parts: sent, card, asOf: pricedAsOf },
      sent.map((part) => part.buffer),
    );
  };

  /**
   * Every order of the table, worked out in the first worker from the keys, files and names
   * the engines sent with their chunks (one text a chunk: a nation's names sent one string
   * at a time were a long task on the page).
   */
  const sortAll = (chunks: readonly Float64Array[], names: readonly Uint8Array[]) => {
    const keys = new Float64Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
    let at = 0;
    for (const chunk of chunks) {
      keys.set(chunk, at);
      at += chunk.length;
    }
    engine(0).send({ kind: 'orders', job, keys, names }, [
      keys.buffer,
      ...names.map((text) => text.buffer),
    ]);
  };

  /** Every engine's part of the benchmark file of the published pricing; null if one is of another. */
  const gather = (): Promise<Uint8Array[] | null> => {
    const own = --ownJob;
    engine(0);
    return new Promise((done) => {
      gatherings.set(own, { parts: [], current: true, left: engines.length, done });
      for (const each of engines) each.send({ kind: 'benchmark-part', job: own });
    });
  };

  const compare = (next: RateCard) => {
    stage = 'compare';
    const card = rateCardById(get().cardId ?? '');
    // Handed over, not copied, as the summary's parts are.
    const sent = comparisonParts;
    comparisonParts = [];
    if (card === undefined) {
      set({ phase: 'fault' });
      return;
    }
    running = 1;
    engine(0).send(
      { kind: 'compare', job, card, next, parts: sent },
      sent.map((part) => part.buffer),
    );
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
        if (names.has(named.name)) repeated++;
        else {
          nameOf(named.name);
          fresh.push(named);
        }
      }
      set((state) => ({ repeated: state.repeated + repeated }));
      if (fresh.length === 0) return;
      waiting = [...waiting, ...fresh];
      if (get().phase !== 'reading') startRead();
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
    async buildBenchmark({ area, population }) {
      const { summary } = get();
      if (summary === null) return null;
      const parts = await gather();
      if (parts === null || get().summary !== summary) return null;
      const own = --ownJob;
      return new Promise((resolve) => {
        benchmarks.set(own, resolve);
        engine(0).send(
          {
            kind: 'benchmark',
            job: own,
            parts,
            options: { area, population, asOf: summary.asOf, rateCard: summary.rateCard },
          },
          parts.map((part) => part.buffer),
        );
      });
    },
    budgetIn(file) {
      if (!names.has(file) || engines.length === 0) return Promise.resolve(null);
      const own = --ownJob;
      return new Promise((done) => {
        asked.set(own, { found: null, left: engines.length, done });
        for (const each of engines) each.send({ kind: 'budget', job: own, file });
      });
    },
    clear() {
      for (const each of engines) each.stop();
      engines = [];
      benchmarks.clear();
      gatherings.clear();
      publishedJob = 0;
      job++;
      waiting = [];
      names.clear();
      strings.clear();
      asked.clear();
      read = nothingRead();
      priced = nothingPriced();
      plans = new PackedPlans(strings, nameOf);
      // People's names and files: not kept once the caseload is cleared.
      parts = [];
      comparisonParts = [];
      outliers = [];
      set(EMPTY);
    },
  };
});
