/**
 * Costs over time (src/present/summary-time.ts): the plan year, this financial year and
 * its quarters; each investment's payback; the five-year projection as a table and as a
 * chart of the same figures; what starts and ends when; and the cost avoided against a
 * traditional package. Shown only when the plan has a start.
 */
import type { SummaryModel } from '../../present/summary';
import type { Money } from '../../domain/money';
import { SummaryChart } from './summary-chart';
import { FigureList, FigureTable } from './summary-figures';
import { SummarySection } from './summary-section';

export interface SummaryTimeProps {
  readonly time: SummaryModel['time'];
  readonly formatAmount: (amount: Money) => string;
}

export function SummaryTime({ time, formatAmount }: SummaryTimeProps) {
  if (time === null) return null;
  const { investments, projection, timeline, traditional } = time;
  return (
    <SummarySection heading={time.heading}>
      <p className="nhsuk-body">{time.intro}</p>
      <FigureTable table={time.periods} responsive />
      {investments !== null && (
        <>
          <h3 className="nhsuk-heading-m">{investments.heading}</h3>
          <FigureTable table={investments.table} responsive />
        </>
      )}
      {projection !== null && (
        <>
          <h3 className="nhsuk-heading-m">{projection.heading}</h3>
          <p className="nhsuk-body">{projection.intro}</p>
          <FigureTable table={projection.table} responsive />
          <SummaryChart
            bars={projection.chart.bars}
            title={projection.chart.title}
            description={projection.chart.description}
            tableNote={projection.chart.tableNote}
            formatAmount={formatAmount}
          />
        </>
      )}
      {timeline !== null && (
        <>
          <h3 className="nhsuk-heading-m">{timeline.heading}</h3>
          <FigureTable table={timeline.table} responsive />
        </>
      )}
      <h3 className="nhsuk-heading-m">{traditional.heading}</h3>
      <FigureList label={traditional.label} figures={traditional.figures} />
    </SummarySection>
  );
}
