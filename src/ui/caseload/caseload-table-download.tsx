/**
 * The table's CSV, as filtered and sorted on the page when the button is pressed. A
 * nation's 200,000 budgets take seconds to write, which in one task froze the page, so
 * the file is written a piece at a time (src/io/caseload-csv.ts) a few pieces a task:
 * the page shows how far it has got, stays usable, and offers to cancel. A table of a few
 * thousand budgets is written in the press's own task, as before.
 */
import { useEffect, useRef, useState } from 'react';
import type { CaseloadRows } from '../../domain/caseload/caseload-row';
import type { RateCard } from '../../domain/schema/rate-card';
import { caseloadTableCsvPieces } from '../../io/caseload-csv';
import { Button } from '../components/button';
import { ButtonGroup } from '../components/button-group';
import { downloadBlob, TextFile } from '../download';
import { stepsInTasks } from '../steps-in-tasks';
import { CaseloadProgressBar } from './caseload-progress-bar';
import type { CaseloadFormat } from './use-caseload-format';

export interface CaseloadTableDownloadProps {
  readonly entries: CaseloadRows;
  /** The table's order: positions in `entries`, as filtered and sorted. */
  readonly order: Int32Array;
  readonly card: RateCard;
  readonly format: CaseloadFormat;
  readonly fileName: string;
  /** The filter the rows were chosen by, said on every row; undefined for the whole table. */
  readonly filter: string | undefined;
  /** The day reviews are due or overdue as on. */
  readonly today: string;
}

/** How far the file has got while it is written; null when it is not being written. */
type Writing = { readonly done: number; readonly total: number } | null;

export function CaseloadTableDownload(props: CaseloadTableDownloadProps) {
  const { order, format } = props;
  const { t, count } = format;
  const [writing, setWriting] = useState<Writing>(null);
  // What the status says: the start of a long write, then how it ended.
  const [message, setMessage] = useState('');
  const cancelling = useRef<AbortController | null>(null);
  const downloadButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // Leaving the page, or a new caseload, stops a write under way: nothing is downloaded.
  useEffect(() => () => cancelling.current?.abort(), [props.entries]);

  const download = async () => {
    if (cancelling.current !== null) return;
    // The rows as they are now: a later search or sort changes the table, not this file.
    const { entries, card, fileName, filter, today } = props;
    const total = order.length;
    const rows = {
      length: total,
      at: (position: number) => entries.at(order[position] ?? -1),
    };
    const controller = new AbortController();
    cancelling.current = controller;
    const started = t('caseload.downloads.writingStarted', { count: total, total: count(total) });
    const file = new TextFile();
    let done = 0;
    try {
      const finished = await stepsInTasks(
        caseloadTableCsvPieces(rows, card, t, { language: format.language, filter, today }),
        (piece) => {
          file.add(piece.text);
          done = piece.written;
        },
        {
          signal: controller.signal,
          onPause: () => {
            setWriting({ done, total });
            setMessage(started);
          },
        },
      );
      if (!finished) return setMessage(t('caseload.downloads.cancelled'));
      downloadBlob(fileName, file.blob('text/csv;charset=utf-8'));
      setMessage(t('documents.csvDownloaded', { file: fileName }));
    } catch {
      // A row that cannot be read (the caseload replaced under the write): nothing half made.
      setMessage(t('caseload.downloads.failed'));
    } finally {
      cancelling.current = null;
      // The Cancel button goes: focus on it moves to the button that writes the file.
      if (document.activeElement === cancelButton.current) downloadButton.current?.focus();
      setWriting(null);
    }
  };

  return (
    <div>
      <ButtonGroup>
        <Button
          type="button"
          variant="secondary"
          onClick={() => void download()}
          disabled={order.length === 0}
          ref={downloadButton}
        >
          {t('caseload.downloads.table')}
        </Button>
        {writing !== null && (
          <Button
            type="button"
            variant="secondary"
            onClick={() => cancelling.current?.abort()}
            ref={cancelButton}
          >
            {t('caseload.downloads.cancel')}
          </Button>
        )}
      </ButtonGroup>
      {writing !== null && (
        <div className="app-caseload-progress">
          <CaseloadProgressBar
            id="caseload-download-progress"
            label={t('caseload.downloads.writing', {
              done: count(writing.done),
              total: count(writing.total),
            })}
            done={writing.done}
            total={writing.total}
          />
        </div>
      )}
      <p className={writing === null ? 'nhsuk-body' : 'nhsuk-u-visually-hidden'} role="status">
        {message}
      </p>
    </div>
  );
}
