/**
 * Costs over time on the summary (src/present/summary-time.ts): the rows the page, the
 * PDF and the text report show are the domain's figures for the plan year, the financial
 * year and its quarters, each investment's payback, the projection and the traditional
 * package, with the warnings about named assistants and investments said in words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { priceOnCard, type BudgetPricing } from '../../src/domain/pricing/price-budget';
import { readBudget } from '../../src/domain/read';
import { toTimeReport } from '../../src/domain/time-report';
import { createI18n } from '../../src/i18n';
import { textReport } from '../../src/io/text-report';
import { documentFormat } from '../../src/present/format';
import { summaryModel } from '../../src/present/summary';
import { asOfInHash, hrefAsOf } from '../../src/ui/routes';
import { splitCard } from '../helpers/builders';

const en = createI18n('en').t;
const cy = createI18n('cy').t;

function priced(
  file: string,
  asOf: string,
  change: (budget: never) => unknown = (b) => b,
): BudgetPricing {
  const example = JSON.parse(readFileSync(`tests/worked-examples/${file}`, 'utf8')) as {
    budget: unknown;
  };
  const read = readBudget(change(structuredClone(example.budget) as never));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const pricing = priceOnCard(read.value, splitCard(), { asOf });
  if (!pricing.ok) throw new Error(JSON.stringify(pricing.problems));
  return pricing.value;
}

const PAYBACK = '48-investment-payback-projection-and-recorded-traditional.json';

describe('costs over time on the summary', () => {
  it('shows the plan year, the financial year and its quarters as the domain prices them', () => {
    const pricing = priced(PAYBACK, '2026-05-01');
    const model = summaryModel(pricing, documentFormat(pricing, en, 'en'));
    const report = toTimeReport(pricing);
    const rows = model.time?.periods.rows ?? [];
    expect(rows.map((row) => row.id)).toEqual([
      'plan-year',
      'financial-year',
      'quarter-1',
      'quarter-2',
      'quarter-3',
      'quarter-4',
    ]);
    const periods = [
      report.periods.planYear,
      report.periods.financialYear,
      ...report.periods.quarters,
    ];
    periods.forEach((period, index) => {
      const money = (text: string) =>
        `£${Number(text).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`;
      expect(rows[index]?.cells.slice(3)).toEqual([
        String(period?.days),
        money(period?.recurring ?? ''),
        money(period?.oneOff ?? ''),
        money(period?.total ?? ''),
      ]);
    });
    expect(rows[0]?.cells.slice(0, 3)).toEqual(['Plan year', '1 April 2026', '31 March 2027']);
    expect(model.asAt).toBe('Figures are as at 1 May 2026.');
  });

  it('gives each investment its saving, payback weeks and date, and the projection with and without it', () => {
    const pricing = priced(PAYBACK, '2026-05-01');
    const time = summaryModel(pricing, documentFormat(pricing, en, 'en')).time;
    expect(time?.investments?.table.rows).toEqual([
      { id: 'e1', cells: ['Stair lift', '£1,000.00', '£19.04', '53 weeks', '7 July 2027'] },
    ]);
    expect(time?.projection?.table.columns.map((column) => column.heading)).toEqual([
      'Plan year',
      'From',
      'To',
      'With investments',
      'Without Stair lift',
    ]);
    expect(time?.projection?.table.rows[1]?.cells).toEqual([
      'Year 2',
      '1 April 2027',
      '31 March 2028',
      '£2,614.29',
      '£4,332.86',
    ]);
    // The chart draws the same figures as the table: two bars a year.
    expect(time?.projection?.chart.bars.map((bar) => bar.amount.toFixed(2)).slice(2, 4)).toEqual([
      '2614.29',
      '4332.86',
    ]);
    expect(time?.traditional.figures.map((figure) => figure.value)).toEqual([
      '£100.00',
      '£10,000.00',
      '£5,678.98',
      '56.8%',
    ]);
    // What starts and ends when, by date: the PA line's last day, the stair lift, the provider line.
    expect(time?.timeline?.table.rows.map((row) => row.cells[0])).toEqual([
      '15 June 2026',
      '30 June 2026',
      '1 July 2026',
    ]);
  });

  it('says a payback after 31 December 9999 as "the year 10000 or later", not a date, in both languages', () => {
    // £9m saved at £19.04 a week: 472,690 weeks, paid back in the year 11085.
    const pricing = priced(PAYBACK, '2026-05-01', (budget: { expenses: { amount: string }[] }) => ({
      ...budget,
      expenses: budget.expenses.map((expense) => ({ ...expense, amount: '9000000.00' })),
    }));
    const [payback] = toTimeReport(pricing).investments;
    expect(payback).toMatchObject({ paybackWeeks: 472_690, paybackDate: null });
    for (const [t, language, later] of [
      [en, 'en', 'the year 10000 or later'],
      [cy, 'cy', "y flwyddyn 10000 neu'n hwyrach"],
    ] as const) {
      const model = summaryModel(pricing, documentFormat(pricing, t, language));
      expect(model.time?.investments?.table.rows[0]?.cells.at(-1)).toBe(later);
      expect(textReport(pricing, t, language)).toContain(later);
    }
    expect(textReport(pricing, en, 'en')).toContain(
      '= 472690 weeks, rounded up: from 2026-07-01, paid back by the year 10000 or later',
    );
  });

  it('prices an effect that starts after 31 December 9999 with its weeks and no dates, and says so', () => {
    // It only ends a line, which runs to the last day a date can say: the effect is on the
    // day after, which no YYYY-MM-DD can write.
    const pricing = priced(
      PAYBACK,
      '2026-05-01',
      (budget: {
        lines: { id: string; until?: string }[];
        expenses: { effect?: { ends?: string[] } }[];
      }) => ({
        ...budget,
        lines: budget.lines.map((line) =>
          line.id === 'l1' ? { ...line, until: '9999-12-31' } : line,
        ),
        expenses: budget.expenses.map((expense) =>
          expense.effect === undefined ? expense : { ...expense, effect: { ends: ['l1'] } },
        ),
      }),
    );
    const [payback] = toTimeReport(pricing).investments;
    expect(payback).toMatchObject({ effectDate: null, paybackDate: null });
    expect(payback?.paybackWeeks).toBeGreaterThan(0);
    expect(textReport(pricing, en, 'en')).toContain(
      'rounded up: from the year 10000 or later, paid back by the year 10000 or later',
    );
    const model = summaryModel(pricing, documentFormat(pricing, en, 'en'));
    expect(model.time?.investments?.table.rows[0]?.cells.at(-1)).toBe('the year 10000 or later');
    // The caseload's entry of the same budget is made, with no investment warning.
    const entry = priceCaseloadBudget(pricing.budget, pricing.card, 'b.json', {
      asOf: '2026-05-01',
    });
    expect(entry.ok && entry.value.warnings).not.toContain('investment-no-saving');
  });

  it('says an investment that saves nothing as "no saving", with its warning, in both languages', () => {
    const pricing = priced(
      '49-investment-with-no-saving-and-no-traditional-package.json',
      '2026-05-01',
    );
    for (const [t, language, noSaving] of [
      [en, 'en', 'no saving'],
      [cy, 'cy', 'dim arbediad'],
    ] as const) {
      const model = summaryModel(pricing, documentFormat(pricing, t, language));
      expect(model.time?.investments?.table.rows[0]?.cells.slice(3)).toEqual([noSaving, noSaving]);
      const group = model.warnings.groups.find((found) => found.id === 'investment-no-saving');
      expect(group?.items.length).toBe(1);
      expect(group?.heading).toBe(t('summary.warnings.investmentNoSaving.heading'));
    }
  });

  it('names the assistant given more hours than their contract or 48 hours a week', () => {
    const pricing = priced(
      PAYBACK,
      '2026-05-01',
      (budget: {
        assistants?: unknown;
        lines: { id: string; assistant?: string; minutes?: number; visitsPerDay?: number }[];
      }) => {
        budget.assistants = [{ id: 'jo', name: 'Jo Example', contractedHoursWeekly: '4' }];
        const line = budget.lines.find((found) => found.id === 'l1');
        if (line !== undefined) {
          line.assistant = 'jo';
          line.visitsPerDay = 10;
        }
        return budget;
      },
    );
    const model = summaryModel(pricing, documentFormat(pricing, en, 'en'));
    const said = model.warnings.groups.map((group) => [
      group.id,
      group.items.map((item) => item.text),
    ]);
    expect(said).toEqual([
      ['pa-over-contract', ['Jo Example: 50.00 hours a week, contracted for 4.00']],
      ['pa-over-48-hours', ['Jo Example: 50.00 hours a week']],
    ]);
    // The text report says the same warnings.
    expect(textReport(pricing, en, 'en')).toContain('• Jo Example: 50.00 hours a week');
  });

  it('has no costs over time for a budget with no dates and no investment with an effect', () => {
    const pricing = priced(
      PAYBACK,
      '2026-05-01',
      (budget: {
        plan?: unknown;
        lines: { from?: string; until?: string }[];
        expenses: { effect?: unknown; date?: string }[];
      }) => {
        delete budget.plan;
        for (const line of budget.lines) {
          delete line.from;
          delete line.until;
        }
        for (const expense of budget.expenses) {
          delete expense.effect;
          delete expense.date;
        }
        return budget;
      },
    );
    expect(summaryModel(pricing, documentFormat(pricing, en, 'en')).time).toBeNull();
  });
});

describe('the as-at day in the address', () => {
  it('reads a real day after the page and ignores anything else', () => {
    expect(asOfInHash('#/budgets/b-1/summary?asOf=2026-05-01')).toBe('2026-05-01');
    expect(asOfInHash('#/budgets/b-1/summary?asOf=2027-02-29')).toBeUndefined();
    expect(asOfInHash('#/budgets/b-1/summary?asOf=tomorrow')).toBeUndefined();
    expect(asOfInHash('#/budgets/b-1/summary')).toBeUndefined();
    expect(hrefAsOf({ page: 'summary', budgetId: 'b-1' }, '2026-05-01')).toBe(
      '#/budgets/b-1/summary?asOf=2026-05-01',
    );
    expect(hrefAsOf({ page: 'summary', budgetId: 'b-1' }, undefined)).toBe('#/budgets/b-1/summary');
  });
});
