/**
 * Documents of the budget, made on the device: the PDF for the person and the planning
 * meeting, the CSV for finance, and the exports for the systems that pay for the budget
 * (summary-exports.tsx). All are views of the same pricing the page shows.
 * react-pdf is large, so it is imported only when someone presses "Download the PDF",
 * never with the page. The PDF is made in a worker: the page says each step in its status
 * message, and offers to cancel until the PDF is made.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { today } from '../../state/clock';
import type { Budget } from '../../domain/schema/budget';
import { documentRevision } from '../../domain/revisions/history';
import { budgetCsv } from '../../io/budget-csv';
import { budgetCsvFileName, budgetPdfFileName } from '../../io/document-names';
import { Button } from '../components/button';
import { ButtonGroup } from '../components/button-group';
import { downloadBlob, downloadText } from '../download';
import { priceBudgetState } from '../hooks/use-budget';
import { useAsOf } from '../hooks/use-route';
import { SummaryExports } from './summary-exports';
import { SummarySection } from './summary-section';
import { namesArePrivate } from '../hooks/use-session';
import { isLanguage, type Language, type Messages } from '../../i18n/languages';
import { PDF_STAGES, type PdfStage } from '../../io/pdf/pdf-request';
import type { MessageKey } from '../../i18n/message-keys';

export interface SummaryDocumentsProps {
  readonly budget: Budget;
  /** Says what happened in the summary's one status message, which a screen reader hears. */
  readonly announce: (message: string) => void;
  /** The outcome of the last document asked for, shown under these buttons. */
  readonly message: string;
}

/**
 * The PDF's code, fetched once: by the first warm-up or the first press, whichever comes
 * first. A fetch that failed is forgotten, so the next press tries again.
 */
let loadingPdfCode: Promise<typeof import('../../io/pdf/pdf-browser')> | undefined;
function pdfCode(): Promise<typeof import('../../io/pdf/pdf-browser')> {
  loadingPdfCode ??= import('../../io/pdf/pdf-browser').catch((error: unknown) => {
    loadingPdfCode = undefined;
    throw error;
  });
  return loadingPdfCode;
}

export function SummaryDocuments({ budget, announce, message }: SummaryDocumentsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // A second press while the PDF is being made would make it twice.
  const makingPdf = useRef(false);
  // The step the PDF is at while it is made (the Cancel button shows then), else null.
  const [stage, setStage] = useState<PdfStage | null>(null);
  const cancelling = useRef<AbortController | null>(null);
  const downloadButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // The documents are as at the day the page shows.
  const asOf = useAsOf();

  // Priced when asked, from the same budget and the same function as the page's figures.
  const pricing = () => {
    const state = priceBudgetState(budget, asOf);
    return state.kind === 'priced' ? state.pricing : null;
  };

  const downloadCsv = () => {
    const priced = pricing();
    if (priced === null) return announce(t('documents.cannotPrice'));
    const fileName = budgetCsvFileName(budget, namesArePrivate());
    downloadText(fileName, budgetCsv(priced, t, language), 'text/csv;charset=utf-8');
    announce(t('documents.csvDownloaded', { file: fileName }));
  };

  // The PDF's renderer starts loading in its worker as the pointer or focus reaches
  // "Download the PDF", so it is on its way before the press (pdf-browser.ts,
  // warmPdfWorker); a person who never asks for a PDF never loads it.
  useEffect(() => {
    const button = downloadButton.current;
    if (button === null) return;
    const warm = () =>
      void pdfCode().then(
        (module) => module.warmPdfWorker(),
        () => undefined,
      );
    button.addEventListener('pointerenter', warm, { once: true });
    button.addEventListener('focus', warm, { once: true });
    return () => {
      button.removeEventListener('pointerenter', warm);
      button.removeEventListener('focus', warm);
    };
  }, []);

  const downloadPdf = async () => {
    if (makingPdf.current) return;
    const priced = pricing();
    if (priced === null) return announce(t('documents.cannotPrice'));
    makingPdf.current = true;
    const controller = new AbortController();
    cancelling.current = controller;
    setStage('loading');
    announce(t('documents.preparingPdf'));
    const pdfLanguage: Language = isLanguage(language) ? language : 'en';
    try {
      const { budgetPdfBlob, describeRefusal } = await pdfCode();
      const made = await budgetPdfBlob(
        {
          budget,
          card: priced.card,
          asOf: priced.asOf,
          language: pdfLanguage,
          messages: messagesOf(i18n, pdfLanguage),
          madeOn: today(),
          revision: documentRevision(budget),
        },
        {
          signal: controller.signal,
          stage: (next) => {
            setStage(next);
            // The first step was said with the press.
            if (next !== 'loading')
              announce(t(`documents.pdfStage.${next}` as const satisfies MessageKey));
          },
        },
      );
      // Too long, or a text the PDF would print wrongly: no PDF, and the person is told why.
      if (!made.ok) return announce(describeRefusal(made, t, 'app'));
      const fileName = budgetPdfFileName(budget, namesArePrivate());
      downloadBlob(fileName, made.value);
      announce(t('documents.pdfDownloaded', { file: fileName }));
    } catch {
      if (controller.signal.aborted) announce(t('documents.pdfCancelled'));
      // A chunk that fails to load (an app updated since the page opened) or a layout
      // error: the person is told, and can print the page instead; the page stays up.
      else announce(t('documents.pdfFailed'));
    } finally {
      makingPdf.current = false;
      cancelling.current = null;
      // The Cancel button goes: focus on it would be lost to the page's top, so it moves
      // to the button that makes the PDF, next to where it was.
      if (document.activeElement === cancelButton.current) downloadButton.current?.focus();
      setStage(null);
    }
  };

  return (
    <SummarySection heading={t('documents.heading')}>
      <p className="nhsuk-body">{t('documents.pdfBody')}</p>
      <p className="nhsuk-body">{t('documents.csvBody')}</p>
      <p className="nhsuk-body">{t('documents.madeHere')}</p>
      <ButtonGroup>
        <Button
          type="button"
          variant="secondary"
          onClick={() => void downloadPdf()}
          ref={downloadButton}
        >
          {t('documents.downloadPdf')}
        </Button>
        {stage !== null && (
          <Button
            type="button"
            variant="secondary"
            onClick={() => cancelling.current?.abort()}
            ref={cancelButton}
          >
            {t('documents.cancelPdf')}
          </Button>
        )}
        <Button type="button" variant="secondary" onClick={downloadCsv} preventDoubleClick>
          {t('documents.downloadCsv')}
        </Button>
      </ButtonGroup>
      {stage !== null && (
        // The words of each step are in the message below and the page's status region;
        // the bar only shows the same to the eye.
        <progress
          className="app-pdf-progress"
          max={PDF_STAGES.length}
          value={PDF_STAGES.indexOf(stage) + 1}
          aria-hidden="true"
        />
      )}
      <SummaryExports budget={budget} pricing={pricing} announce={announce} />
      {message !== '' && <p className="nhsuk-body">{message}</p>}
    </SummarySection>
  );
}

/** The page's messages for the PDF's language, and English, which any key falls back to. */
function messagesOf(
  instance: { getResourceBundle(lng: string, ns: string): unknown },
  language: Language,
) {
  const messages: Partial<Record<Language, Messages>> = {};
  for (const each of new Set<Language>(['en', language]))
    messages[each] = instance.getResourceBundle(each, 'translation') as Messages;
  return messages;
}
