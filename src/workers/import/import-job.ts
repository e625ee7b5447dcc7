/**
 * The work of the import page: a spreadsheet read and imported with a profile. It runs
 * in a Web Worker (import-worker.ts) so ten thousand rows never freeze the page, and on
 * the page itself where there is no Worker (tests in jsdom). What crosses back is plain
 * data: budgets, refused rows, differences and the preview's figures as text.
 */
import { importPackages } from '../../domain/import/import-packages';
import type { PriceDifference } from '../../domain/import/price-check';
import type { ImportProfile } from '../../domain/import/profile';
import { rowProblem, type RowProblem } from '../../domain/import/table';
import { roundHoursForDisplay, toMoneyText } from '../../domain/money';
import type { Budget } from '../../domain/schema/budget';
import type { RateCard } from '../../domain/schema/rate-card';
import { readSpreadsheet } from '../../io/import/spreadsheet';

export interface ImportRequest {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly profile: ImportProfile;
  readonly card: RateCard;
}

export interface PreviewRow {
  readonly row: number;
  readonly person: string;
  readonly line: string;
  readonly activity: string;
  readonly hours: string;
  readonly weekly: string;
  readonly annual: string;
}

export interface ImportOutcome {
  readonly budgets: readonly Budget[];
  readonly preview: readonly PreviewRow[];
  readonly rejected: readonly RowProblem[];
  readonly differences: readonly PriceDifference[];
  readonly rowsRead: number;
}

export type ImportMessage =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly outcome: ImportOutcome };

export async function runImportRequest(
  request: ImportRequest,
  onProgress: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  const read = await readSpreadsheet(request.bytes, request.fileName, request.profile.sheet);
  if (!read.ok)
    return {
      budgets: [],
      preview: [],
      rejected: [rowProblem(0, null, read.key, read.values ?? {})],
      differences: [],
      rowsRead: 0,
    };
  const [table] = read.sheets;
  if (table === undefined)
    return {
      budgets: [],
      preview: [],
      rejected: [rowProblem(0, null, 'importing.file.notWorkbook')],
      differences: [],
      rowsRead: 0,
    };
  const result = importPackages(table, request.profile, request.card, { onProgress });
  return {
    budgets: result.budgets,
    preview: result.lines.map((line) => ({
      row: line.row,
      person: line.person,
      line: line.priced.line.id,
      activity: line.priced.line.activity,
      hours: roundHoursForDisplay(line.priced.hours),
      weekly: toMoneyText(line.priced.weekly),
      annual: toMoneyText(line.priced.annual),
    })),
    rejected: result.rejected,
    differences: result.differences,
    rowsRead: result.rowsRead,
  };
}

/** Runs the import in a worker where the browser has one, reporting progress as it goes. */
export function runImportJob(
  request: ImportRequest,
  onProgress: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  if (typeof Worker === 'undefined') return runImportRequest(request, onProgress);
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      if (event.data.kind === 'progress') onProgress(event.data.done, event.data.total);
      else {
        worker.terminate();
        resolve(event.data.outcome);
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(request);
  });
}
