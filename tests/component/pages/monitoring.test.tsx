/**
 * The team's monitoring page: budget and ledger files (or the budgets saved on the device
 * with their ledgers) monitored as at today, ranked by red flags as the domain ranks them,
 * filtered by a flag, each flag opening to the transactions behind it. Without a Worker
 * (jsdom) the same engine runs on the page.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { zipSync, type Zippable } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMoney } from '../../../src/domain/format';
import { formatDate } from '../../../src/ui/hooks/budget-format';
import { monitorEntryOf, rankMonitored } from '../../../src/domain/ledger/caseload-monitor';
import { priceOnCard } from '../../../src/domain/pricing/price-budget';
import { generateBudgets } from '../../../src/generate/generate-budgets';
import { generateLedger } from '../../../src/generate/generate-ledger';
import { budgetFileText } from '../../../src/io/budget-file';
import { caseloadClock } from '../../../src/state/caseload/caseload-clock';
import {
  monitoringEngines,
  useMonitoringStore,
} from '../../../src/state/monitoring/monitoring-store';
import { useAppStore } from '../../../src/state/store';
import { loadCard } from '../../helpers/builders';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

const england = loadCard('rate-cards/england-2025-26.json');
const TODAY = '2025-10-01';
const budgets = generateBudgets({ count: 12, seed: 5, rateCard: england }).map((one) =>
  one.plan === undefined ? { ...one, plan: { start: '2025-04-01' } } : one,
);
const ledgers = budgets.map(
  (one, index) => generateLedger({ budget: one, card: england, seed: index, weeks: 20 }).ledger,
);
const file = (text: string, name: string) => new File([text], name, { type: 'application/json' });
const files = budgets.flatMap((one, index) => [
  file(budgetFileText(one), `${one.id}.json`),
  file(JSON.stringify(ledgers[index]), `${one.id}.ledger.json`),
]);
const rankedAsAt = (asOf: string) =>
  rankMonitored(
    budgets.map((one, index) => {
      const pricing = priceOnCard(one, england, { asOf });
      const ledger = ledgers[index];
      if (!pricing.ok || ledger === undefined) throw new Error('fixture');
      const made = monitorEntryOf(`${one.id}.json`, pricing.value, ledger);
      if (!made.ok) throw new Error('not monitored');
      return made.value;
    }),
  );
const ranked = rankedAsAt(TODAY);
const deviceClock = caseloadClock.today;
const deviceEngines = monitoringEngines.count;

beforeEach(() => {
  caseloadClock.today = () => TODAY;
});
afterEach(() => {
  act(() => useMonitoringStore.getState().clear());
  caseloadClock.today = deviceClock;
  monitoringEngines.count = deviceEngines;
});

/** The ranked table's own rows, found by the file each names, in order. */
const bodyRows = (table: HTMLElement) =>
  Array.from(table.querySelectorAll<HTMLElement>('span.nhsuk-body-s')).map(
    (file) => file.closest('tr') as HTMLElement,
  );

const rankedTable = () =>
  screen.findByRole(
    'table',
    { name: 'Budgets, the most serious red flags first' },
    { timeout: 20_000 },
  );

/** A figure as the page shows it ("£1,234.56"), or a text no row holds when there is none. */
const shown = (amount: string | undefined) =>
  amount === undefined ? 'no such figure' : formatMoney(amount);

/** The files chosen on the page: each budget monitored with its own ledger, the domain's figures, found by the person. */
async function expectEachMonitored(chosen: File[]) {
  window.location.hash = '#/monitoring';
  const view = renderWithI18n(<Pages />);
  await userEvent.upload(
    await screen.findByLabelText('Budget files', {}, { timeout: 30_000 }),
    chosen,
  );
  const rows = bodyRows(await rankedTable());
  expect(rows).toHaveLength(12);
  // Money as everywhere else in the app: pounds with a thousands comma.
  expect(rows.some((row) => /£\d{1,3},\d{3}\.\d{2}/.test(row.textContent ?? ''))).toBe(true);
  for (const expected of ranked) {
    const row = rows.find((one) => one.textContent?.includes(expected.person));
    expect(row).toHaveTextContent(shown(expected.spent));
    expect(row).toHaveTextContent(shown(expected.projectedOutturn));
  }
  return view;
}

describe('the monitoring page', { timeout: 60_000 }, () => {
  it('is linked from the start page', () => {
    renderWithI18n(<Pages />);
    expect(
      screen.getByRole('link', { name: 'Monitor spending across budgets, ranked by red flags' }),
    ).toHaveAttribute('href', '#/monitoring');
  });

  it('ranks budget files with their ledgers as the domain does, filters by a flag and traces each flag', async () => {
    window.location.hash = '#/monitoring';
    renderWithI18n(<Pages />);
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Monitor spending across budgets' },
        // The first visit loads the page's module, which takes a while on a busy machine.
        { timeout: 30_000 },
      ),
    ).toBeInTheDocument();
    await userEvent.upload(await screen.findByLabelText('Budget files'), files);
    const table = await rankedTable();
    expect(screen.getByText('Budgets monitored as at 1 October 2025: 12')).toBeInTheDocument();
    const rows = bodyRows(table);
    expect(rows).toHaveLength(12);
    rows.forEach((row, index) => {
      const expected = ranked[index];
      expect(row).toHaveTextContent(expected?.file ?? 'missing');
      expect(row).toHaveTextContent(shown(expected?.spent));
      expect(row).toHaveTextContent(shown(expected?.projectedOutturn));
    });
    const top = ranked[0];
    const topFlag = top?.flags[0];
    if (top === undefined || topFlag === undefined) throw new Error('the fixture has no flag');
    // Each flag says its id, and opens to what is behind it.
    const first = rows[0] as HTMLElement;
    expect(first).toHaveTextContent(`(${topFlag.id})`);
    const withTransactions = ranked
      .flatMap((one) => one.flags.map((flag) => ({ one, flag })))
      .find(({ flag }) => flag.transactions.length > 0);
    if (withTransactions !== undefined) {
      const row = rows[ranked.indexOf(withTransactions.one)] as HTMLElement;
      const behind = within(row).getAllByRole('table', { name: 'Transactions behind this flag' });
      const ids = behind.flatMap((one) =>
        within(one)
          .getAllByRole('row')
          .slice(1)
          .map((r) => r.querySelector('td, th')?.textContent),
      );
      for (const id of withTransactions.flag.transactions) expect(ids).toContain(id);
      // Each day as a long date, as the rest of the page writes days, never as ISO.
      const days = behind.flatMap((one) =>
        within(one)
          .getAllByRole('row')
          .slice(1)
          .map((r) => r.querySelectorAll('td, th')[1]?.textContent ?? ''),
      );
      const expectedDays = withTransactions.flag.transactions.map((id) =>
        formatDate(withTransactions.one.behind[id]?.date ?? 'missing', 'en-GB'),
      );
      for (const day of expectedDays) expect(days).toContain(day);
      expect(days.some((day) => /^\d{4}-\d{2}-\d{2}$/.test(day))).toBe(false);
    }
    // Only the budgets with the flag chosen.
    const counts = screen.getByRole('table', { name: 'Budgets with each red flag' });
    expect(within(counts).getAllByRole('row')).toHaveLength(8);
    await userEvent.selectOptions(screen.getByLabelText('Show budgets with'), topFlag.id);
    const filtered = bodyRows(await rankedTable());
    expect(filtered).toHaveLength(
      ranked.filter((one) => one.flags.some((flag) => flag.id === topFlag.id)).length,
    );
  });

  it('meets each ledger with its budget across several engines, however the files are named', async () => {
    monitoringEngines.count = () => 3;
    // Budgets in one folder and ledgers in another, each named with no likeness to the other.
    const scattered = budgets.flatMap((one, index) => [
      file(budgetFileText(one), `people/person-${index}.json`),
      file(JSON.stringify(ledgers[index]), `spending/record-${budgets.length - index}.json`),
    ]);
    await expectEachMonitored(scattered);
    expect(screen.queryByText(/Files not monitored/)).toBeNull();
  });

  it('says a copy of a budget shares its id with the budget read before it, whichever engine read each', async () => {
    for (const engines of [1, 3]) {
      monitoringEngines.count = () => engines;
      const first = budgets[0];
      if (first === undefined) throw new Error('fixture');
      const copy = file(budgetFileText(first), 'copy-of-a-plan.json');
      const view = await expectEachMonitored([copy, ...files]);
      // One of the two is held against the ledger; the other is named as sharing its id.
      const [said] = await screen.findAllByText(/is a budget with the same id/);
      expect(said).toHaveTextContent(
        new RegExp(
          `The file is a budget with the same id \\(${first.id}\\) as (${first.id}\\.json|copy-of-a-plan\\.json), read before it`,
        ),
      );
      expect(screen.queryByText(/no ledger names/)).toBeNull();
      view.unmount();
      act(() => useMonitoringStore.getState().clear());
    }
  });

  it('reads one zip of budgets and ledgers across several engines, meeting each ledger with its budget', async () => {
    monitoringEngines.count = () => 3;
    // The budgets fill the first engine's batch of 250 entries with files that are not
    // budgets or ledgers, so the ledgers are read by the second engine.
    const zippable: Zippable = { 'README.txt': new TextEncoder().encode('The team’s files') };
    budgets.forEach((one, index) => {
      zippable[`team/people/person-${index}.json`] = new TextEncoder().encode(budgetFileText(one));
    });
    for (let index = 0; index < 250 - budgets.length; index++)
      zippable[`team/other/${index}.json`] = new TextEncoder().encode('{}');
    ledgers.forEach((ledger, index) => {
      zippable[`team/spending/record-${index}.json`] = new TextEncoder().encode(
        JSON.stringify(ledger),
      );
    });
    const zip = new File([zipSync(zippable).slice()], 'team.zip', { type: 'application/zip' });
    await expectEachMonitored([zip]);
    expect(useMonitoringStore.getState().unreadable.map((one) => one.file)).toHaveLength(
      250 - budgets.length,
    );
  });

  it('monitors as at another day, refusing a day that is not a real date', async () => {
    window.location.hash = '#/monitoring';
    renderWithI18n(<Pages />);
    await userEvent.upload(
      await screen.findByLabelText('Budget files', {}, { timeout: 30_000 }),
      files,
    );
    await rankedTable();
    expect(screen.getByText('Every budget is monitored as at 1 October 2025.')).toBeInTheDocument();
    const field = screen.getByRole('group', { name: 'Monitor as at another day' });
    const monitorAsAt = async (...typed: readonly string[]) => {
      const boxes = within(field).getAllByRole('textbox');
      for (const [index, text] of typed.entries()) {
        const box = boxes[index];
        if (box === undefined) throw new Error('no such box');
        await userEvent.clear(box);
        await userEvent.type(box, text);
      }
      await userEvent.click(screen.getByRole('button', { name: 'Monitor as at this day' }));
    };
    await monitorAsAt('31', '6');
    expect(
      within(field).getByText(/The day to monitor as at must be a real date, for example 1 5 2026/),
    ).toBeInTheDocument();
    expect(screen.getByText('Budgets monitored as at 1 October 2025: 12')).toBeInTheDocument();

    await monitorAsAt('1', '7');
    expect(
      await screen.findByText('Budgets monitored as at 1 July 2025: 12', {}, { timeout: 20_000 }),
    ).toBeInTheDocument();
    const earlier = rankedAsAt('2025-07-01');
    const rows = bodyRows(await rankedTable());
    rows.forEach((row, index) => {
      expect(row).toHaveTextContent(earlier[index]?.file ?? 'missing');
      expect(row).toHaveTextContent(shown(earlier[index]?.spent));
      expect(row).toHaveTextContent(shown(earlier[index]?.plannedToDate));
    });
    expect(earlier.map((one) => one.spent)).not.toEqual(ranked.map((one) => one.spent));
    await userEvent.click(screen.getByRole('button', { name: 'Monitor as at today' }));
    expect(
      await screen.findByText(
        'Budgets monitored as at 1 October 2025: 12',
        {},
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
  });

  it('monitors the budgets saved on this device with their ledgers', async () => {
    const [one] = budgets;
    const [ledger] = ledgers;
    if (one === undefined || ledger === undefined) throw new Error('fixture');
    useAppStore.setState({
      budgets: {
        [one.id]: { budget: one, createdAt: TODAY, updatedAt: TODAY, exportedAt: null },
      },
      ledgers: { [one.id]: { ledger, updatedAt: TODAY } },
    });
    window.location.hash = '#/monitoring';
    renderWithI18n(<Pages />);
    expect(
      await screen.findByText(
        'Budgets saved on this device with a ledger: 1',
        {},
        { timeout: 30_000 },
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Monitor the saved budgets' }));
    const rows = bodyRows(await rankedTable());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent(one.person.name);
  });
});
