/**
 * The documents on the summary page: the CSV for finance is the headless command's CSV of
 * the same budget, and the PDF is asked of the lazily loaded module only when pressed, with
 * the person told what is happening. react-pdf itself is rendered in the node and browser
 * tests; here its module is a stand-in, so these tests are about the page.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { priceOnCard } from '../../../src/domain/pricing/price-budget';
import type { Budget } from '../../../src/domain/schema/budget';
import { createI18n } from '../../../src/i18n';
import { budgetCsv } from '../../../src/io/budget-csv';
import type { Prepared } from '../../../src/io/pdf/budget-document';
import type { PdfProgress } from '../../../src/io/pdf/pdf-browser';
import type { PdfRequest } from '../../../src/io/pdf/pdf-request';
import { useAppStore } from '../../../src/state/store';
import { SummaryPage } from '../../../src/ui/summary/summary-page';
import { loadCard, readJson } from '../../helpers/builders';
import { renderWithI18n } from '../render';

const pdfModule = vi.hoisted(() => ({
  budgetPdfBlob: vi.fn<(request: PdfRequest, progress?: PdfProgress) => Promise<Prepared<Blob>>>(),
  warmPdfWorker: vi.fn<() => void>(),
}));
vi.mock('../../../src/io/pdf/pdf-browser', async () => ({
  ...pdfModule,
  describeRefusal: (await import('../../../src/io/pdf/refusal-message')).describeRefusal,
}));
const made = (blob: Blob): Prepared<Blob> => ({ ok: true, value: blob });

const example = readJson('examples/example-ann.json') as Budget;
const card = loadCard('rate-cards/england-2025-26.json');
const FILE_SLUG = 'support-plan-for-ann-example-a-fictional-example';

let files: Blob[];
let names: string[];
beforeEach(() => {
  files = [];
  names = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    files.push(blob as Blob);
    return 'blob:documents-test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  pdfModule.budgetPdfBlob.mockReset();
  pdfModule.warmPdfWorker.mockReset();
});

function showSummary(budget: Budget = example): void {
  const { id } = useAppStore.getState().addBudget(budget);
  renderWithI18n(<SummaryPage budgetId={id} />);
}

/** What the page says after a press: in its live region, and under the Documents buttons. */
async function expectSaid(text: string): Promise<void> {
  await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe(text));
  const heading = screen.getByRole('heading', { level: 2, name: 'Documents' });
  expect(within(heading.closest('section') as HTMLElement).getByText(text)).toBeInTheDocument();
}

describe('the documents on the check and summary page', () => {
  it('offers the PDF and the CSV for finance, saying what each is for', () => {
    showSummary();
    expect(screen.getByRole('heading', { level: 2, name: 'Documents' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the PDF' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Download the CSV for finance' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/The PDF is this budget as a document to take to the planning meeting/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/The CSV for finance has each line and the totals as plain figures/),
    ).toBeInTheDocument();
    // Nothing is made until asked for: react-pdf stays out of the page until then.
    expect(pdfModule.budgetPdfBlob).not.toHaveBeenCalled();
  });

  it('starts loading the PDF renderer as focus reaches "Download the PDF", not before', async () => {
    showSummary();
    await userEvent.click(screen.getByRole('button', { name: 'Download the CSV for finance' }));
    expect(pdfModule.warmPdfWorker).not.toHaveBeenCalled();
    screen.getByRole('button', { name: 'Download the PDF' }).focus();
    await vi.waitFor(() => expect(pdfModule.warmPdfWorker).toHaveBeenCalledTimes(1));
    expect(pdfModule.budgetPdfBlob).not.toHaveBeenCalled();
  });

  it('downloads the CSV: exactly the headless command’s CSV of the same budget', async () => {
    showSummary();
    await userEvent.click(screen.getByRole('button', { name: 'Download the CSV for finance' }));
    expect(files).toHaveLength(1);
    expect(names).toEqual([`${FILE_SLUG}.csv`]);
    const file = files[0] as Blob;
    expect(file.type).toBe('text/csv;charset=utf-8');
    const priced = priceOnCard(example, card);
    if (!priced.ok) throw new Error('the example does not price');
    const expected = budgetCsv(priced.value, createI18n('en').t, 'en');
    const bytes = new Uint8Array(await file.arrayBuffer());
    // The byte-order mark that makes Excel read UTF-8, then the text the command prints.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(expected);
    await expectSaid(`CSV downloaded: ${FILE_SLUG}.csv has been saved to your downloads.`);
  });

  it('says it is preparing the PDF, then that it has downloaded it', async () => {
    let finish: (blob: Blob) => void = () => undefined;
    pdfModule.budgetPdfBlob.mockImplementation(
      () => new Promise<Prepared<Blob>>((resolve) => (finish = (blob) => resolve(made(blob)))),
    );
    showSummary();
    await userEvent.click(screen.getByRole('button', { name: 'Download the PDF' }));
    await expectSaid('Preparing the PDF…');
    // A second press while it is being made does not make it twice.
    await userEvent.click(screen.getByRole('button', { name: 'Download the PDF' }));
    await vi.waitFor(() => expect(pdfModule.budgetPdfBlob).toHaveBeenCalledOnce());

    const pdf = new Blob(['%PDF-1.3'], { type: 'application/pdf' });
    finish(pdf);
    await expectSaid(`PDF downloaded: ${FILE_SLUG}.pdf has been saved to your downloads.`);
    expect(files).toEqual([pdf]);
    expect(names).toEqual([`${FILE_SLUG}.pdf`]);

    // The worker is given what the page priced: the budget, its card and the as-at day,
    // with the page's own words.
    const request = pdfModule.budgetPdfBlob.mock.calls[0]?.[0];
    const priced = priceOnCard(example, card);
    if (!priced.ok || request === undefined) throw new Error('no pricing');
    expect(request.budget).toEqual(example);
    expect(request.card).toEqual(card);
    expect(request.asOf).toBe(priced.value.asOf);
    expect(request.language).toBe('en');
    expect(request.madeOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(request.revision).toBeUndefined();
    expect(Object.keys(request.messages)).toEqual(['en']);
    const documents = request.messages.en?.['documents'] as Record<string, unknown> | undefined;
    expect(documents?.['downloadPdf']).toBe('Download the PDF');
    // Plain data, as a worker is sent a copy: it survives one whole.
    expect(structuredClone(request)).toEqual(request);
  });

  it('says each step while the PDF is made, offers to cancel until then, and says when it is cancelled', async () => {
    let progress: PdfProgress = {};
    pdfModule.budgetPdfBlob.mockImplementation(
      (_request, given = {}) =>
        new Promise<Prepared<Blob>>((_resolve, reject) => {
          progress = given;
          given.signal?.addEventListener('abort', () =>
            reject(new DOMException('cancelled', 'AbortError')),
          );
        }),
    );
    showSummary();
    expect(screen.queryByRole('button', { name: 'Cancel the PDF' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Download the PDF' }));
    await expectSaid('Preparing the PDF…');
    progress.stage?.('fonts');
    await expectSaid('Preparing the PDF: step 2 of 3, loading the fonts…');
    progress.stage?.('layout');
    await expectSaid(
      'Preparing the PDF: step 3 of 3, setting out the pages. A long budget can take a minute; you can go on using the page meanwhile.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Cancel the PDF' }));
    expect(progress.signal?.aborted).toBe(true);
    await expectSaid('The PDF was cancelled: nothing was downloaded.');
    expect(files).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Cancel the PDF' })).not.toBeInTheDocument();
    // The Cancel button had focus; it moves to the button that makes the PDF.
    expect(screen.getByRole('button', { name: 'Download the PDF' })).toHaveFocus();
  });

  it('sends the Welsh words with the English when the page is in Welsh', async () => {
    pdfModule.budgetPdfBlob.mockResolvedValue(
      made(new Blob(['%PDF'], { type: 'application/pdf' })),
    );
    const { id } = useAppStore.getState().addBudget(example);
    renderWithI18n(<SummaryPage budgetId={id} />, 'cy');
    await userEvent.click(screen.getByRole('button', { name: "Lawrlwytho'r PDF" }));
    await vi.waitFor(() => expect(pdfModule.budgetPdfBlob).toHaveBeenCalledOnce());
    const request = pdfModule.budgetPdfBlob.mock.calls[0]?.[0];
    expect(request?.language).toBe('cy');
    expect(Object.keys(request?.messages ?? {}).sort()).toEqual(['cy', 'en']);
    const documents = request?.messages.cy?.['documents'] as Record<string, unknown> | undefined;
    expect(documents?.['cancelPdf']).toBe("Canslo'r PDF");
  });

  it('says so, and keeps the page, when the PDF cannot be made', async () => {
    pdfModule.budgetPdfBlob.mockRejectedValue(new Error('layout failed'));
    showSummary();
    await userEvent.click(screen.getByRole('button', { name: 'Download the PDF' }));
    await expectSaid(
      'The PDF could not be made. Try again, or use “Print this page” and save it as a PDF instead.',
    );
    expect(files).toEqual([]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Check and summary');

    // It can be tried again.
    pdfModule.budgetPdfBlob.mockResolvedValue(
      made(new Blob(['%PDF'], { type: 'application/pdf' })),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download the PDF' }));
    await expectSaid(`PDF downloaded: ${FILE_SLUG}.pdf has been saved to your downloads.`);
    expect(files).toHaveLength(1);
  });

  it('names the field and the script when the PDF would print a name wrongly, and downloads nothing [H16.6]', async () => {
    pdfModule.budgetPdfBlob.mockResolvedValue({
      ok: false,
      unprintable: { path: 'person.name', script: 'chinese', character: '王' },
    });
    showSummary();
    await userEvent.click(screen.getByRole('button', { name: 'Download the PDF' }));
    await expectSaid(
      'The PDF was not made: the person’s name uses Chinese characters (“王”), which the PDF cannot print yet, and it would print it wrongly. The page, the CSV and the budget file keep it as typed.',
    );
    expect(files).toEqual([]);
  });
});
