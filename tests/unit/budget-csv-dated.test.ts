/**
 * The budget CSV of a plan with dates lists every line and recurring amount, active on the
 * as-at date or not, with its from, until and frequency: one not active that day is 0.00
 * a week and a year there, says so in "Active on the as-at date", and keeps the annual
 * figure its period costs are worked from. The totals stay the sums of the rows.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import { readBudget } from '../../src/domain/read';
import { createI18n } from '../../src/i18n';
import { budgetCsv } from '../../src/io/budget-csv';
import { budget, expense, splitCard, visits } from '../helpers/builders';
import { price } from '../helpers/run-price';

type Row = Record<string, string>;

/** Rows as records by header; the CSV's own quoting is simple enough for the rows read here. */
function records(csv: string): Row[] {
  const lines = csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '');
  const split = (line: string) =>
    line
      .match(/("([^"]|"")*"|[^,]*)(,|$)/g)
      ?.map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '')) ?? [];
  const header = split(lines[0] ?? '');
  return lines
    .slice(1)
    .map((line) =>
      Object.fromEntries(split(line).map((cell, index) => [header[index] ?? '', cell])),
    );
}

const sum = (rows: Row[], column: string) =>
  rows.reduce((total, row) => total.plus(row[column] || '0'), new Decimal(0)).toFixed(2);

describe('the budget CSV of a plan with dates', () => {
  it('lists the six-week uplift and the two-worker shower that ended before the as-at date, with their dates', async () => {
    const run = await price([
      'examples/example-ann.json',
      '--format',
      'csv',
      '--as-of',
      '2026-05-01',
    ]);
    expect(run.code).toBe(0);
    const rows = records(run.stdout);
    const byId = (id: string) => rows.find((row) => row.Section === 'line' && row.Id === id);
    expect(byId('after-hospital')).toMatchObject({
      From: '2025-04-01',
      Until: '2025-05-12',
      Frequency: 'weekly',
      'Hours a week': '0.00',
      'Weekly (£)': '0.00',
      'Annual (£)': '0.00',
      'Active on the as-at date': 'no',
      'Annual when active (£)': '12485.64',
    });
    expect(byId('shower')).toMatchObject({
      Until: '2025-06-30',
      'Weekly (£)': '0.00',
      'Active on the as-at date': 'no',
      'Annual when active (£)': '3519.65',
    });
    expect(byId('shower-single')).toMatchObject({
      From: '2025-07-01',
      'Weekly (£)': '33.75',
      'Active on the as-at date': 'yes',
      'Annual when active (£)': '1759.83',
    });
    expect(byId('respite')).toMatchObject({
      Frequency: '2 weeks a year',
      'Weekly (£)': '73.47',
      'Annual (£)': '3831.20',
    });
    const items = rows.filter((row) =>
      ['line', 'expense', 'investment', 'employer cost'].includes(row.Section ?? ''),
    );
    const total = rows.find((row) => row.Section === 'total');
    expect(sum(items, 'Weekly (£)')).toBe(total?.['Weekly (£)']);
    expect(sum(items, 'Annual (£)')).toBe(total?.['Annual (£)']);
    expect(sum(items, 'Hours a week')).toBe(total?.['Hours a week']);
    expect(total?.['Weekly (£)']).toBe('869.79');
  });

  it('lists a recurring amount and the PA employer costs on a day nothing of theirs is active', () => {
    const file = budget({
      version: 3,
      plan: { start: '2026-04-01', status: 'active' },
      lines: [
        visits({ id: 'day', days: ['mon'] }),
        visits({ id: 'pa', resource: 'personal-assistant', days: ['tue'], until: '2026-04-30' }),
      ],
      expenses: [expense({ id: 'club', amount: '10.00', frequency: 'weekly', from: '2026-09-01' })],
    } as never);
    const read = readBudget(JSON.parse(JSON.stringify(file)));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const pricing = priceOnCard(read.value, splitCard(), { asOf: '2026-06-01' });
    if (!pricing.ok) throw new Error(JSON.stringify(pricing.problems));
    const rows = records(budgetCsv(pricing.value, createI18n('en').t, 'en'));
    expect(rows.find((row) => row.Id === 'pa')).toMatchObject({
      Until: '2026-04-30',
      'Weekly (£)': '0.00',
      'Active on the as-at date': 'no',
    });
    expect(rows.find((row) => row.Id === 'club')).toMatchObject({
      From: '2026-09-01',
      'Weekly (£)': '0.00',
      'Annual (£)': '0.00',
      'Active on the as-at date': 'no',
      'Annual when active (£)': new Decimal('10.00').times(pricing.value.weeksPerYear).toFixed(2),
    });
    const employer = rows.filter((row) => row.Section === 'employer cost');
    expect(employer.length).toBeGreaterThan(0);
    for (const row of employer)
      expect(row).toMatchObject({ 'Weekly (£)': '0.00', 'Active on the as-at date': 'no' });
    const total = rows.find((row) => row.Section === 'total');
    expect(
      sum(
        rows.filter(
          (row) =>
            row.Section !== 'total' &&
            row.Section !== 'period' &&
            row.Section !== 'as at' &&
            row.Section !== 'payback',
        ),
        'Weekly (£)',
      ),
    ).toBe(total?.['Weekly (£)']);
  });
});
