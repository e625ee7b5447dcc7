/**
 * A table of figures of a rate card, each with its sources beside it: the shape of every
 * table on the card's page. Rows give the figure's path in the card (as sources name it).
 */
import type { ReactNode } from 'react';
import { useTranslation } from '../hooks/use-translation';
import type { RateCard } from '../../domain/schema/rate-card';
import { sourcesOf, type Source } from '../../domain/schema/rate-card-sources';
import { Table } from '../components/table';
import { RateCardSourceCell, sameSources } from './rate-card-source-cell';

export interface FigureRow {
  readonly key: string;
  readonly label: ReactNode;
  /** Cells between the label and the source, such as the amount. */
  readonly cells: readonly ReactNode[];
  /** The figures the source cell is for: their sources, each once. */
  readonly figures: readonly string[];
}

export interface FigureTableProps {
  readonly card: RateCard;
  readonly caption: ReactNode;
  readonly hint?: string | undefined;
  readonly labelHeading: string;
  readonly headings: readonly string[];
  readonly rows: readonly FigureRow[];
}

export function RateCardFigureTable({
  card,
  caption,
  hint,
  labelHeading,
  headings,
  rows,
}: FigureTableProps) {
  const { t } = useTranslation();
  const sourcesByRow: Source[][] = rows.map((row) => [
    ...new Set(row.figures.flatMap((figure) => sourcesOf(card, figure))),
  ]);
  const tableRows = rows.map((row, index) => {
    const sources = sourcesByRow[index] ?? [];
    const cell = (
      <RateCardSourceCell
        sources={sources}
        sameAsAbove={sameSources(sourcesByRow[index - 1], sources)}
      />
    );
    return { key: row.key, cells: [row.label, ...row.cells, cell] };
  });
  return (
    <div className="app-rate-card-table">
      <Table
        caption={
          <>
            {caption}
            {hint !== undefined && <span className="app-rate-card-table__hint">{hint}</span>}
          </>
        }
        captionSize="m"
        firstCellIsHeader
        responsive
        columns={[
          { heading: labelHeading },
          ...headings.map((heading) => ({ heading, numeric: true })),
          { heading: t('rateCards.view.source') },
        ]}
        rows={tableRows}
      />
    </div>
  );
}
