import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Table, type TableColumn, type TableRow } from '../../../src/ui/components/table';
import { renderWithI18n } from '../render';

const columns: TableColumn[] = [
  { heading: 'Line' },
  { heading: 'Who' },
  { heading: 'Hours a week', numeric: true },
  { heading: 'Weekly', numeric: true },
];
const rows: TableRow[] = [
  { key: 'l1', cells: ['Getting up', 'Personal assistant', '7', '£168.00'] },
  { key: 'l2', cells: ['Shopping', 'Unpaid carer', '3.5', '£0.00'] },
];

describe('Table', () => {
  it('is named by its caption, with column headers', () => {
    renderWithI18n(<Table caption="Need lines" columns={columns} rows={rows} />);
    const table = screen.getByRole('table', { name: 'Need lines' });
    expect(table).toHaveClass('nhsuk-table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Line', 'Who', 'Hours a week', 'Weekly']);
    expect(table.querySelector('caption')).toHaveClass(
      'nhsuk-table__caption',
      'nhsuk-table__caption--m',
    );
  });

  it('right-aligns numeric columns, heading and cells alike, and no others', () => {
    renderWithI18n(<Table caption="Need lines" columns={columns} rows={rows} />);
    expect(screen.getByRole('columnheader', { name: 'Weekly' })).toHaveClass(
      'nhsuk-table__header--numeric',
    );
    expect(screen.getByRole('columnheader', { name: 'Line' })).not.toHaveClass(
      'nhsuk-table__header--numeric',
    );
    expect(screen.getByRole('cell', { name: '£168.00' })).toHaveClass(
      'nhsuk-table__cell',
      'nhsuk-table__cell--numeric',
    );
    expect(screen.getByRole('cell', { name: '3.5' })).toHaveClass('nhsuk-table__cell--numeric');
    expect(screen.getByRole('cell', { name: 'Personal assistant' })).not.toHaveClass(
      'nhsuk-table__cell--numeric',
    );
  });

  it('makes each row’s first cell its header when asked', () => {
    renderWithI18n(<Table caption="Need lines" columns={columns} rows={rows} firstCellIsHeader />);
    const header = screen.getByRole('rowheader', { name: 'Getting up' });
    expect(header).toHaveAttribute('scope', 'row');
    expect(header).toHaveClass('nhsuk-table__header');
    expect(screen.getByRole('row', { name: /Shopping/ })).toHaveTextContent('Shopping');
  });

  it('responsive: labels each cell with its column heading for phones, hidden from screen readers', () => {
    renderWithI18n(
      <Table caption="Need lines" columns={columns} rows={rows} firstCellIsHeader responsive />,
    );
    const table = screen.getByRole('table', { name: 'Need lines' });
    expect(table).toHaveClass('nhsuk-table--responsive');
    const cell = screen.getByRole('cell', { name: '£168.00' });
    const heading = cell.querySelector('.nhsuk-table__heading');
    expect(heading).toHaveTextContent('Weekly');
    expect(heading).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('rowheader', { name: 'Getting up' })).toBeInTheDocument();
  });

  it('scroll: wraps the table in a region named by the caption', () => {
    renderWithI18n(<Table caption="Need lines" columns={columns} rows={rows} scroll />);
    const region = screen.getByRole('region', { name: 'Need lines' });
    expect(region).toHaveClass('nhsuk-scroll__content');
    expect(region.parentElement).toHaveClass('nhsuk-scroll');
    expect(within(region).getByRole('table', { name: 'Need lines' })).toBeInTheDocument();
  });
});
