import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/domain/format';
import { App } from '../../src/ui/app';
import { loadCard, readJson, report } from '../helpers/builders';
import type { Budget } from '../../src/domain/schema/budget';
import { renderWithI18n } from './render';

const example = readJson('examples/example-ann.json') as Budget;
const expectedOn = (cardId: string) => report(example, loadCard(`rate-cards/${cardId}.json`));

function totalsShown() {
  const totals = screen.getByLabelText('Totals');
  return within(totals)
    .getAllByRole('definition')
    .map((figure) => figure.textContent);
}

describe('the first page', () => {
  it('prices the shipped example on its rate card and shows the four totals', () => {
    renderWithI18n(<App />);
    const expected = expectedOn('england-2025-26').totals;
    expect(totalsShown()).toEqual([expected.weekly, expected.annual, expected.oneOff, expected.firstYear].map((a) => formatMoney(a)));
    expect(screen.getByRole('heading', { level: 1, name: 'Support budget builder' })).toBeInTheDocument();
  });

  it('lists every line with its hours and cost', () => {
    renderWithI18n(<App />);
    const table = screen.getByRole('table', { name: 'Need lines' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(example.lines.length);
    const first = expectedOn('england-2025-26').lines[0];
    expect(within(rows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent(example.lines[0]?.activity ?? '');
    expect(rows[0]).toHaveTextContent(`${first?.hoursWeekly}${formatMoney(first?.weekly ?? '')}${formatMoney(first?.annual ?? '')}`);
  });

  it('shows a sleep-in as nights, not hours', () => {
    renderWithI18n(<App />);
    const row = screen.getByRole('row', { name: /Someone sleeping in at the weekend/ });
    expect(row).toHaveTextContent('2 nights');
  });

  it('re-prices the example when another rate card is chosen', async () => {
    renderWithI18n(<App />);
    await userEvent.selectOptions(screen.getByLabelText('Rate card'), 'england-2026-27');
    const expected = expectedOn('england-2026-27').totals;
    expect(totalsShown()[0]).toBe(formatMoney(expected.weekly));
    expect(expected.weekly).not.toBe(expectedOn('england-2025-26').totals.weekly);
  });

  it('says the rate card is illustrative', () => {
    renderWithI18n(<App />);
    expect(screen.getByText(/Illustrative rate card/)).toBeInTheDocument();
  });
});
