/** The import's Web Worker: one request in, progress and the outcome out (import-job.ts). */
import { runImportRequest, type ImportMessage, type ImportRequest } from './import-job';

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const post = (message: ImportMessage) => self.postMessage(message);
  void runImportRequest(event.data, (done, total) => post({ kind: 'progress', done, total })).then(
    (outcome) => post({ kind: 'done', outcome }),
  );
};
