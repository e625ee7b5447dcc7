/** The monitoring page's engine, in a Web Worker where the browser has one, else on the page. */
import { inWorker, onPage, type JobHandle, type JobHandlers } from '../jobs';
import { MonitoringEngine, type MonitoringChunk, type MonitoringRequest } from './monitoring-jobs';

export function startMonitoring(
  handlers: JobHandlers<MonitoringChunk>,
): JobHandle<MonitoringRequest> {
  return typeof Worker === 'function'
    ? inWorker(
        new Worker(new URL('./monitoring-worker.ts', import.meta.url), { type: 'module' }),
        handlers,
      )
    : onPage(new MonitoringEngine(), handlers);
}
