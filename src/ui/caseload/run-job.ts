/**
 * Runs a caseload job in a Web Worker, handing each chunk to the page as it arrives. Where
 * the browser has no Worker (jsdom in tests), the same job runs on the page, yielding to
 * it between chunks so it can still paint and respond.
 */
import { runJob, type JobChunk, type JobRequest } from './caseload-jobs';
import type { WorkerMessage } from './caseload-worker';

export interface JobHandlers {
  chunk(chunk: JobChunk): void;
  end(): void;
  fault(message: string): void;
}

/** Starts the job; the function returned stops it, after which no handler is called. */
export function startJob(request: JobRequest, handlers: JobHandlers): () => void {
  return typeof Worker === 'function' ? inWorker(request, handlers) : onPage(request, handlers);
}

function inWorker(request: JobRequest, handlers: JobHandlers): () => void {
  const worker = new Worker(new URL('./caseload-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.kind === 'chunk') handlers.chunk(message.chunk);
    else {
      worker.terminate();
      if (message.kind === 'end') handlers.end();
      else handlers.fault(message.message);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    handlers.fault(event.message);
  };
  worker.postMessage(request);
  return () => worker.terminate();
}

function onPage(request: JobRequest, handlers: JobHandlers): () => void {
  let stopped = false;
  void (async () => {
    try {
      for await (const chunk of runJob(request)) {
        if (stopped) return;
        handlers.chunk(chunk);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (!stopped) handlers.end();
    } catch (error) {
      if (!stopped) handlers.fault(error instanceof Error ? error.message : String(error));
    }
  })();
  return () => {
    stopped = true;
  };
}
