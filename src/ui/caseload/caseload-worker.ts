/**
 * The caseload's pricing worker: reads, checks and prices budgets off the page's thread,
 * so the page stays responsive, posting each chunk back as it is done. One worker runs
 * one job and is then ended (see run-job.ts).
 */
import { runJob, type JobChunk, type JobRequest } from './caseload-jobs';

export type WorkerMessage = { readonly kind: 'chunk'; readonly chunk: JobChunk } | { readonly kind: 'end' } | { readonly kind: 'fault'; readonly message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
};

scope.onmessage = (event) => {
  void (async () => {
    try {
      for await (const chunk of runJob(event.data)) scope.postMessage({ kind: 'chunk', chunk });
      scope.postMessage({ kind: 'end' });
    } catch (error) {
      scope.postMessage({ kind: 'fault', message: error instanceof Error ? error.message : String(error) });
    }
  })();
};
