/**
 * The PDF worker: makes the budget's PDF off the page's thread, so the page stays
 * responsive while react-pdf sets out the pages (seconds for a long budget on a slow
 * laptop), telling the page each step. It lives between PDFs, so the renderer and the
 * fonts load once a visit; the page ends it to cancel (pdf-browser.ts).
 */
import { makePdf } from './pdf-make';
import type { PdfRequest, PdfWorkerMessage } from './pdf-request';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PdfRequest>) => void) | null;
  postMessage(message: PdfWorkerMessage): void;
};

scope.onmessage = (event) => {
  void makePdf(event.data, (stage) => scope.postMessage({ kind: 'stage', stage }))
    .then((outcome) => scope.postMessage({ kind: 'done', outcome }))
    .catch((error: unknown) =>
      scope.postMessage({
        kind: 'fault',
        message: error instanceof Error ? error.message : String(error),
      }),
    );
};
