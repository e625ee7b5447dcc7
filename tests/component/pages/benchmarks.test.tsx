/** The compare benchmarks page: files read with the benchmark rules, side by side, a refused file named with its reason. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { benchmarkOf } from '../../../src/domain/benchmark/benchmark';
import { priceCaseloadBudget } from '../../../src/domain/caseload/price';
import { formatMoney } from '../../../src/domain/format';
import { generateBudgets } from '../../../src/generate/generate-budgets';
import { loadCard } from '../../helpers/builders';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

const england = loadCard('rate-cards/england-2025-26.json');
const entries = generateBudgets({ count: 40, seed: 3, rateCard: england }).map((budget) => {
  const priced = priceCaseloadBudget(budget, england, `${budget.id}.json`, { asOf: '2025-10-15' });
  if (!priced.ok) throw new Error('unpriceable');
  return priced.value;
});
const north = benchmarkOf(entries, {
  area: 'North Shire',
  asOf: '2025-10-15',
  rateCard: england.id,
  population: 200_000,
});
const south = benchmarkOf(entries.slice(0, 20), {
  area: 'South Shire',
  asOf: '2025-07-15',
  rateCard: england.id,
  population: null,
});
const file = (value: unknown, name: string) =>
  new File([JSON.stringify(value)], name, { type: 'application/json' });

describe('the compare benchmarks page', { timeout: 30_000 }, () => {
  it('shows several benchmark files side by side and names a refused one with its reason', async () => {
    window.location.hash = '#/benchmarks';
    renderWithI18n(<Pages />);
    await userEvent.upload(
      await screen.findByLabelText('Benchmark files', {}, { timeout: 15000 }),
      [
        file(north, 'north.json'),
        file(south, 'south.json'),
        file({ ...north, budgets: 2 }, 'tampered.json'),
      ],
    );
    const table = await screen.findByRole('table', { name: 'The figures of each benchmark file' });
    expect(
      within(table).getByRole('columnheader', { name: 'North Shire, 2025-26-q3' }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole('columnheader', { name: 'South Shire, 2025-26-q2' }),
    ).toBeInTheDocument();
    expect(
      within(within(table).getByRole('row', { name: /^Median a year/ })).getAllByRole('cell')[0],
    ).toHaveTextContent(formatMoney(north.annualCost?.median ?? ''));
    expect(within(table).getByRole('row', { name: /^PHBs per 100,000 people/ })).toHaveTextContent(
      'withheld',
    );
    expect(
      screen.getByRole('table', { name: 'Personal health budgets per 100,000 people' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/tampered\.json: budgets: must be a whole number of at least 5/),
    ).toBeInTheDocument();
  });
});
