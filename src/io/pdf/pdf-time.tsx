/**
 * Costs over time in the PDF, as on screen (src/present/summary-time.ts): the periods,
 * each investment's payback, the five-year projection, what starts and ends when, and the
 * cost avoided against a traditional package. The projection's chart is the screen's
 * picture of the table; the printed table carries the same figures.
 */
import type { SummaryModel } from '../../present/summary';
import { Paragraph, Section, Subheading } from './pdf-blocks';
import { FigureValues, ModelTable } from './pdf-figures';

const PERIOD_WIDTHS = ['20%', '18%', '18%', '8%', '12%', '12%', '12%'];
const INVESTMENT_WIDTHS = ['30%', '16%', '18%', '16%', '20%'];
const TIMELINE_WIDTHS = ['22%', '38%', '40%'];

/** The plan year, its dates, then the rest of the width shared by the totals. */
function projectionWidths(columns: number): string[] {
  const totals = columns - 3;
  const share = `${Math.floor(46 / Math.max(totals, 1))}%`;
  return ['14%', '20%', '20%', ...Array.from({ length: totals }, () => share)];
}

export function PdfTime({ time }: { time: SummaryModel['time'] }) {
  if (time === null) return null;
  const { investments, projection, timeline, traditional } = time;
  return (
    <Section heading={time.heading}>
      <Paragraph note>{time.intro}</Paragraph>
      <ModelTable table={time.periods} widths={PERIOD_WIDTHS} />
      {investments !== null && <Subheading>{investments.heading}</Subheading>}
      {investments !== null && <ModelTable table={investments.table} widths={INVESTMENT_WIDTHS} />}
      {projection !== null && <Subheading>{projection.heading}</Subheading>}
      {projection !== null && <Paragraph note>{projection.intro}</Paragraph>}
      {projection !== null && (
        <ModelTable
          table={projection.table}
          widths={projectionWidths(projection.table.columns.length)}
        />
      )}
      {timeline !== null && <Subheading>{timeline.heading}</Subheading>}
      {timeline !== null && <ModelTable table={timeline.table} widths={TIMELINE_WIDTHS} />}
      <Subheading>{traditional.heading}</Subheading>
      <FigureValues figures={traditional.figures} />
    </Section>
  );
}
