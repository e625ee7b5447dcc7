/**
 * The team's monitoring view (docs/ledger.md, "For the team"): budgets with their ledgers,
 * from files or from this device's saved budgets, monitored as at today in the caseload's
 * workers. Files are kept in memory only, as the caseload's are. A budget and the ledger
 * beside it (`x.json` and `x.ledger.json`, in the same folder) go to the same worker,
 * where each ledger is matched with the budget whose id it names.
 */
import { create } from 'zustand';
import type { MonitorEntry } from '../../domain/ledger/caseload-monitor';
import type { InvalidFile, NamedFile } from '../../workers/caseload/caseload-jobs';
import { CHUNK_SIZE } from '../../workers/caseload/caseload-jobs';
import { engineCount, type JobHandle } from '../../workers/jobs';
import type {
  MonitoringChunk,
  MonitoringRequest,
  SavedPair,
} from '../../workers/monitoring/monitoring-jobs';
import { startMonitoring } from '../../workers/monitoring/run-monitoring';
import { caseloadRateCards } from '../caseload/caseload-cards';
import { caseloadClock } from '../caseload/caseload-clock';

export type MonitoringPhase = 'empty' | 'reading' | 'monitoring' | 'ready' | 'fault';

export interface MonitoringState {
  readonly phase: MonitoringPhase;
  readonly progress: { readonly done: number; readonly total: number };
  readonly asOf: string | null;
  /** Every budget monitored, in the order the workers gave them (the page ranks them). */
  readonly entries: readonly MonitorEntry[];
  /** Files that could not be read as a budget or a ledger. */
  readonly unreadable: readonly InvalidFile[];
  /** Budgets not monitored, ledgers with no budget and budgets with no ledger. */
  readonly notMonitored: readonly InvalidFile[];
  addFiles(files: readonly NamedFile[]): void;
  addSaved(pairs: readonly SavedPair[]): void;
  clear(): void;
}

const EMPTY = {
  phase: 'empty',
  progress: { done: 0, total: 0 },
  asOf: null,
  entries: [],
  unreadable: [],
  notMonitored: [],
} as const;

/** `folder/x.ledger.json` and `folder/x.json` share the key `folder/x`. */
export const pairKey = (name: string): string =>
  name.replace(/\.ledger\.json$/i, '').replace(/\.json$/i, '');

export const useMonitoringStore = create<MonitoringState>()((set, get) => {
  let engines: JobHandle<MonitoringRequest>[] = [];
  let job = 0;
  let running = 0;

  const onChunk = (chunk: MonitoringChunk) => {
    if (chunk.job !== job) return;
    if (chunk.kind === 'read') {
      set((state) => ({
        progress: { done: state.progress.done + chunk.count, total: state.progress.total },
        unreadable: [...state.unreadable, ...chunk.invalid],
      }));
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
    else monitorAll();
  };

  const started = () => {
    if (engines.length === 0) {
      engines = Array.from({ length: engineCount() }, () =>
        startMonitoring({ chunk: onChunk, end: onEnd, fault: () => set({ phase: 'fault' }) }),
      );
    }
    return engines;
  };

  /** Every engine monitors what it holds, as at today; the earlier figures go. */
  const monitorAll = () => {
    const asOf = caseloadClock.today();
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
    addFiles(files) {
      if (files.length === 0) return;
      const all = started();
      const groups = new Map<string, NamedFile[]>();
      for (const named of files) {
        const key = pairKey(named.name);
        groups.set(key, [...(groups.get(key) ?? []), named]);
      }
      const shares: NamedFile[][] = all.map(() => []);
      [...groups.values()].forEach((group, index) => shares[index % all.length]?.push(...group));
      const current = ++job;
      const used = shares.filter((share) => share.length > 0);
      running = used.length;
      set({ phase: 'reading', progress: { done: 0, total: files.length } });
      shares.forEach((share, index) => {
        if (share.length === 0) return;
        for (let start = 0; start < share.length; start += CHUNK_SIZE) {
          all[index]?.send({
            kind: 'read',
            job: current,
            files: share.slice(start, start + CHUNK_SIZE),
            last: start + CHUNK_SIZE >= share.length,
          });
        }
      });
    },
    addSaved(pairs) {
      if (pairs.length === 0) return;
      const all = started();
      const current = ++job;
      running = all.length;
      set({ phase: 'reading', progress: { done: 0, total: pairs.length } });
      all.forEach((engine, index) =>
        engine.send({
          kind: 'add',
          job: current,
          pairs: pairs.filter((_, at) => at % all.length === index),
        }),
      );
    },
    clear() {
      for (const engine of engines) engine.stop();
      engines = [];
      job++;
      set(EMPTY);
    },
  };
});
