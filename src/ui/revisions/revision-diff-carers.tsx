/** Each unpaid carer's hours before and after, and the flags raised or cleared. */
import type { RevisionDiffModel } from '../../present/revision-diff';
import { noWrap } from '../components/no-wrap';
import { Table } from '../components/table';

export function RevisionDiffCarers({ carers }: { carers: RevisionDiffModel['carers'] }) {
  if (carers.rows.length === 0) return null;
  return (
    <Table
      caption={carers.caption}
      firstCellIsHeader
      responsive
      columns={carers.columns}
      rows={carers.rows.map((row) => ({
        key: row.key,
        cells: [
          row.name,
          row.hoursBefore,
          row.hoursAfter,
          noWrap(row.hoursDifference),
          row.flagsNow,
          row.flagsGone,
        ],
      }))}
    />
  );
}
