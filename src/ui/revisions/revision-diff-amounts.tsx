/** Expenses and PA employer costs added, removed or changed, with their differences. */
import type { RevisionDiffModel } from '../../present/revision-diff';
import { noWrap } from '../components/no-wrap';
import { Table } from '../components/table';
import { ChangeTag } from './revision-diff-lines';

export function RevisionDiffAmounts({ amounts }: { amounts: RevisionDiffModel['amounts'] }) {
  if (amounts.rows.length === 0) return null;
  return (
    <Table
      caption={amounts.caption}
      firstCellIsHeader
      responsive
      columns={amounts.columns}
      rows={amounts.rows.map((row) => ({
        key: row.key,
        cells: [
          row.name,
          <ChangeTag key="tag" row={row} />,
          row.weeklyBefore,
          row.weeklyAfter,
          noWrap(row.weeklyDifference),
          noWrap(row.annualDifference),
        ],
      }))}
    />
  );
}
