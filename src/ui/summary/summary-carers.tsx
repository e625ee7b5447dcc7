/**
 * The carer-burden panel: per unpaid carer, how much the plan leans on them and every flag
 * the rate card's carer policy raises, as the summary's model says it.
 */
import type { CarersModel } from '../../present/carers';
import { SummaryCarerPanel } from './summary-carer-panel';
import { SummarySection } from './summary-section';

export interface SummaryCarersProps {
  readonly carers: CarersModel;
}

export function SummaryCarers({ carers }: SummaryCarersProps) {
  return (
    <SummarySection heading={carers.heading}>
      <p className="nhsuk-body">{carers.intro}</p>
      {carers.none !== null ? (
        <p className="nhsuk-body">{carers.none}</p>
      ) : (
        carers.carers.map((panel) => <SummaryCarerPanel key={panel.id} panel={panel} />)
      )}
    </SummarySection>
  );
}
