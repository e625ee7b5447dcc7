/** One area of life's need lines: what, who, when, hours (or nights) and cost. */
import { memo } from 'react';
import type { PricedLine } from '../../domain/pricing/line';
import { Table } from '../components/table';
import { whenItHappens, whoGivesIt } from '../../present/words';
import type { SummaryFormat } from './summary-format';

export interface SummaryLinesTableProps {
  readonly caption: string;
  readonly lines: readonly PricedLine[];
  readonly format: SummaryFormat;
}

// Memoised: a long plan re-renders only the areas whose lines changed.
export const SummaryLinesTable = memo(function SummaryLinesTable({
  caption,
  lines,
  format,
}: SummaryLinesTableProps) {
  const { t, money, hours } = format;
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
      rows={lines.map((priced) => ({
        key: priced.line.id,
        cells: [
          priced.line.activity,
          whoGivesIt(priced.line, format.t, format.labels),
          whenItHappens(priced.line, format.t),
          priced.line.kind === 'sleep-in'
            ? t('summary.words.nights', { count: priced.nights })
            : hours(priced.hours),
          money(priced.weekly),
          money(priced.annual),
        ],
      }))}
    />
  );
});
