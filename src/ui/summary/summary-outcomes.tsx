/** What each of the person's outcomes costs, with a link to write them when there are none. */
import type { SummaryModel } from '../../present/summary';
import { href } from '../routes';
import { FigureTable } from './summary-figures';
import { SummarySection } from './summary-section';

export interface SummaryOutcomesProps {
  readonly outcomes: SummaryModel['outcomes'];
  readonly budgetId: string;
}

export function SummaryOutcomes({ outcomes, budgetId }: SummaryOutcomesProps) {
  return (
    <SummarySection heading={outcomes.heading}>
      {outcomes.table === null ? (
        <p className="nhsuk-body">
          <a className="nhsuk-link" href={href({ page: 'outcomes', budgetId })}>
            {outcomes.none}
          </a>
        </p>
      ) : (
        <>
          <p className="nhsuk-body">{outcomes.intro}</p>
          <FigureTable table={outcomes.table} responsive />
        </>
      )}
    </SummarySection>
  );
}
