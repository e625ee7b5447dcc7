/** A table of caseload figures: a small caption, the first cell of each row its heading, scrolling on a narrow screen. */
import { Table, type TableColumn, type TableRow } from '../components/table';

export function CaseloadFiguresTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
}) {
  return (
    <Table
      caption={caption}
      captionSize="s"
      firstCellIsHeader
      responsive
      columns={columns}
      rows={rows}
    />
  );
}
