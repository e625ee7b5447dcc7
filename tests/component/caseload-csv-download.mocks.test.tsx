/**
 * The caseload's CSVs are written a piece at a time, a few pieces a task, so a nation's
 * table (64 MB) or figures (10 MB) never hold the page for seconds: while one is written
 * the page shows how far it has got and offers Cancel, and the file, once made, is the one
 * the headless command gives; the table's as it was filtered and sorted at the press.
 * Here each task takes one piece (the clock runs past the budget at every read) and the
 * page's next task comes only when the test lets it.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  listedRows,
  type CaseloadRow,
  type CaseloadRows,
} from '../../src/domain/caseload/caseload-row';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { createI18n } from '../../src/i18n';
import { caseloadSummaryCsv, caseloadTableCsv } from '../../src/io/caseload-csv';
import { summariseCaseload } from '../../src/domain/caseload/summary';
import type { CaseloadEntry } from '../../src/domain/caseload/entry';
import { CaseloadResults } from '../../src/ui/caseload/caseload-results';
import { ROWS_A_PIECE } from '../../src/io/csv';
import { caseloadClock } from '../../src/state/caseload/caseload-clock';
import { useCaseloadStore } from '../../src/state/caseload/caseload-store';
import { CaseloadTable } from '../../src/ui/caseload/caseload-table';
import { useCaseloadFormat } from '../../src/ui/caseload/use-caseload-format';
import { SAID_AGAIN } from '../../src/ui/hooks/use-status-message';
import { loadCard } from '../helpers/builders';
import { renderWithI18n } from './render';

/** The page's next tasks, each let run by the test. */
const waiting: (() => void)[] = [];
vi.mock('../../src/workers/next-task', () => ({
  nextTask: () => new Promise<void>((resolve) => waiting.push(resolve)),
}));

const card = loadCard('rate-cards/england-2025-26.json');
const generated = generateBudgets({ count: 9, seed: 8, rateCard: card }).map((budget) => {
  const priced = priceCaseloadBudget(budget, card, `${budget.id}.json`, { asOf: '2025-10-15' });
  if (!priced.ok) throw new Error('unpriceable');
  return priced.value;
});
/** Three pieces: two whole and one of 10. */
const COUNT = ROWS_A_PIECE * 2 + 10;
const entries: CaseloadRow[] = Array.from({ length: COUNT }, (_, index) => ({
  ...(generated[index % generated.length] as CaseloadRow),
  file: `budget-${String(index).padStart(4, '0')}.json`,
}));

const allRows = listedRows(entries);

function Table({ rows = allRows }: { rows?: CaseloadRows }) {
  const format = useCaseloadFormat(card);
  return <CaseloadTable entries={rows} card={card} format={format} onOpen={() => undefined} />;
}

let saved: Blob[];
beforeEach(() => {
  saved = [];
  waiting.length = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved.push(blob as Blob);
    return 'blob:caseload-test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  // Every read of the clock is past the task's budget: one piece a task.
  let time = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (time += 50));
});

afterEach(() => {
  vi.restoreAllMocks();
  act(() => useCaseloadStore.getState().clear());
});

/** Lets the page's next task run, and React draw what it changed. */
async function nextTaskRuns() {
  expect(waiting).toHaveLength(1);
  await act(async () => {
    waiting.shift()?.();
    await Promise.resolve();
  });
}

const downloadButton = () => screen.getByRole('button', { name: 'Download these budgets (CSV)' });
/** The download's own status, beside the table's. */
function downloadStatus(): Element {
  const status = downloadButton()
    .closest('.nhsuk-button-group')
    ?.parentElement?.querySelector('[role="status"]');
  if (status == null) throw new Error('no status beside the download button');
  return status;
}
const progressLabel = () => screen.getByText(/^Writing the CSV: /, { selector: 'label' });

describe("the caseload's CSVs, written a piece at a time", () => {
  it('shows how far it has got, and downloads the whole table once written', async () => {
    renderWithI18n(<Table />);
    fireEvent.click(downloadButton());
    // The headings were written in the press's task; the page then has its turn.
    expect(await screen.findByRole('button', { name: 'Cancel the CSV' })).toBeVisible();
    expect(progressLabel()).toHaveTextContent('Writing the CSV: 0 of 510');
    expect(screen.getByRole('progressbar', { name: 'Writing the CSV: 0 of 510' })).toHaveAttribute(
      'max',
      '510',
    );
    // Said once to a screen reader, which the bar's every step would talk over.
    const said = screen.getByText('Writing 510 budgets to a CSV');
    expect(said).toHaveAttribute('role', 'status');
    expect(said).toHaveClass('nhsuk-u-visually-hidden');
    await nextTaskRuns();
    expect(progressLabel()).toHaveTextContent('Writing the CSV: 250 of 510');
    await nextTaskRuns();
    expect(progressLabel()).toHaveTextContent('Writing the CSV: 500 of 510');
    expect(saved).toHaveLength(0);
    // The last piece's task finds nothing left to write, and downloads the file.
    await nextTaskRuns();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(waiting).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Cancel the CSV' })).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(
      screen.getByText('CSV downloaded: caseload-budgets.csv has been saved to your downloads.'),
    ).toHaveClass('nhsuk-body');
    const t = createI18n('en').t;
    // The table's order: dearest first, as the page sorts at first.
    const sorted = [...entries].sort(
      (a, b) => Number(b.totals.annual) - Number(a.totals.annual) || a.file.localeCompare(b.file),
    );
    // Byte for byte, the byte-order mark too (a Blob's text() would drop it).
    const bytes = new Uint8Array(await (saved[0] as Blob).arrayBuffer());
    const whole = caseloadTableCsv(sorted, card, t, { today: caseloadClock.today() });
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(whole);
  });

  it('answers a second press with how far the first has got, and writes one file', async () => {
    renderWithI18n(<Table />);
    fireEvent.click(downloadButton());
    await screen.findByRole('button', { name: 'Cancel the CSV' });
    await nextTaskRuns();
    const status = downloadStatus();
    fireEvent.click(downloadButton());
    expect(status.textContent).toBe('Writing the CSV: 250 of 510');
    // Pressed again, the same words are said again: changed by an invisible space, so a
    // screen reader reads them out rather than ignoring a region that did not change.
    fireEvent.click(downloadButton());
    expect(status.textContent).toBe(`Writing the CSV: 250 of 510${SAID_AGAIN}`);
    expect(waiting).toHaveLength(1);
    await nextTaskRuns();
    await nextTaskRuns();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(waiting).toHaveLength(0);
  });

  it('says a file written in the press’s own task each time it is downloaded', async () => {
    // A clock that does not move: the whole table is written in the press's task.
    vi.spyOn(performance, 'now').mockImplementation(() => 0);
    renderWithI18n(<Table />);
    const status = downloadStatus();
    const downloaded = 'CSV downloaded: caseload-budgets.csv has been saved to your downloads.';
    fireEvent.click(downloadButton());
    await waitFor(() => expect(status.textContent).toBe(downloaded));
    fireEvent.click(downloadButton());
    await waitFor(() => expect(status.textContent).toBe(`${downloaded}${SAID_AGAIN}`));
    fireEvent.click(downloadButton());
    await waitFor(() => expect(saved).toHaveLength(3));
    expect(status.textContent).toBe(downloaded);
    expect(waiting).toHaveLength(0);
  });

  it('stops at Cancel: nothing downloaded, the person told, focus back on the download button', async () => {
    renderWithI18n(<Table />);
    fireEvent.click(downloadButton());
    const cancel = await screen.findByRole('button', { name: 'Cancel the CSV' });
    await nextTaskRuns();
    cancel.focus();
    fireEvent.click(cancel);
    await nextTaskRuns();
    expect(await screen.findByText('The CSV was cancelled: nothing was downloaded.')).toBeVisible();
    expect(saved).toHaveLength(0);
    expect(waiting).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Cancel the CSV' })).toBeNull();
    expect(downloadButton()).toHaveFocus();
  });

  it('writes the table as it was at the press, though a search changes it meanwhile', async () => {
    renderWithI18n(<Table />);
    fireEvent.click(downloadButton());
    await screen.findByRole('button', { name: 'Cancel the CSV' });
    fireEvent.change(screen.getByLabelText('Find budgets'), {
      target: { value: 'budget-0001.json' },
    });
    expect(screen.getByRole('table', { name: /^Budgets 1 to 1 of 1/ })).toBeDefined();
    // The bar counts the file's rows, not the table's now.
    await nextTaskRuns();
    expect(progressLabel()).toHaveTextContent('Writing the CSV: 250 of 510');
    // A search that finds nothing leaves the button to press, and the write going on.
    fireEvent.change(screen.getByLabelText('Find budgets'), { target: { value: 'no such' } });
    expect(downloadButton()).toBeEnabled();
    // A second press while the first is written makes no second file.
    fireEvent.click(downloadButton());
    for (let task = 0; task < 2; task++) await nextTaskRuns();
    await waitFor(() => expect(saved).toHaveLength(1));
    const lines = (await (saved[0] as Blob).text()).split('\r\n').filter((line) => line !== '');
    expect(lines).toHaveLength(COUNT + 1);
    expect(lines[0]).not.toMatch(/Filter/);
  });

  it('stops when the table goes, and downloads nothing', async () => {
    const { unmount } = renderWithI18n(<Table />);
    fireEvent.click(downloadButton());
    await screen.findByRole('button', { name: 'Cancel the CSV' });
    unmount();
    await act(async () => {
      waiting.shift()?.();
      await Promise.resolve();
    });
    expect(waiting).toHaveLength(0);
    expect(saved).toHaveLength(0);
  });

  it('stops when a new caseload replaces the table, and downloads nothing', async () => {
    const i18n = createI18n('en');
    const { rerender } = render(
      <I18nextProvider i18n={i18n}>
        <Table />
      </I18nextProvider>,
    );
    fireEvent.click(downloadButton());
    await screen.findByRole('button', { name: 'Cancel the CSV' });
    rerender(
      <I18nextProvider i18n={i18n}>
        <Table rows={listedRows(entries.slice(0, 3))} />
      </I18nextProvider>,
    );
    await nextTaskRuns();
    expect(waiting).toHaveLength(0);
    expect(saved).toHaveLength(0);
    expect(await screen.findByText('The CSV was cancelled: nothing was downloaded.')).toBeVisible();
  });

  it('writes the figures a piece at a time too, the bar saying rows so far, the file the command’s', async () => {
    const summary = summariseCaseload(entries as CaseloadEntry[], card, '2025-10-15');
    renderWithI18n(
      <CaseloadResults entries={allRows} summary={summary} card={card} onOpen={() => undefined} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download the figures (CSV)' }));
    await screen.findByRole('button', { name: 'Cancel the CSV' });
    expect(screen.getByText('Writing the figures to a CSV')).toHaveAttribute('role', 'status');
    // How many rows the figures have is not known before they are written: no value, no max.
    const bar = screen.getByRole('progressbar', { name: 'Writing the CSV: 0 rows so far' });
    expect(bar).not.toHaveAttribute('value');
    await nextTaskRuns();
    expect(
      screen.getByRole('progressbar', { name: 'Writing the CSV: 250 rows so far' }),
    ).toBeDefined();
    for (let task = 0; saved.length === 0 && task < 50; task++) await nextTaskRuns();
    expect(saved).toHaveLength(1);
    const bytes = new Uint8Array(await (saved[0] as Blob).arrayBuffer());
    const whole = caseloadSummaryCsv(summary, card, createI18n('en').t);
    // More than a piece's worth: the outlying budgets and those that cost more, a row each.
    expect(whole.split('\r\n').length).toBeGreaterThan(ROWS_A_PIECE + 2);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(whole);
  });
});
