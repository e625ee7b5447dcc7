/**
 * The monitoring page says a flag's figures as its table does: money through the app's
 * money formatter ("£90,000.00", not "90000.00"), days as long dates ("4 September 2025",
 * not "2025-09-04"), and the plan lines behind it by the names the person knows them by,
 * not their ids; in English and Welsh.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBudget } from '../../../src/domain/read';
import { budgetFileText } from '../../../src/io/budget-file';
import { caseloadClock } from '../../../src/state/caseload/caseload-clock';
import { useMonitoringStore } from '../../../src/state/monitoring/monitoring-store';
import { budget } from '../../helpers/builders';
import { ledgerOf } from '../../helpers/ledger-setup';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

const bedtime = {
  id: 'bedtime',
  domain: 'personal-care',
  activity: 'Help to get ready for bed',
  resource: 'registered-provider',
  workers: 1,
  days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  kind: 'visits',
  minutes: 30,
  visitsPerDay: 1,
  period: 'day',
} as const;
const read = readBudget(
  JSON.parse(
    JSON.stringify(
      budget({
        id: 'words',
        rateCard: 'england-2025-26',
        plan: { start: '2025-04-01' },
        lines: [bedtime] as never,
      }),
    ),
  ),
);
if (!read.ok) throw new Error(JSON.stringify(read.problems));
// One payment not matched to anything: far over the plan, and nothing to show the care given.
const ledger = ledgerOf({
  budget: 'words',
  transactions: [
    { id: 't1', date: '2025-04-10', amount: '90000.00', payee: 'Someone', description: '' },
  ],
});
const files = [
  new File([budgetFileText(read.value)], 'words.json', { type: 'application/json' }),
  new File([JSON.stringify(ledger)], 'words.ledger.json', { type: 'application/json' }),
];

const deviceClock = caseloadClock.today;
beforeEach(() => {
  caseloadClock.today = () => '2025-10-01';
});
afterEach(() => {
  act(() => useMonitoringStore.getState().clear());
  caseloadClock.today = deviceClock;
});

async function flagsShown(language: 'en' | 'cy', label: RegExp, caption: string) {
  window.location.hash = '#/monitoring';
  renderWithI18n(<Pages />, language);
  await userEvent.upload(await screen.findByLabelText(label, {}, { timeout: 30_000 }), files);
  const table = await screen.findByRole('table', { name: caption }, { timeout: 20_000 });
  return within(table);
}

describe("the monitoring page's flag words", { timeout: 60_000 }, () => {
  it('formats money and days and names the lines, in English', async () => {
    const row = await flagsShown(
      'en',
      /^Budget files/,
      'Budgets, the most serious red flags first',
    );
    expect(
      row.getByText(
        /^Planned support lines with nothing paid or worked since 4 September 2025 \(4 weeks\): 1\./,
      ),
    ).toBeInTheDocument();
    expect(row.getByText('Plan lines behind it: Help to get ready for bed')).toBeInTheDocument();
    const pace = row.getByText(/^At the pace so far the year will cost/);
    expect(pace.textContent).toMatch(
      /cost £\d{1,3}(,\d{3})+\.\d{2} against a budget of £\d{1,3},\d{3}\.\d{2}: £[\d,]+\.\d{2} over/,
    );
    expect(pace.textContent).not.toMatch(/£?\d{4,}\.\d{2}/);
  });

  it('formats money and days and names the lines, in Welsh', async () => {
    const row = await flagsShown(
      'cy',
      /^Ffeiliau cyllideb/,
      'Cyllidebau, y baneri coch mwyaf difrifol yn gyntaf',
    );
    expect(row.getByText(/ers 4 Medi 2025 \(4 wythnos\): 1\./)).toBeInTheDocument();
    expect(
      row.getByText("Llinellau'r cynllun y tu ôl iddi: Help to get ready for bed"),
    ).toBeInTheDocument();
    const pace = row.getByText(/^Ar y cyflymder hyd yma bydd y flwyddyn yn costio/);
    expect(pace.textContent).toMatch(
      /costio £\d{1,3}(,\d{3})+\.\d{2} yn erbyn cyllideb o £\d{1,3},\d{3}\.\d{2}/,
    );
  });
});
