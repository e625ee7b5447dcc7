/**
 * The caseload's engine, in a Web Worker where the browser has one, or on the page (jsdom
 * in tests), yielding to the page between chunks so it can still paint and respond.
 */
import { CaseloadEngine, type JobChunk, type JobRequest } from './caseload-jobs';
import type { WorkerMessage } from './caseload-worker';

export interface EngineHandlers {
  chunk(chunk: JobChunk): void;
  end(job: number): void;
  fault(message: string): void;
}

export interface EngineHandle {
  send(request: JobRequest): void;
  /** Ends the engine and drops its budgets; no handler is called after. */
  stop(): void;
}

export function startEngine(handlers: EngineHandlers): EngineHandle {
  return typeof Worker === 'function' ? inWorker(handlers) : onPage(handlers);
}

/**
 * How many engines to share a caseload between: one per core the browser reports, less
 * one for the page, at most four (beyond that, copying results costs more than it saves).
 * One where there is no Worker.
 */
export function engineCount(): number {
  if (typeof Worker !== 'function') return 1;
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.min(4, Math.max(1, cores - 1));
}

function inWorker(handlers: EngineHandlers): EngineHandle {
  const worker = new Worker(new URL('./caseload-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.kind === 'chunk') handlers.chunk(message.chunk);
    else if (message.kind === 'end') handlers.end(message.job);
    else handlers.fault(message.message);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    handlers.fault(event.message);
  };
  return { send: (request) => worker.postMessage(request), stop: () => worker.terminate() };
}

function onPage(handlers: EngineHandlers): EngineHandle {
  const engine = new CaseloadEngine();
  let stopped = false;
  let reading: Promise<void> = Promise.resolve();
  const run = async (request: JobRequest) => {
    try {
      for await (const chunk of engine.run(request)) {
        if (stopped) return;
        handlers.chunk(chunk);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (!stopped && (request.kind !== 'read' || request.last)) handlers.end(request.job);
    } catch (error) {
      if (!stopped) handlers.fault(error instanceof Error ? error.message : String(error));
    }
  };
  return {
    send(request) {
      if (request.kind === 'read') reading = reading.then(() => run(request));
      else void run(request);
    },
    stop() {
      stopped = true;
    },
  };
}
