/**
 * Hours and cost by who gives the support: the four resources and expenses. Each name is
 * explained under it, as people reading about their own care may not know the words.
 */
import type { SummaryModel } from '../../present/summary';
import { FigureTable } from './summary-figures';
import { SummarySection } from './summary-section';

export function SummaryByResource({ byResource }: { byResource: SummaryModel['byResource'] }) {
  return (
    <SummarySection heading={byResource.heading}>
      <FigureTable table={byResource.table} responsive />
      {byResource.sleepInNote !== null && <p className="nhsuk-body">{byResource.sleepInNote}</p>}
      {byResource.employerNote !== null && <p className="nhsuk-body">{byResource.employerNote}</p>}
    </SummarySection>
  );
}
