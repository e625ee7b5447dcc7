import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMoney } from '../../../src/domain/format';
import type { Budget } from '../../../src/domain/schema/budget';
import { createI18n } from '../../../src/i18n';
import { useAppStore } from '../../../src/state/store';
import { SummaryPage } from '../../../src/ui/summary/summary-page';
import { loadCard, readJson, report } from '../../helpers/builders';
import { renderWithI18n } from '../render';

const example = readJson('examples/example-ann.json') as Budget;
const card = loadCard('rate-cards/england-2025-26.json');
const expected = report(example, card);

/** Puts a budget into the real store, as opening a file does, and shows its summary. */
function showSummary(budget: Budget = example) {
  const { id } = useAppStore.getState().addBudget(budget);
  renderWithI18n(<SummaryPage budgetId={id} />);
  return id;
}

/**
 * What a cell says, without the column heading that responsive tables repeat inside each
 * cell for phones (hidden from screen readers, who hear the real column header).
 */
function cellText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('.nhsuk-table__heading').forEach((heading) => heading.remove());
  return copy.textContent ?? '';
}

const rowText = (row: Element) => [...row.querySelectorAll('th, td')].map(cellText).join('');

const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map(cellText));

const domainNames = [
  'Personal care',
  'Domestic tasks',
  'Social and community life',
  'Education and learning',
  'Work and volunteering',
  'Health-related tasks',
  'Breaks for carers',
  'General',
];

afterEach(() => vi.restoreAllMocks());

describe('the check and summary page', () => {
  it('shows the four totals the domain works out, the hours, and the rounding rule', () => {
    showSummary();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Check and summary');
    const totals = within(screen.getByLabelText('Totals'))
      .getAllByRole('definition')
      .map((value) => value.textContent);
    const { weekly, annual, oneOff, firstYear } = expected.totals;
    expect(totals.slice(0, 4)).toEqual(
      [weekly, annual, oneOff, firstYear].map((amount) => formatMoney(amount)),
    );
    // Checked by hand against the text report of the headless command.
    expect(totals).toEqual(['£869.79', '£45,353.54', '£1,800.00', '£47,153.54', '35.65 hours']);
    expect(
      screen.getByText(
        /rounded once, half-up to the penny; every total is the sum of the rounded amounts shown/,
      ),
    ).toBeInTheDocument();
  });

  it('shows the weekly, annual and one-off cost of every area of life, General included', () => {
    showSummary();
    const table = screen.getByRole('table', { name: 'Cost of each area of life' });
    const ids = Object.keys(expected.byDomain);
    expect(ids).toHaveLength(domainNames.length);
    expect(rowTexts(table)).toEqual(
      ids.map((id, index) => {
        const figures = expected.byDomain[id];
        return [
          expect.stringContaining(domainNames[index] ?? ''),
          formatMoney(figures?.weekly ?? ''),
          formatMoney(figures?.annual ?? ''),
          formatMoney(figures?.oneOff ?? ''),
        ];
      }),
    );
    expect(rowText(within(table).getByRole('row', { name: /Personal care/ }))).toContain(
      '£556.00£28,991.51£1,800.00',
    );
  });

  it('draws one bar per area of life with its annual cost printed beside it, and points to the table', () => {
    showSummary();
    const chart = screen.getByRole('img', { name: /cost a year by area of life/i });
    const rows = chart.querySelectorAll('g');
    expect(rows).toHaveLength(Object.keys(expected.byDomain).length);
    Object.values(expected.byDomain).forEach((figures, index) => {
      const row = rows[index] as SVGGElement;
      expect(row.querySelectorAll('rect')).toHaveLength(1);
      expect(row).toHaveTextContent(`${domainNames[index]}${formatMoney(figures.annual)}`);
    });
    // The dearest area has the longest bar; an area costing nothing has none.
    expect(rows[0]?.querySelector('rect')).toHaveAttribute('width', '60%');
    expect(rows[4]?.querySelector('rect')).toHaveAttribute('width', '0%');
    expect(screen.getByText(/This chart shows the same figures as the table above/)).toHaveClass(
      'nhsuk-u-visually-hidden',
    );
  });

  it('shows hours a week and cost by who gives the support, explaining each', () => {
    showSummary();
    const table = screen.getByRole('table', { name: 'Hours and cost by who gives the support' });
    const buckets = Object.keys(expected.byResource);
    expect(buckets).toEqual([
      'registered-provider',
      'personal-assistant',
      'unpaid-carer',
      'community',
      'expenses',
    ]);
    expect(rowTexts(table).map((cells) => cells.slice(1))).toEqual(
      buckets.map((id) => [
        id === 'expenses' ? 'no hours' : expected.hoursWeekly[id],
        formatMoney(expected.byResource[id]?.weekly ?? ''),
        formatMoney(expected.byResource[id]?.annual ?? ''),
      ]),
    );
    expect(within(table).getByRole('rowheader', { name: /Personal assistant/ })).toHaveTextContent(
      'someone the person employs directly',
    );
  });

  it("shows Sam Example's carer burden: no day off, and what would bring her under it", () => {
    showSummary();
    const panel = screen
      .getByRole('heading', { level: 3, name: 'Sam Example (daughter)' })
      .closest('.nhsuk-card');
    expect(panel).not.toBeNull();
    const sam = within(panel as HTMLElement);
    const figures = sam.getByLabelText('Unpaid care given by Sam Example');
    expect(figures).toHaveTextContent('Hours a week7.75 hours');
    expect(figures).toHaveTextContent('Nights a week0 nights');
    expect(figures).toHaveTextContent('Days a week with some care7 days');
    const flag = sam.getByRole('heading', { level: 4, name: /No day off in the week/ });
    expect(within(flag).getByText('Warning')).toHaveClass('nhsuk-tag', 'nhsuk-tag--orange');
    const detail = expected.carers[0]?.details[0];
    expect(detail?.id).toBe('carer-no-break');
    expect(
      sam.getByText(/gives some care on all 7 days of the week, so has no day off/),
    ).toBeInTheDocument();
    expect(
      sam.getByText(
        `To bring Sam Example under it, move ${detail?.toMove.hours} hours a week to paid support. That would cost about ${formatMoney(detail?.toMove.paWeekly ?? '')} a week with a personal assistant, or ${formatMoney(detail?.toMove.providerWeekly ?? '')} a week with a registered provider.`,
      ),
    ).toHaveTextContent(
      'move 0.25 hours a week to paid support. That would cost about £3.87 a week with a personal assistant, or £8.04',
    );
  });

  it('shows an hours flag against its threshold, and says why an older carer is flagged sooner [H2.7]', () => {
    const days: Budget['lines'][number]['days'] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    const more: Budget['lines'][number] = {
      id: 'daytime',
      kind: 'visits',
      domain: 'personal-care',
      activity: 'Company in the day',
      resource: 'unpaid-carer',
      carer: 'sam',
      minutes: 300,
      visitsPerDay: 1,
      workers: 1,
      period: 'day',
      days,
    };
    const budget: Budget = {
      ...example,
      carers: example.carers.map((carer) => ({ ...carer, age: 75 })),
      lines: [...example.lines, more],
    };
    const details = report(budget, card).carers[0]?.details ?? [];
    expect(details.map((detail) => detail.id)).toEqual([
      'carer-hours-high',
      'carer-no-break',
      'carer-older-or-unwell',
    ]);
    showSummary(budget);
    const high = screen.getByRole('heading', {
      level: 4,
      name: /Unpaid care at Carer's Allowance level/,
    });
    expect(within(high).getByText('Warning')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Sam Example gives 42.75 hours of care a week. This flag starts at 35 hours a week.',
      ),
    ).toBeInTheDocument();
    const [hoursHigh, , olderOrUnwell] = details;
    expect(
      screen.getByText(
        `To bring Sam Example under it, move ${Number(hoursHigh?.toMove.hours)} hours a week to paid support. That would cost about ${formatMoney(hoursHigh?.toMove.paWeekly ?? '')} a week with a personal assistant, or ${formatMoney(hoursHigh?.toMove.providerWeekly ?? '')} a week with a registered provider.`,
      ),
    ).toBeInTheDocument();
    // 42.75 hours against 35: 7.75 hours over, so 8 hours in quarter hours brings her under.
    expect(hoursHigh?.toMove.hours).toBe('8.00');
    // Her age is the reason: said, with the card's older-carer age.
    expect(
      screen.getByText(/Sam Example is 75, and this flag counts carers aged 70 or over/),
    ).toHaveTextContent(
      'gives 42.75 hours of care a week; for such a carer, this flag starts at 20 hours a week.',
    );
    expect(olderOrUnwell?.toMove.hours).toBe('23.00');
  });

  it('says the plan must not rely on a carer who is not willing and able [H2.8]', () => {
    showSummary({
      ...example,
      carers: example.carers.map((carer) => ({ ...carer, willingAndAble: false })),
    });
    const flag = screen.getByRole('heading', {
      level: 4,
      name: /Relies on a carer not willing or able to give it/,
    });
    expect(within(flag).getByText('Serious')).toHaveClass('nhsuk-tag--red');
    expect(screen.getByText(/The plan must not rely on this carer/)).toHaveTextContent(
      'for 7.75 hours a week',
    );
    expect(
      screen.getByText(/Move all of their care to paid support: 7.75 hours a week/),
    ).toBeInTheDocument();
  });

  it('compares the plan with residential and nursing care, in words, and with the indicative sum', () => {
    showSummary();
    const table = screen.getByRole('table', { name: 'Cost of care in a home' });
    const [residential, nursing] = expected.settings;
    expect(rowTexts(table)).toEqual([
      [
        'Residential care home',
        formatMoney(residential?.weekly ?? ''),
        formatMoney(residential?.annual ?? ''),
        'This plan costs £1,992.30 a year less',
      ],
      [
        'Nursing home',
        `${formatMoney(nursing?.weekly ?? '')}£1,225.00 fee and £254.06 NHS-funded Nursing Care`,
        formatMoney(nursing?.annual ?? ''),
        'This plan costs £31,769.09 a year less',
      ],
    ]);
    expect(residential?.annual).toBe('47345.84');
    expect(nursing?.annual).toBe('77122.63');
    expect(
      screen.getByText(
        `Residential care home: ${residential?.extraProviderHoursWeekly} more hours a week before this plan costs the same.`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        `Nursing home: ${nursing?.extraProviderHoursWeekly} more hours a week before this plan costs the same.`,
      ),
    ).toBeInTheDocument();
    const indicative = screen.getByLabelText('This plan against the indicative sum');
    expect(indicative).toHaveTextContent('Indicative sum£48,000.00 a year');
    expect(indicative).toHaveTextContent('This plan£45,353.54 a year');
    expect(indicative).toHaveTextContent('Difference£2,646.46 under the indicative sum');
    expect(screen.getByText('Nothing to check: this plan raises no warnings.')).toBeInTheDocument();
  });

  it('says in words when the plan already costs more than a setting', () => {
    const card2 = {
      ...example,
      lines: [
        ...example.lines,
        { ...example.lines[0], id: 'more', minutes: 600, workers: 2 } as Budget['lines'][number],
      ],
    };
    showSummary(card2);
    expect(
      screen.getByText(
        /^Residential care home: none\. This plan already costs more a week, by the cost of \d+\.\d\d hours of provider care\.$/,
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Cost of care in a home' })).getAllByText(
        /a year more$/,
      ),
    ).not.toHaveLength(0);
  });

  it('warns when the plan is over its indicative sum, with a link to change it', () => {
    const id = showSummary({ ...example, indicativeAnnual: '30000.00' });
    const over = screen
      .getByRole('heading', { name: /The plan is over the indicative sum/ })
      .closest('.nhsuk-card') as HTMLElement;
    expect(over).toHaveTextContent(
      'The annual total is £15,353.54 more than the indicative sum of £30,000.00 a year',
    );
    expect(within(over).getByRole('link', { name: 'Check the indicative sum' })).toHaveAttribute(
      'href',
      `#/budgets/${id}/about`,
    );
    expect(screen.getByLabelText('This plan against the indicative sum')).toHaveTextContent(
      '£15,353.54 over the indicative sum',
    );
  });

  it("warns of short visits and of a personal assistant without a direct payment, linking to each line's page", () => {
    const lines = example.lines.map((line) =>
      line.id === 'bedtime' && line.kind === 'visits' ? { ...line, minutes: 15 } : line,
    );
    const id = showSummary({ ...example, fundingRoute: 'notional', lines });
    const short = screen
      .getByRole('heading', { name: /Personal care visits shorter than 30 minutes/ })
      .closest('.nhsuk-card') as HTMLElement;
    expect(
      within(short).getByRole('link', { name: 'Help to get ready for bed: 15 minutes a visit' }),
    ).toHaveAttribute('href', `#/budgets/${id}/domains/personal-care/lines/bedtime`);
    const pa = screen
      .getByRole('heading', { name: /A personal assistant needs a direct payment/ })
      .closest('.nhsuk-card') as HTMLElement;
    const paLines = example.lines.filter((line) => line.resource === 'personal-assistant');
    expect(
      within(pa)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(paLines.map((line) => `#/budgets/${id}/domains/${line.domain}/lines/${line.id}`));
  });

  it('lists the plan line by line by area of life, with sleep-ins in nights, then expenses and investments apart', () => {
    showSummary();
    const personalCare = screen.getByRole('table', { name: 'Personal care' });
    const morning = expected.lines.find((line) => line.id === 'morning');
    expect(
      rowText(within(personalCare).getByRole('row', { name: /Help to get up, wash and dress/ })),
    ).toBe(
      `Help to get up, wash and dressRegistered provider: Example Homecare Ltd45 minutes, 1 visit a day, Mon to Sun${morning?.hoursWeekly}${formatMoney(morning?.weekly ?? '')}${formatMoney(morning?.annual ?? '')}`,
    );
    expect(
      rowText(
        within(personalCare).getByRole('row', { name: /Someone sleeping in at the weekend/ }),
      ),
    ).toContain('Sleep-in: Fri, Sat2 nights');
    // The double-handed shower ended when the ceiling hoist came (30 June 2025): the
    // figures are as at a later day, so only the single-handed one is in them.
    expect(
      within(personalCare).queryByRole('row', { name: /mobile hoist/ }),
    ).not.toBeInTheDocument();
    expect(
      within(personalCare).getByRole('row', { name: /Shower with the ceiling hoist/ }),
    ).not.toHaveTextContent('double-handed');
    const breaks = screen.getByRole('table', { name: 'Breaks for carers' });
    // Averaged as the command works them: 56 hours in each of 2 weeks a year, and 4 hours one week in 2.
    expect(rowText(within(breaks).getByRole('row', { name: /fortnight's break/ }))).toContain(
      '2.15£73.47£3,831.20',
    );
    expect(rowText(within(breaks).getByRole('row', { name: /Sitting service/ }))).toContain(
      '2.00£70.70£3,686.51',
    );
    expect(screen.queryByRole('table', { name: 'Work and volunteering' })).not.toBeInTheDocument();
    expect(
      rowTexts(screen.getByRole('table', { name: 'Expenses' })).map((cells) => cells[0]),
    ).toEqual(['Day centre fee', 'PA mileage at 45p a mile']);
    expect(rowTexts(screen.getByRole('table', { name: 'Investments' }))).toEqual([
      [
        'Ceiling track hoist, so one worker can help with the shower',
        'Personal care',
        '£1,800.00 one-off',
        '£0.00',
        '£0.00',
        '£1,800.00',
      ],
    ]);
    expect(
      rowTexts(screen.getByRole('table', { name: 'Costs of employing a personal assistant' })),
    ).toEqual([
      ["Employer's liability insurance", '£90.00 annual', '£1.73', '£90.00'],
      ['Payroll service', '£7.50 weekly', '£7.50', '£391.07'],
    ]);
  });

  it('downloads the budget file made on the device, and records that a copy was kept', async () => {
    const files: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      files.push(blob as Blob);
      return 'blob:summary-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const id = showSummary();
    expect(useAppStore.getState().budgets[id]?.exportedAt).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Download the budget file' }));
    expect(files).toHaveLength(1);
    expect(JSON.parse(await (files[0] as Blob).text())).toEqual(example);
    expect(useAppStore.getState().budgets[id]?.exportedAt).not.toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(
      'The budget file support-plan-for-ann-example-a-fictional-example.json has been saved to your downloads.',
    );
  });

  it('prints the page, and links back to the task list', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const id = showSummary();
    await userEvent.click(screen.getByRole('button', { name: 'Print this page' }));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'Back to the task list' })).toHaveAttribute(
      'href',
      `#/budgets/${id}`,
    );
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', `#/budgets/${id}`);
  });

  it('shows not found for a budget that is not on this device', () => {
    renderWithI18n(<SummaryPage budgetId="no-such-budget" />);
    const notFound = createI18n('en').t('budget.notFound.title');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(notFound);
    expect(screen.queryByText('Check and summary')).not.toBeInTheDocument();
  });

  it('says a budget on a rate card the tool does not have cannot be priced yet [H1.7]', () => {
    const id = showSummary({ ...example, rateCard: 'somewhere-2030-31' });
    expect(
      screen.getByRole('heading', { level: 2, name: 'This budget cannot be priced yet' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Choose a rate card' })).toHaveAttribute(
      'href',
      `#/budgets/${id}/about`,
    );
  });
});

describe('the plan around the money on the summary', () => {
  it('shows the risks, the contingency apart from the budget, and who pays adding up to the budget', () => {
    showSummary({
      ...example,
      risks: [
        {
          id: 'r1',
          what: 'Sam is taken ill',
          likelihood: 'medium',
          inPlace: 'The agency can add a visit',
        },
      ],
      contingency: { providerCover: { days: 14 } },
      whoPays: { contributionWeekly: '35.00', funder: 'council' },
    });
    const risks = screen.getByRole('table', { name: 'Risks' });
    expect(rowTexts(risks)).toEqual([['Sam is taken ill', 'Medium', 'The agency can add a visit']]);
    const contingency = screen.getByRole('table', { name: 'Contingency' });
    expect(
      within(contingency).getByRole('row', { name: /The budget, without the contingency/ }),
    ).toHaveTextContent(formatMoney(expected.totals.annual));
    expect(
      screen.getByText("The contingency is shown apart: it is not in the budget's total."),
    ).toBeInTheDocument();
    const whoPays = rowTexts(screen.getByRole('table', { name: 'Who pays' }));
    expect(whoPays.map((row) => row[0])).toEqual([
      "The person's contribution",
      'The council',
      'The budget',
    ]);
    expect(whoPays[0]?.[1]).toBe(formatMoney('35.00'));
    expect(whoPays[2]?.[2]).toBe(formatMoney(expected.totals.annual));
  });

  it('says when the plan has no risks, contingency or who pays yet', () => {
    const { risks: _risks, contingency: _contingency, whoPays: _whoPays, ...bare } = example;
    showSummary(bare);
    expect(screen.getByText('No risks are written in the plan yet.')).toBeInTheDocument();
    expect(screen.getByText('The plan has no priced contingency.')).toBeInTheDocument();
    expect(screen.getByText('The plan does not yet say who pays.')).toBeInTheDocument();
  });
});
