/**
 * How the page draws the pieces of the summary model (src/present/summary.ts): a table of
 * figures, with any words under a cell, and a list of named figures with their hints.
 */
import type { Figure, FigureTable as Model } from '../../present/summary';
import { SummaryList } from '../components/summary-list';
import { Table } from '../components/table';

const NOTE =
  'nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-display-block nhsuk-u-font-weight-normal nhsuk-u-margin-bottom-0';

export function FigureTable({ table, responsive = false }: { table: Model; responsive?: boolean }) {
  return (
    <Table
      caption={table.caption}
      captionSize="s"
      firstCellIsHeader
      responsive={responsive}
      columns={table.columns}
      rows={table.rows.map((row) => ({
        key: row.id,
        cells: row.cells.map((cell, index) => {
          const note = row.notes?.[index];
          if (note === undefined) return cell;
          // One element, so the phone layout keeps a cell and the words under it together.
          return (
            <span className="app-summary-named">
              {cell}
              <span className={NOTE}>{note}</span>
            </span>
          );
        }),
      }))}
    />
  );
}

export function FigureList({ label, figures }: { label: string; figures: readonly Figure[] }) {
  return (
    <SummaryList
      label={label}
      rows={figures.map((figure) => ({
        key:
          figure.hint === undefined ? (
            figure.label
          ) : (
            <>
              {figure.label}
              <span className={NOTE}>{figure.hint}</span>
            </>
          ),
        value:
          figure.total === true ? <span className="app-figure">{figure.value}</span> : figure.value,
      }))}
    />
  );
}
