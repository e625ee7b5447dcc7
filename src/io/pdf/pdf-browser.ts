/**
 * The budget PDF for the page. The app imports this module only with a dynamic
 * `import()`, when someone asks for a document. The PDF is made in a Web Worker
 * (pdf-worker.ts), so the page can still be read, scrolled and typed in meanwhile, and
 * can be cancelled: cancelling ends the worker at once, wherever react-pdf is. Where there
 * is no Worker the PDF is made on the page, as before (pdf-make.ts).
 */
import type { Prepared } from './budget-document';
import type { PdfRequest, PdfStage, PdfWorkerMessage } from './pdf-request';

export interface PdfProgress {
  /** Hears each step as it starts. */
  readonly stage?: ((stage: PdfStage) => void) | undefined;
  /** Aborting it cancels the PDF: the promise rejects with an AbortError. */
  readonly signal?: AbortSignal | undefined;
}

/** The worker, kept between PDFs so that the renderer and the fonts load once a visit. */
let worker: Worker | undefined;

function startWorker(): Worker {
  worker ??= new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/**
 * Starts the worker ahead of the first PDF, so that the renderer is loading in it by the
 * time someone presses (the summary page calls this when the pointer or focus reaches its
 * PDF button): the first PDF of a visit waits less. Nothing to do without Workers.
 */
export function warmPdfWorker(): void {
  if (typeof Worker === 'function') startWorker();
}

/** Ends the worker: the next PDF starts another. */
function endWorker(): void {
  worker?.terminate();
  worker = undefined;
}

const aborted = () => new DOMException('The PDF was cancelled', 'AbortError');

/** The PDF made in the worker, or why it was not made. One at a time (the page sees to that). */
function inWorker(request: PdfRequest, { stage, signal }: PdfProgress): Promise<Prepared<Blob>> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted());
    const running = startWorker();
    const settle = () => {
      running.onmessage = null;
      running.onerror = null;
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      settle();
      endWorker();
      reject(aborted());
    };
    signal?.addEventListener('abort', cancel);
    running.onmessage = (event: MessageEvent<PdfWorkerMessage>) => {
      const message = event.data;
      if (message.kind === 'stage') return stage?.(message.stage);
      settle();
      if (message.kind === 'done') resolve(message.outcome);
      else reject(new Error(message.message));
    };
    // The worker's code could not load (an app updated since the page opened) or threw
    // outside the PDF: this worker is no use, and the next PDF starts another.
    running.onerror = (event) => {
      event.preventDefault();
      settle();
      endWorker();
      reject(new Error(event.message || 'the PDF worker failed'));
    };
    stage?.('loading');
    running.postMessage(request);
  });
}

async function onPage(
  request: PdfRequest,
  { stage, signal }: PdfProgress,
): Promise<Prepared<Blob>> {
  stage?.('loading');
  const { makePdf } = await import('./pdf-make');
  if (signal?.aborted) throw aborted();
  const made = await makePdf(request, (next) => stage?.(next));
  if (signal?.aborted) throw aborted();
  return made;
}

/** The PDF, or why it was not made; in a worker where the browser has them. */
export function budgetPdfBlob(
  request: PdfRequest,
  progress: PdfProgress = {},
): Promise<Prepared<Blob>> {
  return typeof Worker === 'function' ? inWorker(request, progress) : onPage(request, progress);
}

export { describeRefusal } from './refusal-message';
