/**
 * The caseload's engine, in a Web Worker where the browser has one, or on the page (jsdom
 * in tests): see ../jobs.ts.
 */
import { CaseloadEngine, type JobChunk, type JobRequest } from './caseload-jobs';
import { inWorker, onPage, type JobHandle, type JobHandlers } from '../jobs';

export type EngineHandlers = JobHandlers<JobChunk>;
export type EngineHandle = JobHandle<JobRequest>;

export function startEngine(handlers: EngineHandlers): EngineHandle {
  return typeof Worker === 'function'
    ? inWorker(
        new Worker(new URL('./caseload-worker.ts', import.meta.url), { type: 'module' }),
        handlers,
      )
    : onPage(new CaseloadEngine(), handlers);
}
