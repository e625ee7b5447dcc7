/**
 * The exports for other systems on the summary page (docs/exports.md): each button saves
 * exactly the headless command's CSV of the same budget under its own name, in English
 * and in Welsh (whose buttons are Welsh and whose header stays English), and the payroll
 * sheet is offered only once an assistant is named.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { priceOnCard, type BudgetPricing } from '../../../src/domain/pricing/price-budget';
import type { Budget } from '../../../src/domain/schema/budget';
import { payrollCsv } from '../../../src/io/exports/payroll-csv';
import { phbScheduleCsv } from '../../../src/io/exports/phb-schedule-csv';
import { serviceAgreementCsv } from '../../../src/io/exports/service-agreement-csv';
import { useAppStore } from '../../../src/state/store';
import { SAID_AGAIN } from '../../../src/ui/hooks/use-status-message';
import { SummaryPage } from '../../../src/ui/summary/summary-page';
import { loadCard, readJson } from '../../helpers/builders';
import { afterDoubleClickWindow } from '../double-click';
import { renderWithI18n } from '../render';

const example = readJson('examples/example-ann.json') as Budget;
const card = loadCard('rate-cards/england-2025-26.json');
const FILE_SLUG = 'support-plan-for-ann-example-a-fictional-example';

let files: { name: string; blob: Blob }[];
beforeEach(() => {
  files = [];
  let last: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    last = blob as Blob;
    return 'blob:exports-test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (last !== null) files.push({ name: this.download, blob: last });
  });
});
afterEach(() => vi.restoreAllMocks());

function showSummary(budget: Budget, language: 'en' | 'cy' = 'en'): void {
  const { id } = useAppStore.getState().addBudget(budget);
  renderWithI18n(<SummaryPage budgetId={id} />, language);
}

function pricingOf(budget: Budget): BudgetPricing {
  const priced = priceOnCard(budget, card);
  if (!priced.ok) throw new Error('the example does not price');
  return priced.value;
}

const textOf = async (blob: Blob) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());

describe('the exports on the check and summary page', () => {
  it('says the same download each time: pressed twice, the status is changed for a screen reader', async () => {
    showSummary(example);
    const button = screen.getByRole('button', { name: 'Download the service agreement' });
    const said = `CSV downloaded: ${FILE_SLUG}-service-agreement.csv has been saved to your downloads.`;
    const status = screen.getByRole('status');
    await userEvent.click(button);
    await vi.waitFor(() => expect(status.textContent).toBe(said));
    // The words alone would not change, and a live region that does not change is not read.
    await afterDoubleClickWindow();
    await userEvent.click(button);
    await vi.waitFor(() => expect(status.textContent).toBe(`${said}${SAID_AGAIN}`));
    await afterDoubleClickWindow();
    await userEvent.click(button);
    await vi.waitFor(() => expect(status.textContent).toBe(said));
    expect(files).toHaveLength(3);
    // What is seen under the buttons is the same words each time.
    expect(screen.getByText(said, { selector: 'p:not([role])' })).toBeVisible();
  });

  it('saves each export as the command makes it, under the plan’s name and the export’s', async () => {
    showSummary(example);
    const pricing = pricingOf(example);
    const presses = [
      [
        'Download the schedule for a personal health budget platform',
        'phb-schedule',
        phbScheduleCsv(pricing, 'en'),
      ],
      ['Download the payroll starter sheet', 'payroll', payrollCsv(pricing, 'en')],
      ['Download the service agreement', 'service-agreement', serviceAgreementCsv(pricing)],
    ] as const;
    for (const [button, kind, expected] of presses) {
      await userEvent.click(screen.getByRole('button', { name: button }));
      const file = files.at(-1);
      expect(file?.name).toBe(`${FILE_SLUG}-${kind}.csv`);
      expect(file?.blob.type).toBe('text/csv;charset=utf-8');
      expect(await textOf(file?.blob as Blob)).toBe(expected);
      await vi.waitFor(() =>
        expect(screen.getByRole('status').textContent).toBe(
          `CSV downloaded: ${FILE_SLUG}-${kind}.csv has been saved to your downloads.`,
        ),
      );
    }
    expect(files).toHaveLength(3);
  });

  it('in Welsh, has Welsh buttons and the Welsh names of the card’s costs under the same English header', async () => {
    showSummary(example, 'cy');
    expect(
      screen.getByRole('heading', {
        level: 3,
        name: "Ar gyfer y systemau sy'n talu am y gyllideb",
      }),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Lawrlwytho taflen gychwyn y gyflogres' }),
    );
    const text = await textOf(files[0]?.blob as Blob);
    expect(text).toBe(payrollCsv(pricingOf(example), 'cy'));
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFSection,Person reference,Budget name,Assistant id,Assistant name,Contracted hours weekly,Planned hours weekly,Hourly pay,Weekend hourly pay,Sleep-in pay,Start date,As at,Item id,Item,Percent,Amount,Per',
    );
    expect(text).toContain('Tâl gwyliau, 5.6 wythnos');
  });

  it('offers no payroll sheet until an assistant is named, and says where to name one', () => {
    const unnamed: Budget = {
      ...example,
      assistants: [],
      lines: example.lines.map(({ assistant: _named, ...line }) => line),
    };
    showSummary(unnamed);
    expect(
      screen.queryByRole('button', { name: 'Download the payroll starter sheet' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText(/no payroll starter sheet until a personal assistant is named/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Download the service agreement' }),
    ).toBeInTheDocument();
  });
});
