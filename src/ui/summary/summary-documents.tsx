/**
 * Documents of the budget, made on the device: the PDF for the person and the planning
 * meeting, the CSV for finance, and the exports for the systems that pay for the budget
 * (summary-exports.tsx). All are views of the same pricing the page shows.
 * react-pdf is large, so it is imported only when someone presses "Download the PDF",
 * never with the page.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../domain/local-date';
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

export interface SummaryDocumentsProps {
  readonly budget: Budget;
  /** Says what happened in the summary's one status message, which a screen reader hears. */
  readonly announce: (message: string) => void;
  /** The outcome of the last document asked for, shown under these buttons. */
  readonly message: string;
}

export function SummaryDocuments({ budget, announce, message }: SummaryDocumentsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // A second press while the PDF is being made would make it twice.
  const makingPdf = useRef(false);
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

  const downloadPdf = async () => {
    if (makingPdf.current) return;
    const priced = pricing();
    if (priced === null) return announce(t('documents.cannotPrice'));
    makingPdf.current = true;
    announce(t('documents.preparingPdf'));
    try {
      const { budgetPdfBlob, describeRefusal } = await import('../../io/pdf/pdf-browser');
      const made = await budgetPdfBlob({
        pricing: priced,
        t,
        language,
        madeOn: localIsoDate(new Date()),
        revision: documentRevision(budget),
      });
      // Too long, or a text the PDF would print wrongly: no PDF, and the person is told why.
      if (!made.ok) return announce(describeRefusal(made, t, 'app'));
      const fileName = budgetPdfFileName(budget, namesArePrivate());
      downloadBlob(fileName, made.value);
      announce(t('documents.pdfDownloaded', { file: fileName }));
    } catch {
      // A chunk that fails to load (an app updated since the page opened) or a layout
      // error: the person is told, and can print the page instead; the page stays up.
      announce(t('documents.pdfFailed'));
    } finally {
      makingPdf.current = false;
    }
  };

  return (
    <SummarySection heading={t('documents.heading')}>
      <p className="nhsuk-body">{t('documents.pdfBody')}</p>
      <p className="nhsuk-body">{t('documents.csvBody')}</p>
      <p className="nhsuk-body">{t('documents.madeHere')}</p>
      <ButtonGroup>
        <Button type="button" variant="secondary" onClick={() => void downloadPdf()}>
          {t('documents.downloadPdf')}
        </Button>
        <Button type="button" variant="secondary" onClick={downloadCsv} preventDoubleClick>
          {t('documents.downloadCsv')}
        </Button>
      </ButtonGroup>
      <SummaryExports budget={budget} pricing={pricing} announce={announce} />
      {message !== '' && <p className="nhsuk-body">{message}</p>}
    </SummarySection>
  );
}
