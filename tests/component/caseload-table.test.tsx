/**
 * The caseload's virtualised table: a real table that draws only the rows in view, says
 * how many there are (aria-rowcount) and where each drawn row is (aria-rowindex), sorts
 * from its header buttons (aria-sort), and moves between rows from the keyboard, drawing
 * the row it moves to.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { listedRows } from '../../src/domain/caseload/caseload-row';
import type { CaseloadEntry } from '../../src/domain/caseload/entry';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { formatMoney } from '../../src/domain/format';
import { Dec } from '../../src/domain/money';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { useCaseloadStore } from '../../src/state/caseload/caseload-store';
import { CaseloadTable } from '../../src/ui/caseload/caseload-table';
import { useCaseloadFormat } from '../../src/ui/caseload/use-caseload-format';
import { loadCard } from '../helpers/builders';
import { renderWithI18n } from './render';

const card = loadCard('rate-cards/england-2025-26.json');
const COUNT = 400;
const entries: CaseloadEntry[] = generateBudgets({ count: COUNT, seed: 21, rateCard: card }).map(
  (budget, index) => {
    const priced = priceCaseloadBudget(
      budget,
      card,
      `budget-${String(index).padStart(3, '0')}.json`,
      {
        asOf: '2025-10-15',
      },
    );
    if (!priced.ok) throw new Error('unpriceable');
    return priced.value;
  },
);
const rows = listedRows(entries);

function Table() {
  const format = useCaseloadFormat(card);
  return <CaseloadTable entries={rows} card={card} format={format} onOpen={() => undefined} />;
}

afterEach(() => {
  act(() => useCaseloadStore.getState().clear());
});

const table = () => screen.getByRole('table', { name: /^Budgets 1 to 400 of 400/ });
const bodyRows = () =>
  within(table())
    .getAllByRole('row')
    .filter((row) => row.closest('tbody') !== null);
const openButton = (row: HTMLElement) => within(row).getByRole('button', { name: /^Open/ });

describe("the caseload's table of every budget", () => {
  it('is one table that counts every row, drawing only those in view', () => {
    renderWithI18n(<Table />);
    expect(table()).toHaveAttribute('aria-rowcount', String(COUNT + 1));
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(rows.map((row) => row.getAttribute('aria-rowindex'))).toEqual(
      rows.map((_, index) => String(index + 2)),
    );
    // The header row is row 1, its cells column headers with sort buttons.
    expect(within(table()).getAllByRole('row')[0]).toHaveAttribute('aria-rowindex', '1');
  });

  it('sorts by the amount from its header button, cheapest first, saying so with aria-sort', async () => {
    renderWithI18n(<Table />);
    const annual = within(table()).getByRole('columnheader', { name: /Annual/ });
    expect(annual).toHaveAttribute('aria-sort', 'descending');
    const dearest = [...entries].sort((a, b) =>
      new Dec(b.totals.annual).comparedTo(a.totals.annual),
    )[0] as CaseloadEntry;
    expect(within(bodyRows()[0] as HTMLElement).getAllByRole('cell')[1]).toHaveTextContent(
      formatMoney(dearest.totals.annual),
    );
    await userEvent.click(within(annual).getByRole('button'));
    expect(annual).toHaveAttribute('aria-sort', 'ascending');
    const cheapest = [...entries].sort(
      (a, b) => new Dec(a.totals.annual).comparedTo(b.totals.annual) || (a.file < b.file ? -1 : 1),
    )[0] as CaseloadEntry;
    const first = bodyRows()[0] as HTMLElement;
    expect(within(first).getAllByRole('cell')[0]).toHaveTextContent(cheapest.file);
    expect(first).toHaveAttribute('aria-rowindex', '2');
  });

  it('moves between rows from the keyboard, drawing the last row when End is pressed', async () => {
    renderWithI18n(<Table />);
    await userEvent.click(within(table()).getByRole('button', { name: /^File/ }));
    openButton(bodyRows()[0] as HTMLElement).focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement?.closest('tr')).toHaveAttribute('aria-rowindex', '3');
    await userEvent.keyboard('{End}');
    const last = document.activeElement?.closest('tr') as HTMLElement;
    expect(last).toHaveAttribute('aria-rowindex', String(COUNT + 1));
    expect(within(last).getAllByRole('cell')[0]).toHaveTextContent('budget-399.json');
    // Row 1 of the budgets is no longer drawn; the table still counts every row.
    expect(bodyRows().some((row) => row.getAttribute('aria-rowindex') === '2')).toBe(false);
    expect(table()).toHaveAttribute('aria-rowcount', String(COUNT + 1));
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement?.closest('tr')).toHaveAttribute('aria-rowindex', String(COUNT));
    await userEvent.keyboard('{Home}');
    const top = document.activeElement?.closest('tr') as HTMLElement;
    expect(top).toHaveAttribute('aria-rowindex', '2');
    expect(within(top).getAllByRole('cell')[0]).toHaveTextContent('budget-000.json');
  });

  it('counts only the rows the filter keeps', async () => {
    renderWithI18n(<Table />);
    await userEvent.type(screen.getByLabelText(/Find budgets/), 'budget-01');
    const filtered = screen.getByRole('table', { name: /^Budgets 1 to 10 of 10/ });
    expect(filtered).toHaveAttribute('aria-rowcount', '11');
    expect(within(filtered).getAllByRole('row')).toHaveLength(11);
  });
});
