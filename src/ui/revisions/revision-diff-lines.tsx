/**
 * Each need added, removed or changed: each part that changed with its value before and
 * after (as the compare command's text says it), and its weekly and annual difference.
 */
import type { ChangeKind } from '../../domain/revisions/diff';
import type { RevisionDiffModel } from '../../present/revision-diff';
import { noWrap } from '../components/no-wrap';
import { Table } from '../components/table';
import { Tag, type TagColour } from '../components/tag';

const COLOURS: Readonly<Record<ChangeKind, TagColour>> = {
  added: 'green',
  removed: 'red',
  changed: 'blue',
  unchanged: 'grey',
};

/** "Added", "Removed", "Changed": said in words and by colour. */
export function ChangeTag({ row }: { row: { kind: ChangeKind; change: string } }) {
  return <Tag colour={COLOURS[row.kind]}>{row.change}</Tag>;
}

export function RevisionDiffLines({ lines }: { lines: RevisionDiffModel['lines'] }) {
  if (lines.rows.length === 0) return <p className="nhsuk-body">{lines.none}</p>;
  return (
    <Table
      caption={lines.caption}
      firstCellIsHeader
      responsive
      columns={lines.columns}
      rows={lines.rows.map((row) => ({
        key: row.key,
        cells: [
          row.name,
          <ChangeTag key="tag" row={row} />,
          row.details.length === 0 ? (
            ''
          ) : (
            <ul key="what" className="nhsuk-list nhsuk-u-margin-bottom-0">
              {row.details.map((words) => (
                <li key={words}>{words}</li>
              ))}
            </ul>
          ),
          noWrap(row.hoursDifference),
          row.weeklyBefore,
          row.weeklyAfter,
          noWrap(row.weeklyDifference),
          noWrap(row.annualDifference),
        ],
      }))}
    />
  );
}
