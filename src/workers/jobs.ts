/**
 * Jobs run in a Web Worker where the browser has one, or on the page (jsdom in tests),
 * yielding to the page between chunks so it can still paint and respond: the caseload's
 * and the monitoring page's engines both run this way. A `read` request waits for the
 * reads sent before it and ends only with its `last` batch; any other job starts at once,
 * so that a newer one can stop an older one between chunks.
 */

export interface JobRequestShape {
  readonly kind: string;
  readonly job: number;
  readonly last?: boolean;
}

export interface JobEngine<Request, Chunk> {
  run(request: Request): AsyncGenerator<Chunk>;
}

export type WorkerMessage<Chunk> =
  | { readonly kind: 'chunk'; readonly chunk: Chunk }
  | { readonly kind: 'end'; readonly job: number }
  | { readonly kind: 'fault'; readonly message: string };

export interface JobHandlers<Chunk> {
  chunk(chunk: Chunk): void;
  end(job: number): void;
  fault(message: string): void;
}

export interface JobHandle<Request> {
  /** `transfer`: buffers handed to the worker rather than copied (unused on the page). */
  send(request: Request, transfer?: Transferable[]): void;
  /** Ends the engine and drops what it holds; no handler is called after. */
  stop(): void;
}

const endsJob = (request: JobRequestShape) => request.kind !== 'read' || request.last === true;
const faultText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The worker's side: runs each request on the engine and posts its chunks back, handing
 * over rather than copying the buffers `transfers` names in each (copying a message's
 * megabytes costs the thread that sends it, and then the page that reads it).
 */
export function serveJobs<Request extends JobRequestShape, Chunk>(
  engine: JobEngine<Request, Chunk>,
  transfers: (chunk: Chunk) => Transferable[] = () => [],
): void {
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent<Request>) => void) | null;
    postMessage(message: WorkerMessage<Chunk>, transfer?: Transferable[]): void;
  };
  let reading: Promise<void> = Promise.resolve();
  scope.onmessage = (event) => {
    const request = event.data;
    const run = async () => {
      try {
        for await (const chunk of engine.run(request))
          scope.postMessage({ kind: 'chunk', chunk }, transfers(chunk));
        if (endsJob(request)) scope.postMessage({ kind: 'end', job: request.job });
      } catch (error) {
        scope.postMessage({ kind: 'fault', message: faultText(error) });
      }
    };
    if (request.kind === 'read') reading = reading.then(run);
    else void run();
  };
}

/** The page's side of a worker already started. */
export function inWorker<Request, Chunk>(
  worker: Worker,
  handlers: JobHandlers<Chunk>,
): JobHandle<Request> {
  worker.onmessage = (event: MessageEvent<WorkerMessage<Chunk>>) => {
    const message = event.data;
    if (message.kind === 'chunk') handlers.chunk(message.chunk);
    else if (message.kind === 'end') handlers.end(message.job);
    else handlers.fault(message.message);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    handlers.fault(event.message);
  };
  // A message that could not be read on the page (too large to copy, say) is lost: the
  // job it belonged to would never end, so the page says it failed rather than wait.
  worker.onmessageerror = () => handlers.fault('A message from the worker could not be read');
  return {
    send: (request, transfer = []) => worker.postMessage(request, transfer),
    stop: () => worker.terminate(),
  };
}

/** The same engine run on the page, where there is no Worker. */
export function onPage<Request extends JobRequestShape, Chunk>(
  engine: JobEngine<Request, Chunk>,
  handlers: JobHandlers<Chunk>,
): JobHandle<Request> {
  let stopped = false;
  let reading: Promise<void> = Promise.resolve();
  const run = async (request: Request) => {
    try {
      for await (const chunk of engine.run(request)) {
        if (stopped) return;
        handlers.chunk(chunk);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (!stopped && endsJob(request)) handlers.end(request.job);
    } catch (error) {
      if (!stopped) handlers.fault(faultText(error));
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

/**
 * How many engines to share a caseload (or its ledgers) between: one per core the browser
 * reports, at most eight. While they work the page only takes in their chunks, so keeping
 * a core for it left one of a laptop's two cores idle. One where there is no Worker.
 */
export function engineCount(): number {
  if (typeof Worker !== 'function') return 1;
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.min(8, Math.max(1, cores));
}
