/**
 * A button that downloads one of the caseload's CSVs: the figures, or the table as
 * filtered and sorted. A nation's table is 64 MB and its figures 10 MB, which written in
 * one task froze the page for seconds, so each file is written a piece at a time (its
 * `pieces`, src/io/csv.ts) a few pieces a task: the page shows how far it has got, stays
 * usable, and offers to cancel. A file that fits in one task is written in the press's own
 * task, with no wait.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { CsvPiece } from '../../io/csv';
import { Button } from '../components/button';
import { ButtonGroup } from '../components/button-group';
import { downloadBlob, TextFile } from '../download';
import { useStatusMessage } from '../hooks/use-status-message';
import { stepsInTasks } from '../steps-in-tasks';
import { CaseloadProgressBar } from './caseload-progress-bar';
import type { CaseloadFormat } from './use-caseload-format';

export interface CaseloadCsvDownloadProps {
  /** The button's words. */
  readonly label: string;
  readonly fileName: string;
  /** The file's text, in pieces, as it is at the press: called once a press. */
  readonly pieces: () => Iterator<CsvPiece, unknown>;
  /** Rows under the file's headings, when known before it is written (the bar then fills). */
  readonly total?: number | undefined;
  /** What a screen reader hears when a write starts that takes more than a task. */
  readonly started: string;
  readonly disabled?: boolean | undefined;
  /** The caseload the file is of: a new one stops a write under way, as leaving the page does. */
  readonly caseload: unknown;
  /** The page's words and number format. */
  readonly format: CaseloadFormat;
}

/** While a file is written, how many of its rows are (of how many, if known); else null. */
type Writing = { readonly done: number; readonly total: number | undefined } | null;

export function CaseloadCsvDownload(props: CaseloadCsvDownloadProps) {
  const { label, disabled, caseload, format } = props;
  const { t, count } = format;
  const [writing, setWriting] = useState<Writing>(null);
  // What the status says: the start of a long write, how far it has got if the button is
  // pressed again meanwhile, then how it ended.
  const [message, say] = useStatusMessage();
  const cancelling = useRef<AbortController | null>(null);
  const downloadButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const progressId = useId();
  useEffect(() => () => cancelling.current?.abort(), [caseload]);

  const progress = (at: NonNullable<Writing>) =>
    at.total === undefined
      ? t('caseload.downloads.writingSoFar', { done: count(at.done) })
      : t('caseload.downloads.writing', { done: count(at.done), total: count(at.total) });

  const download = async () => {
    // One file at a time: a second press is answered with how far the first has got.
    if (cancelling.current !== null) {
      if (writing !== null) say(progress(writing));
      return;
    }
    // The file's name, rows and count as at the press: a search meanwhile changes the table's.
    const { fileName, pieces, started, total } = props;
    const controller = new AbortController();
    cancelling.current = controller;
    const file = new TextFile();
    let done = 0;
    let paused = false;
    try {
      const finished = await stepsInTasks(
        pieces(),
        (piece) => {
          file.add(piece.text);
          done = piece.written;
        },
        {
          signal: controller.signal,
          onPause: () => {
            setWriting({ done, total });
            // Said once, when the write turns out to be long; the bar shows the rest.
            if (!paused) say(started);
            paused = true;
          },
        },
      );
      if (!finished) return say(t('caseload.downloads.cancelled'));
      downloadBlob(fileName, file.blob('text/csv;charset=utf-8'));
      say(t('documents.csvDownloaded', { file: fileName }));
    } catch {
      // A row that cannot be read (the caseload replaced under the write): nothing half made.
      say(t('caseload.downloads.failed'));
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
          // Not while a file is written: a search that empties the table would take the
          // focus from the button, and the file being written is not the table's now.
          disabled={disabled === true && writing === null}
          ref={downloadButton}
        >
          {label}
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
            id={progressId}
            label={progress(writing)}
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
