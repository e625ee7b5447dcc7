import { useId, type ReactNode } from 'react';
import { classNames } from './class-names';
import { tableCellClass } from './table-cell-class';
import { Scroll } from './scroll';

export interface TableColumn {
  readonly heading: ReactNode;
  /** Figures: right-aligned, in heading and cells, so that digits line up. */
  readonly numeric?: boolean | undefined;
}

export interface TableRow {
  /** Unique among the rows: React's key. */
  readonly key: string;
  readonly cells: readonly ReactNode[];
}

export interface TableProps {
  readonly caption: ReactNode;
  readonly captionSize?: 's' | 'm' | 'l' | 'xl' | undefined;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  /** Each row's first cell is its header (th scope="row"), such as the line's name. */
  readonly firstCellIsHeader?: boolean | undefined;
  /** On phones, each row becomes a block with every cell labelled by its column heading. */
  readonly responsive?: boolean | undefined;
  /** A wide table scrolls sideways in its own region instead of widening the page. */
  readonly scroll?: boolean | undefined;
}

// Each class written whole: the build keeps only the rules of classes the source names.
const CAPTION_CLASS = {
  s: 'nhsuk-table__caption--s',
  m: 'nhsuk-table__caption--m',
  l: 'nhsuk-table__caption--l',
  xl: 'nhsuk-table__caption--xl',
} as const;

/** A table of data in NHS.UK markup, with figures right-aligned by column. */
export function Table({
  caption,
  captionSize = 'm',
  columns,
  rows,
  firstCellIsHeader = false,
  responsive = false,
  scroll = false,
}: TableProps) {
  const captionId = `${useId()}-caption`;
  const cellClass = (header: boolean, column: number) =>
    tableCellClass(header, columns[column]?.numeric === true);
  // The responsive layout is styled by CSS display changes, which drop a table's implicit
  // roles in some browsers, so NHS.UK restores them explicitly.
  const role = (value: string) => (responsive ? value : undefined);

  const table = (
    <table
      className={classNames('nhsuk-table', responsive && 'nhsuk-table--responsive')}
      role={role('table')}
    >
      <caption className={`nhsuk-table__caption ${CAPTION_CLASS[captionSize]}`} id={captionId}>
        {caption}
      </caption>
      <thead className="nhsuk-table__head" role={role('rowgroup')}>
        <tr className="nhsuk-table__row" role={role('row')}>
          {columns.map((column, index) => (
            <th
              className={cellClass(true, index)}
              scope="col"
              role={role('columnheader')}
              key={index}
            >
              {column.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr className="nhsuk-table__row" role={role('row')} key={row.key}>
            {row.cells.map((cell, index) => {
              const isHeader = firstCellIsHeader && index === 0;
              const Cell = isHeader ? 'th' : 'td';
              const heading = responsive ? (
                <span className="nhsuk-table__heading" aria-hidden="true">
                  {columns[index]?.heading}{' '}
                </span>
              ) : null;
              return (
                <Cell
                  className={cellClass(isHeader, index)}
                  scope={isHeader ? 'row' : undefined}
                  role={role(isHeader ? 'rowheader' : 'cell')}
                  key={index}
                >
                  {heading}
                  {cell}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return scroll ? <Scroll labelledBy={captionId}>{table}</Scroll> : table;
}
