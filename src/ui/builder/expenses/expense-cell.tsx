/**
 * A cell of the expenses table in NHS.UK's responsive table markup: on phones each row
 * becomes a block, and every cell shows its column's heading beside it.
 */
import type { ReactNode } from 'react';
import { classNames } from '../../components/class-names';
import { tableCellClass } from '../../components/table-cell-class';

export interface ExpenseCellProps {
  /**
   * The column's heading, repeated for phones and hidden from screen readers (they have
   * the header). Left out where a heading would only puzzle: the total row's empty cells.
   */
  readonly heading?: string | undefined;
  /** The row's own header cell (th scope="row"). */
  readonly header?: boolean | undefined;
  /** A figure: right-aligned, so that digits line up. */
  readonly numeric?: boolean | undefined;
  readonly colSpan?: number | undefined;
  readonly children?: ReactNode;
}

export function ExpenseCell({
  heading,
  header = false,
  numeric = false,
  colSpan,
  children,
}: ExpenseCellProps) {
  const Cell = header ? 'th' : 'td';
  const empty = children == null || children === '';
  return (
    <Cell
      className={classNames(
        tableCellClass(header, numeric),
        // On phones a row is a stack of labelled blocks: an empty one would be a blank box.
        empty && 'nhsuk-u-display-none-until-desktop',
      )}
      scope={header ? 'row' : undefined}
      role={header ? 'rowheader' : 'cell'}
      colSpan={colSpan}
    >
      {heading !== undefined && (
        <span className="nhsuk-table__heading" aria-hidden="true">
          {heading}{' '}
        </span>
      )}
      {children}
    </Cell>
  );
}
