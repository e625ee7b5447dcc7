/**
 * A column heading that sorts the table: a button inside the header cell, with aria-sort
 * on the cell saying how the table is sorted now (only the sorted column carries it).
 */
import { useTranslation } from '../hooks/use-translation';
import type { SortDirection, SortKey } from '../../present/caseload-table';
import type { MessageKey } from '../../i18n/message-keys';
import { tableCellClass } from '../components/table-cell-class';

export interface SortHeadingProps {
  readonly column: SortKey;
  readonly label: string;
  readonly numeric?: boolean;
  readonly sort: SortKey;
  readonly direction: SortDirection;
  readonly onSort: (column: SortKey, direction: SortDirection) => void;
}

export function SortHeading({
  column,
  label,
  numeric = false,
  sort,
  direction,
  onSort,
}: SortHeadingProps) {
  const { t } = useTranslation();
  const sorted = sort === column;
  // Amounts are most useful dearest first; names from A.
  const first: SortDirection = numeric ? 'descending' : 'ascending';
  const next: SortDirection = sorted
    ? direction === 'ascending'
      ? 'descending'
      : 'ascending'
    : first;
  return (
    <th
      scope="col"
      className={tableCellClass(true, numeric)}
      aria-sort={sorted ? direction : undefined}
    >
      <button type="button" className="app-caseload-sort" onClick={() => onSort(column, next)}>
        {label}
        <span className="app-caseload-sort__arrow" aria-hidden="true">
          {sorted ? (direction === 'ascending' ? ' ▲' : ' ▼') : ' ⇅'}
        </span>{' '}
        <span className="nhsuk-u-visually-hidden">
          {t(`caseload.table.sortBy.${next}` as const satisfies MessageKey)}
        </span>
      </button>
    </th>
  );
}
