/**
 * The caseload's engine, in a Web Worker where the browser has one, or on the page (jsdom
 * in tests): see ../jobs.ts.
 */
import { CaseloadEngine, type JobChunk, type JobRequest } from './caseload-jobs';
import { inWorker, onPage, type JobHandle, type JobHandlers } from '../jobs';

export type EngineHandlers = JobHandlers<JobChunk>;
export type EngineHandle = JobHandle<JobRequest>;

/**
 * How many engines to share a caseload between: one per core the browser reports, at most
 * eight. While a caseload is priced the page only takes in the chunks, so keeping a core
 * for it (as the other pages' engines do) left one of a laptop's two cores idle. One where
 * there is no Worker.
 */
export function engineCount(): number {
  if (typeof Worker !== 'function') return 1;
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.min(8, Math.max(1, cores));
}

export function startEngine(handlers: EngineHandlers): EngineHandle {
  return typeof Worker === 'function'
    ? inWorker(
        new Worker(new URL('./caseload-worker.ts', import.meta.url), { type: 'module' }),
        handlers,
      )
    : onPage(new CaseloadEngine(), handlers);
}
