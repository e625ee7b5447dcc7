/**
 * The caseload's pricing worker: reads, checks and prices budgets off the page's thread,
 * so the page stays responsive, posting each chunk back as it is done. It lives as long
 * as the caseload and keeps its budgets (see CaseloadEngine).
 */
import { CaseloadEngine, type JobChunk, type JobRequest } from './caseload-jobs';

export type WorkerMessage =
  | { readonly kind: 'chunk'; readonly chunk: JobChunk }
  | { readonly kind: 'end'; readonly job: number }
  | { readonly kind: 'fault'; readonly message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
};

const engine = new CaseloadEngine();
/** Batches of files are read one after another, in the order they were sent. */
let reading: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const request = event.data;
  const run = async () => {
    try {
      for await (const chunk of engine.run(request)) scope.postMessage({ kind: 'chunk', chunk });
      if (request.kind !== 'read' || request.last)
        scope.postMessage({ kind: 'end', job: request.job });
    } catch (error) {
      scope.postMessage({
        kind: 'fault',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
  // A price job starts at once, so that a newer one can stop an older one between chunks.
  if (request.kind === 'read') reading = reading.then(run);
  else void run();
};
