/**
 * How the PDF draws the pieces of the summary model (src/present/summary.ts): a table of
 * figures, with any words under a cell, and a list of named figures with their hints.
 */
import type { Figure, FigureTable } from '../../present/summary';
import { KeyValues, Table } from './pdf-blocks';

/** A model's table at the given column widths, one per column. */
export function ModelTable({ table, widths }: { table: FigureTable; widths: readonly string[] }) {
  return (
    <Table
      columns={table.columns.map((column, index) => ({
        ...column,
        width: widths[index] ?? 'auto',
      }))}
      rows={table.rows.map((row) => ({
        key: row.id,
        cells: row.cells.map((cell, index) => {
          const note = row.notes?.[index];
          return note === undefined ? cell : [cell, note];
        }),
      }))}
    />
  );
}

export function FigureValues({ figures }: { figures: readonly Figure[] }) {
  return (
    <KeyValues
      rows={figures.map((figure) => ({
        key: figure.label,
        hint: figure.hint,
        value: figure.value,
        figure: figure.total === true,
      }))}
    />
  );
}
