/**
 * The team's monitoring view (docs/ledger.md, "For the team"): budgets with their ledgers,
 * from files or from this device's saved budgets, monitored as at today in the caseload's
 * workers. Files are kept in memory only, as the caseload's are. Files are shared between
 * the workers by name (a budget and the ledger beside it, `x.json` and `x.ledger.json`,
 * go together) and by size, so each worker reads about as many bytes; once all are read,
 * each budget whose ledger another worker read is handed over to that worker (or, where
 * several share an id, the ledger to the budget's), a few at a time (place-ledgers.ts), so
 * each ledger meets the budget whose id it names however the files are named. Then every
 * worker monitors what it holds, as at
 * the day chosen on the page (today at first).
 */
import { create } from 'zustand';
import type { MonitorEntry } from '../../domain/ledger/caseload-monitor';
import type { InvalidFile, NamedFile } from '../../workers/caseload/caseload-jobs';
import { CHUNK_SIZE } from '../../workers/caseload/caseload-jobs';
import { isZipName } from '../../io/zip/zip-share';
import { engineCount, type JobHandle } from '../../workers/jobs';
import {
  monitoringBatchBytes,
  savedLedgerFile,
  type HeldBudget,
  type HeldLedger,
  type MonitoringChunk,
  type MonitoringRequest,
  type SavedPair,
} from '../../workers/monitoring/monitoring-jobs';
import {
  documentMoves,
  shareBySize,
  type HeldDocument,
} from '../../workers/monitoring/place-ledgers';
import { startMonitoring } from '../../workers/monitoring/run-monitoring';
import { caseloadRateCards } from '../caseload/caseload-cards';
import { caseloadClock } from '../caseload/caseload-clock';

export type MonitoringPhase = 'empty' | 'reading' | 'monitoring' | 'ready' | 'fault';

export interface MonitoringState {
  readonly phase: MonitoringPhase;
  readonly progress: { readonly done: number; readonly total: number };
  readonly asOf: string | null;
  /** The day chosen on the page to monitor as at; null for today (caseloadClock). */
  readonly chosenAsOf: string | null;
  /** Every budget monitored, in the order the workers gave them (the page ranks them). */
  readonly entries: readonly MonitorEntry[];
  /** Files that could not be read as a budget or a ledger. */
  readonly unreadable: readonly InvalidFile[];
  /** Budgets not monitored, ledgers with no budget and budgets with no ledger. */
  readonly notMonitored: readonly InvalidFile[];
  addFiles(files: readonly NamedFile[]): void;
  addSaved(pairs: readonly SavedPair[]): void;
  /** Monitors everything read again as at `date` (an ISO day). */
  chooseAsOf(date: string): void;
  clear(): void;
}

const EMPTY = {
  phase: 'empty',
  progress: { done: 0, total: 0 },
  asOf: null,
  chosenAsOf: null,
  entries: [],
  unreadable: [],
  notMonitored: [],
} as const;

/**
 * How many engines the page shares the files between, and how one is started: a test sets
 * `count` to share them between several engines even where there is no Worker.
 */
export const monitoringEngines = { count: engineCount, start: startMonitoring };

/** `folder/x.ledger.json` and `folder/x.json` share the key `folder/x`. */
export const pairKey = (name: string): string =>
  name.replace(/\.ledger\.json$/i, '').replace(/\.json$/i, '');

export const useMonitoringStore = create<MonitoringState>()((set, get) => {
  let engines: JobHandle<MonitoringRequest>[] = [];
  let job = 0;
  let running = 0;
  /** What each engine holds, as each said when it read it. */
  let held: HeldDocument[] = [];
  /** Where each document being handed over goes, by engine, kind, file and id. */
  let moving = new Map<string, number>();
  let placing = false;
  const moveKey = (engine: number, kind: HeldDocument['kind'], file: string, id: string) =>
    `${engine}\u0000${kind}\u0000${id}\u0000${file}`;

  const onChunk = (engine: number, chunk: MonitoringChunk) => {
    if (chunk.job !== job) return;
    if (chunk.kind === 'listed') {
      // A zip's entries join the count once an engine has read its directory.
      set((state) => ({
        progress: { done: state.progress.done, total: state.progress.total + chunk.count },
      }));
    } else if (chunk.kind === 'read') {
      held.push(...chunk.kept.map((kept) => ({ ...kept, engine })));
      set((state) => ({
        progress: { done: state.progress.done + chunk.count, total: state.progress.total },
        unreadable: [...state.unreadable, ...chunk.invalid],
      }));
    } else if (chunk.kind === 'handed') {
      take(engine, chunk.ledgers, chunk.budgets);
    } else {
      set((state) => ({
        progress: {
          done: state.progress.done + chunk.entries.length,
          total: state.progress.total,
        },
        entries: [...state.entries, ...chunk.entries],
        notMonitored: [...state.notMonitored, ...chunk.invalid],
      }));
    }
  };

  const onEnd = (ended: number) => {
    if (ended !== job || --running > 0) return;
    if (get().phase === 'monitoring') set({ phase: 'ready' });
    else if (placing) {
      placing = false;
      monitorAll();
    } else place();
  };

  const started = () => {
    if (engines.length === 0) {
      engines = Array.from({ length: monitoringEngines.count() }, (_, index) =>
        monitoringEngines.start({
          chunk: (chunk) => onChunk(index, chunk),
          end: onEnd,
          fault: () => set({ phase: 'fault' }),
        }),
      );
    }
    return engines;
  };

  /** Each budget and ledger held apart is handed over to the other's engine, then all are monitored. */
  const place = () => {
    const moves = documentMoves(held);
    if (moves.length === 0) return monitorAll();
    const current = ++job;
    placing = true;
    moving = new Map(
      moves.map((move) => [moveKey(move.from, move.kind, move.file, move.id), move.to]),
    );
    held = held.map((one) => {
      const to = moving.get(moveKey(one.engine, one.kind, one.file, one.id));
      return to === undefined ? one : { ...one, engine: to };
    });
    const from = [...new Set(moves.map((move) => move.from))];
    running = from.length;
    for (const engine of from) {
      engines[engine]?.send({
        kind: 'hand-over',
        job: current,
        documents: moves.filter((move) => move.from === engine),
      });
    }
  };

  /** Budgets and ledgers one engine handed over, each sent on to the engine holding its other half. */
  const take = (engine: number, ledgers: readonly HeldLedger[], budgets: readonly HeldBudget[]) => {
    const to = new Map<number, { ledgers: HeldLedger[]; budgets: HeldBudget[] }>();
    const given = (target: number) => {
      let found = to.get(target);
      if (found === undefined) to.set(target, (found = { ledgers: [], budgets: [] }));
      return found;
    };
    for (const one of ledgers) {
      const target = moving.get(moveKey(engine, 'ledger', one.file, one.ledger.budget));
      if (target !== undefined) given(target).ledgers.push(one);
    }
    for (const one of budgets) {
      const target = moving.get(moveKey(engine, 'budget', one.file, one.budget.id));
      if (target !== undefined) given(target).budgets.push(one);
    }
    for (const [target, documents] of to) {
      running++;
      engines[target]?.send({ kind: 'take', job, ...documents });
    }
  };

  /** Every engine monitors what it holds, as at the day chosen (else today); the earlier figures go. */
  const monitorAll = () => {
    const asOf = get().chosenAsOf ?? caseloadClock.today();
    const current = ++job;
    running = started().length;
    set({
      phase: 'monitoring',
      asOf,
      entries: [],
      notMonitored: [],
      progress: { done: 0, total: 0 },
    });
    const cards = caseloadRateCards();
    for (const engine of engines) engine.send({ kind: 'monitor', job: current, asOf, cards });
  };

  return {
    ...EMPTY,
    addFiles(chosen) {
      if (chosen.length === 0) return;
      const all = started();
      // A zip is read by every engine, each its share of the entries, after its files.
      const zips = chosen.filter(({ name }) => isZipName(name));
      const files = chosen.filter(({ name }) => !isZipName(name));
      const groups = new Map<string, NamedFile[]>();
      for (const named of files) {
        const key = pairKey(named.name);
        groups.set(key, [...(groups.get(key) ?? []), named]);
      }
      const shares = shareBySize([...groups.values()], all.length);
      const current = ++job;
      const used = zips.length > 0 ? all : shares.filter((share) => share.length > 0);
      running = used.length;
      set({ phase: 'reading', progress: { done: 0, total: files.length } });
      const sendZips = (engine: JobHandle<MonitoringRequest>, index: number) => {
        for (const [at, { name, file }] of zips.entries()) {
          const zip = { name, file, share: index, shares: all.length, loaded: '' };
          engine.send({ kind: 'read', job: current, zip, last: at === zips.length - 1 });
        }
      };
      // Each engine's share a batch at a time: the page reads a batch's bytes (the browser
      // reads them off the page's thread), as one Blob of the batch's files, and transfers
      // them, and paints between batches. Handing a worker the Files themselves made the
      // page wait on the browser for each, and reading each file alone cost the page and
      // the browser a request a file.
      const post = async (
        engine: JobHandle<MonitoringRequest>,
        share: NamedFile[],
        index: number,
      ) => {
        for (let start = 0; start < share.length; start += CHUNK_SIZE) {
          const named = share.slice(start, start + CHUNK_SIZE);
          const batch = await monitoringBatchBytes(named);
          if (current !== job) return;
          const end = start + CHUNK_SIZE >= share.length;
          const last = end && zips.length === 0;
          engine.send({ kind: 'read', job: current, files: batch.files, last }, batch.transfer);
          if (!end) await new Promise((next) => setTimeout(next, 0));
        }
        sendZips(engine, index);
      };
      shares.forEach((share, index) => {
        const engine = all[index];
        if (engine !== undefined && (share.length > 0 || zips.length > 0))
          void post(engine, share, index);
      });
    },
    addSaved(pairs) {
      if (pairs.length === 0) return;
      const all = started();
      const current = ++job;
      running = all.length;
      set({ phase: 'reading', progress: { done: 0, total: pairs.length } });
      all.forEach((engine, index) => {
        const share = pairs.filter((_, at) => at % all.length === index);
        for (const { file, budget, ledger } of share) {
          held.push({ engine: index, file, kind: 'budget', id: budget.id });
          held.push({
            engine: index,
            file: savedLedgerFile(file),
            kind: 'ledger',
            id: ledger.budget,
          });
        }
        engine.send({ kind: 'add', job: current, pairs: share });
      });
    },
    chooseAsOf(date) {
      set({ chosenAsOf: date });
      const { phase } = get();
      if (phase === 'ready' || phase === 'monitoring') monitorAll();
    },
    clear() {
      for (const engine of engines) engine.stop();
      engines = [];
      held = [];
      moving = new Map();
      placing = false;
      job++;
      set(EMPTY);
    },
  };
});
