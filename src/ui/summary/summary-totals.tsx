/** The totals of the plan and the one rounding rule behind every figure on the page. */
import type { SummaryModel } from '../../present/summary';
import { FigureList } from './summary-figures';
import { SummarySection } from './summary-section';

export function SummaryTotals({ totals }: { totals: SummaryModel['totals'] }) {
  return (
    <SummarySection heading={totals.heading}>
      <FigureList label={totals.label} figures={totals.figures} />
      <p className="nhsuk-body">{totals.rounding}</p>
    </SummarySection>
  );
}
