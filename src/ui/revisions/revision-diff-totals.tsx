/** The totals before and after, and their differences: the first thing finance asks. */
import type { RevisionDiffModel } from '../../present/revision-diff';
import { noWrap } from '../components/no-wrap';
import { Table } from '../components/table';

export function RevisionDiffTotals({ totals }: { totals: RevisionDiffModel['totals'] }) {
  return (
    <Table
      caption={totals.caption}
      firstCellIsHeader
      responsive
      columns={totals.columns}
      rows={totals.rows.map((row) => ({
        key: row.key,
        cells: [row.label, row.before, row.after, noWrap(row.difference)],
      }))}
    />
  );
}
