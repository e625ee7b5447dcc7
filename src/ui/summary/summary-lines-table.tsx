/** One area of life's need lines: what, who, when, hours (or nights) and cost. */
import { memo } from 'react';
import type { LineWorkingModel } from '../../present/line-working';
import { Table } from '../components/table';
import type { SummaryFormat } from './summary-format';

export interface SummaryLinesTableProps {
  readonly caption: string;
  /** Each line as its working model says it (src/present/line-working.ts), as the PDF does. */
  readonly lines: readonly LineWorkingModel[];
  readonly format: SummaryFormat;
}

// Memoised: a long plan re-renders only the areas whose lines changed.
export const SummaryLinesTable = memo(function SummaryLinesTable({
  caption,
  lines,
  format,
}: SummaryLinesTableProps) {
  const { t } = format;
  return (
    <Table
      caption={caption}
      captionSize="m"
      firstCellIsHeader
      responsive
      columns={[
        { heading: t('summary.lines.activity') },
        { heading: t('summary.words.who') },
        { heading: t('summary.lines.when') },
        { heading: t('summary.lines.hours'), numeric: true },
        { heading: t('summary.words.weekly'), numeric: true },
        { heading: t('summary.words.annual'), numeric: true },
      ]}
      rows={lines.map((line) => ({
        key: line.id,
        cells: [line.activity, line.who, line.when, line.amount, line.weekly, line.annual],
      }))}
    />
  );
});
