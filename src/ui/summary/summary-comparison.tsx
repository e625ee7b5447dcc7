/**
 * Home against each care-home setting of the card, then against the indicative sum.
 * Differences are said in words, never as a minus sign (src/present/summary.ts).
 */
import type { SummaryModel } from '../../present/summary';
import { FigureList, FigureTable } from './summary-figures';
import { SummarySection } from './summary-section';

export interface SummaryComparisonProps {
  readonly comparison: SummaryModel['comparison'];
  readonly indicative: SummaryModel['indicative'];
}

export function SummaryComparison({ comparison, indicative }: SummaryComparisonProps) {
  return (
    <SummarySection heading={comparison.heading}>
      {comparison.table.rows.length === 0 ? (
        <p className="nhsuk-body">{comparison.none}</p>
      ) : (
        <>
          <p className="nhsuk-body">{comparison.intro}</p>
          <FigureTable table={comparison.table} responsive />
          {comparison.fncNote !== null && <p className="nhsuk-body">{comparison.fncNote}</p>}
          <h3 className="nhsuk-heading-m">{comparison.headroomHeading}</h3>
          <p className="nhsuk-body">{comparison.headroomIntro}</p>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {comparison.headroom.map((sentence, index) => (
              <li key={comparison.table.rows[index]?.id ?? index}>{sentence}</li>
            ))}
          </ul>
        </>
      )}
      <h3 className="nhsuk-heading-m">{indicative.heading}</h3>
      <p className="nhsuk-body">{indicative.intro}</p>
      {indicative.figures.length === 0 ? (
        <p className="nhsuk-body">{indicative.none}</p>
      ) : (
        <FigureList label={indicative.label} figures={indicative.figures} />
      )}
    </SummarySection>
  );
}
