/**
 * The caseload page: many budget files loaded at once, invalid ones listed with their
 * reasons, the figures of the domain's summariseCaseload shown, and a table that sorts,
 * filters and opens any budget. Without a Worker (jsdom) the same engine runs on the page.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { zipSync, type Zippable } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { priceCaseloadBudget } from '../../../src/domain/caseload/price';
import { summariseCaseload } from '../../../src/domain/caseload/summary';
import { formatMoney } from '../../../src/domain/format';
import type { Budget } from '../../../src/domain/schema/budget';
import { generateBudgets } from '../../../src/generate/generate-budgets';
import { budgetFileText } from '../../../src/io/budget-file';
import { useAppStore } from '../../../src/state/store';
import { useCaseloadStore } from '../../../src/state/caseload/caseload-store';
import { caseloadClock } from '../../../src/state/caseload/caseload-clock';
import { loadCard } from '../../helpers/builders';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

const england = loadCard('rate-cards/england-2025-26.json');
const england2026 = loadCard('rate-cards/england-2026-27.json');
const budgets = generateBudgets({ count: 30, seed: 13, rateCard: england });
const file = (text: string, name: string) => new File([text], name, { type: 'application/json' });
const goodFiles = budgets.map((budget) => file(budgetFileText(budget), `${budget.id}.json`));
const strangeProvider: Budget = {
  ...(budgets[0] as Budget),
  id: 'elsewhere',
  lines: [
    {
      id: 'l1',
      kind: 'visits',
      domain: 'personal-care',
      activity: 'Wash',
      resource: 'registered-provider',
      provider: 'nobody-we-know',
      minutes: 30,
      visitsPerDay: 1,
      workers: 1,
      period: 'day',
      days: ['mon'],
    },
  ],
};
const badFiles = [
  file('{"format": "support-budget", ', 'broken.json'),
  file(budgetFileText(strangeProvider), 'elsewhere.json'),
];

/** "Today" on the page's clock while these tests run. */
const TODAY = '2025-10-15';
const deviceClock = caseloadClock.today;

function expectedSummary(card = england, asOf = TODAY) {
  const entries = budgets.map((budget) => {
    const priced = priceCaseloadBudget(budget, card, `${budget.id}.json`, { asOf });
    if (!priced.ok) throw new Error('unpriceable');
    return priced.value;
  });
  return summariseCaseload(entries, card, asOf);
}

beforeEach(() => {
  caseloadClock.today = () => TODAY;
});
afterEach(() => {
  act(() => useCaseloadStore.getState().clear());
  caseloadClock.today = deviceClock;
});

async function loadCaseload() {
  window.location.hash = '#/caseload';
  renderWithI18n(<Pages />);
  await userEvent.upload(await screen.findByLabelText('Budget files'), [...goodFiles, ...badFiles]);
  await screen.findByRole('heading', { level: 2, name: 'Caseload figures' }, { timeout: 15000 });
}

const figure = (name: string) =>
  screen.getByText(name, { selector: 'dt' }).nextElementSibling?.textContent;

// Loading and pricing thirty budgets takes a few seconds on a busy machine: more than the default limit.
describe('the caseload page', { timeout: 30_000 }, () => {
  it('is linked from the start page', () => {
    renderWithI18n(<Pages />);
    expect(
      screen.getByRole('link', { name: 'Compare a caseload of budget files' }),
    ).toHaveAttribute('href', '#/caseload');
    expect(
      screen.getByRole('link', { name: 'Compare benchmark files from several areas or quarters' }),
    ).toHaveAttribute('href', '#/benchmarks');
  });

  it('shows the figures of the domain’s summary, and says nothing is saved unless a budget is opened', async () => {
    await loadCaseload();
    const summary = expectedSummary();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Compare a caseload' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/not saved on this device, unless you open one/)).toBeInTheDocument();
    expect(figure('Budgets')).toBe('30');
    expect(figure('Total a year')).toBe(formatMoney(summary.totals.annual));
    expect(figure('Median cost a year')).toBe(formatMoney(summary.annual?.median ?? ''));
    expect(figure('Mean (average) cost a year')).toBe(formatMoney(summary.annual?.mean ?? ''));
    expect(figure('Traditional packages a year')).toBe(
      formatMoney(summary.traditional.traditionalAnnual),
    );
    expect(figure('Cost avoided a year')).toBe(formatMoney(summary.traditional.avoided));
    expect(figure('Cost avoided as a share of the traditional packages')).toBe(
      `${summary.traditional.percent}%`,
    );
    const inYear = screen.getByRole('table', {
      name: 'Cost of the caseload in the year, as at 15 October 2025',
    });
    expect(within(inYear).getByRole('row', { name: /Financial year outturn/ })).toHaveTextContent(
      formatMoney(summary.inYear.periods.outturn.total),
    );
    expect(
      within(inYear).getByRole('row', { name: /This quarter so far \(2025-26-q3\)/ }),
    ).toHaveTextContent(formatMoney(summary.inYear.periods.quarterToDate.total));
    // Who pays: the generated plans do not say, so all their cost is counted apart.
    expect(summary.payers.unsaid.annual).toBe(summary.totals.annual);
    expect(figure('Plans that do not yet say who pays')).toBe(
      `${formatMoney(summary.totals.annual)}, in 30 plans`,
    );
    expect(figure('Councils')).toBe(`${formatMoney('0.00')}, in 0 plans`);
    const bands = screen.getByRole('table', { name: 'Number of budgets by annual cost' });
    expect(within(bands).getAllByRole('row')).toHaveLength(summary.histogram.length + 1);
    // The outlying budgets (sent ahead of the rest of the summary) are all there, in order.
    expect(summary.outliers.length).toBeGreaterThan(0);
    const outlying = screen.getByRole('table', {
      name: new RegExp(`^${summary.outliers.length} outlying budgets?$`),
    });
    const files = within(outlying)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelector('.app-caseload-file')?.textContent);
    expect(files).toEqual(summary.outliers.map((budget) => budget.file));
    expect(useAppStore.getState().budgets).toEqual({});
  });

  it('lists each file that cannot be used, with its reasons, and goes on with the rest', async () => {
    await loadCaseload();
    expect(
      screen.getByRole('heading', { name: /2 files are not in these figures/ }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByText('1 file cannot be read as a budget'));
    expect(screen.getByText('broken.json')).toBeVisible();
    expect(screen.getByText(/is not valid JSON/)).toBeInTheDocument();
    expect(screen.getByText(/1 budget cannot be priced on England 2025-26/)).toBeInTheDocument();
    expect(
      screen.getByText('32 files loaded, 31 of them budgets that can be used.'),
    ).toBeInTheDocument();
  });

  it('shows the same caseload from a zip of the files as from the files themselves', async () => {
    await loadCaseload();
    const fromFiles = document.querySelector('main')?.textContent;
    act(() => useCaseloadStore.getState().clear());
    const zippable: Zippable = {
      '__MACOSX/._broken.json': new Uint8Array([0, 5, 22, 7]),
      'README.txt': new TextEncoder().encode('The quarter’s budgets'),
    };
    for (const each of [...goodFiles, ...badFiles])
      zippable[each.name] = new Uint8Array(await each.arrayBuffer());
    const zip = new File([zipSync(zippable).slice()], 'quarter.zip', { type: 'application/zip' });
    await userEvent.upload(screen.getByLabelText('Budget files'), zip);
    await screen.findByRole('heading', { level: 2, name: 'Caseload figures' }, { timeout: 15000 });
    expect(document.querySelector('main')?.textContent).toBe(fromFiles);
    expect(
      screen.getByText('32 files loaded, 31 of them budgets that can be used.'),
    ).toBeInTheDocument();
    // Chosen again, the zip is left out as a file chosen twice is.
    await userEvent.upload(screen.getByLabelText('Budget files'), zip);
    expect(screen.getByText(/32 files loaded/)).toBeInTheDocument();
  });

  it('names a zip that cannot be read, and keeps what was loaded', async () => {
    await loadCaseload();
    const damaged = new File(['PK\u0003\u0004 not really a zip'], 'damaged.zip');
    await userEvent.upload(screen.getByLabelText('Budget files'), damaged);
    await screen.findByText(/33 files loaded, 31 of them budgets/, {}, { timeout: 15000 });
    await userEvent.click(screen.getByText('2 files cannot be read as budgets'));
    expect(screen.getByText('damaged.zip')).toBeVisible();
    expect(screen.getByText(/cannot be read as a zip file/)).toBeInTheDocument();
    await screen.findByText('Budgets', { selector: 'dt' }, { timeout: 15000 });
    expect(figure('Budgets')).toBe('30');
  });

  it('sorts the table by any column, saying so with aria-sort', async () => {
    await loadCaseload();
    const table = screen.getByRole('table', { name: /Budgets 1 to 30 of 30/ });
    const annualHeader = within(table).getByRole('columnheader', { name: /Annual/ });
    expect(annualHeader).toHaveAttribute('aria-sort', 'descending');
    const firstAnnual = () =>
      within(within(table).getAllByRole('row')[1] as HTMLElement).getAllByRole('cell')[1]
        ?.textContent;
    expect(firstAnnual()).toBe(formatMoney(expectedSummary().annual?.highest ?? ''));
    await userEvent.click(within(annualHeader).getByRole('button'));
    expect(annualHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(firstAnnual()).toBe(formatMoney(expectedSummary().annual?.lowest ?? ''));
    const person = within(table).getByRole('columnheader', { name: /Person/ });
    await userEvent.click(within(person).getByRole('button'));
    expect(person).toHaveAttribute('aria-sort', 'ascending');
    expect(annualHeader).not.toHaveAttribute('aria-sort');
  });

  it('filters by words and by a flag or warning', async () => {
    await loadCaseload();
    const target = budgets[4] as Budget;
    await userEvent.type(screen.getByLabelText('Find budgets'), target.person.reference ?? '');
    expect(screen.getByText('1 budget of 30 shown.')).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText('Find budgets'));
    const choices = within(
      screen.getByLabelText(
        'With a carer flag, a warning, a review due or overdue, or agreed above the indicative sum',
      ),
    )
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(choices).toEqual(
      expect.arrayContaining([
        'Personal assistant working more hours than their contract',
        'Personal assistant working over 48 hours a week',
        'Investment that saves nothing a week',
      ]),
    );
    expect(choices.join(' ')).not.toMatch(/pa-over|investment-no-saving|caseload\./);
    await userEvent.selectOptions(
      screen.getByLabelText(
        'With a carer flag, a warning, a review due or overdue, or agreed above the indicative sum',
      ),
      'Over the indicative sum',
    );
    const over = expectedSummary().warnings['over-indicative'] ?? 0;
    expect(
      screen.getByText(`${over} ${over === 1 ? 'budget' : 'budgets'} of 30 shown.`),
    ).toBeInTheDocument();
  });

  it('opens a budget, adding only that one to the saved budgets', async () => {
    await loadCaseload();
    const table = screen.getByRole('table', { name: /Budgets 1 to 30 of 30/ });
    const target = budgets[7] as Budget;
    await userEvent.click(
      within(table).getByRole('button', { name: `Open ${target.person.name}, ${target.id}.json` }),
    );
    await screen.findByRole('heading', { level: 1, name: target.title });
    expect(Object.keys(useAppStore.getState().budgets)).toEqual([target.id]);
    expect(window.location.hash).toBe(`#/budgets/${target.id}`);
  });

  it('prices everything again on another rate card', async () => {
    await loadCaseload();
    await userEvent.selectOptions(
      screen.getByLabelText('Rate card to price on'),
      'england-2026-27',
    );
    await screen.findByText(/Priced on England 2026-27/, {}, { timeout: 15000 });
    expect(figure('Total a year')).toBe(formatMoney(expectedSummary(england2026).totals.annual));
  });

  // The caseload priced three times over (as it loads, as at a day, as at today again),
  // each waited for up to 15 s: the 30 s the other tests have for one pricing is too short
  // for three on a busy machine (12 to 25 s in full runs, and once over 30).
  it(
    'prices every budget as at today on the page’s clock, then as at the day chosen',
    { timeout: 60_000 },
    async () => {
      await loadCaseload();
      expect(screen.getByText('Every budget is priced as at 15 October 2025.')).toBeInTheDocument();
      const today = expectedSummary(england, TODAY).totals.annual;
      expect(figure('Total a year')).toBe(formatMoney(today));
      const later = expectedSummary(england, '2026-03-31');
      expect(later.totals.annual).not.toBe(today);
      const group = screen.getByRole('group', { name: 'Price the caseload as at another day' });
      for (const [box, value] of [
        ['Day', '31'],
        ['Month', '3'],
        ['Year', '2026'],
      ] as const) {
        await userEvent.clear(within(group).getByLabelText(box));
        await userEvent.type(within(group).getByLabelText(box), value);
      }
      /** Presses `button` and waits for the caseload priced as at `day`, its total `total`. */
      const pricedAsAt = async (button: string, day: string, total: string) => {
        await userEvent.click(screen.getByRole('button', { name: button }));
        await screen.findByText(`Every budget is priced as at ${day}.`);
        await screen.findByRole(
          'heading',
          { level: 2, name: 'Caseload figures' },
          { timeout: 15000 },
        );
        expect(figure('Total a year')).toBe(formatMoney(total));
      };
      await pricedAsAt('Price as at this day', '31 March 2026', later.totals.annual);
      await pricedAsAt('Price as at today', '15 October 2025', today);
    },
  );

  it('refuses a day the calendar does not have, and keeps the figures', async () => {
    await loadCaseload();
    const group = screen.getByRole('group', { name: 'Price the caseload as at another day' });
    await userEvent.clear(within(group).getByLabelText('Day'));
    await userEvent.type(within(group).getByLabelText('Day'), '31');
    await userEvent.clear(within(group).getByLabelText('Month'));
    await userEvent.type(within(group).getByLabelText('Month'), '6');
    await userEvent.click(screen.getByRole('button', { name: 'Price as at this day' }));
    expect(screen.getAllByText('Enter a real date, for example 1 5 2026').length).toBeGreaterThan(
      0,
    );
    expect(within(group).getByLabelText('Day')).toHaveFocus();
    expect(screen.getByText('Every budget is priced as at 15 October 2025.')).toBeInTheDocument();
  });

  it('prices every budget on next year’s card as well, and shows the two side by side', async () => {
    await loadCaseload();
    await userEvent.selectOptions(
      screen.getByLabelText("Next year's rate card, to compare"),
      'england-2026-27',
    );
    const annual = await screen.findByText(
      'Difference a year',
      { selector: 'dt' },
      { timeout: 15000 },
    );
    const thisYear = expectedSummary(england).totals.annual;
    const nextYear = expectedSummary(england2026).totals.annual;
    const difference = (Number(nextYear) * 100 - Number(thisYear) * 100) / 100;
    expect(annual.nextElementSibling?.textContent).toContain(formatMoney(difference.toFixed(2)));
    expect(figure('A year on England 2025-26, national reference figures (illustrative)')).toBe(
      formatMoney(thisYear),
    );
    expect(
      figure(
        'A year on England 2026-27, national reference figures, partly uplifted from 2025-26 (illustrative)',
      ),
    ).toBe(formatMoney(nextYear));
    expect(
      screen.getByRole('table', { name: 'Cost a year by cohort on each card' }),
    ).toBeInTheDocument();
  });
});
