/**
 * The plan around the money on the summary, as the PDF has it: the risks, the priced
 * contingency (apart from the budget's total, and in it when the plan says so), and who
 * pays, the personal budget statement. Rows and words are plan-statement.ts's.
 */
import type { PlanStatementModel } from '../../present/plan-statement';
import { FigureTable } from './summary-figures';
import { SummarySection } from './summary-section';

type Section = PlanStatementModel['risks'];

function PlanSection({ section, children }: { section: Section; children?: React.ReactNode }) {
  return (
    <SummarySection heading={section.heading}>
      <p className="nhsuk-body">{section.intro}</p>
      {section.table === null ? (
        <p className="nhsuk-body">{section.none}</p>
      ) : (
        <FigureTable table={section.table} responsive />
      )}
      {children}
    </SummarySection>
  );
}

export function SummaryPlanCover({ plan }: { plan: PlanStatementModel }) {
  return (
    <>
      <PlanSection section={plan.risks} />
      <PlanSection section={plan.contingency}>
        {plan.contingency.counted !== null && (
          <p className="nhsuk-body">{plan.contingency.counted}</p>
        )}
      </PlanSection>
      <PlanSection section={plan.whoPays}>
        {plan.whoPays.notes.map((note) => (
          <p key={note} className="nhsuk-body-s">
            {note}
          </p>
        ))}
      </PlanSection>
    </>
  );
}
