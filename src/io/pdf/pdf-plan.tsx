/**
 * The plan around the money in the PDF (docs/plan-around-money.md): the person's outcomes
 * and what each costs, the risks and the priced contingency, reviews, who pays, and the
 * agreement the signatures close. Every figure and word comes from the present models
 * (src/present/summary-outcomes.ts, src/present/plan-statement.ts).
 */
import type { OutcomesModel } from '../../present/summary-outcomes';
import type { PlanStatementModel } from '../../present/plan-statement';
import { Paragraph, Section } from './pdf-blocks';
import { FigureValues, ModelTable } from './pdf-figures';

export function PdfOutcomes({ outcomes }: { outcomes: OutcomesModel }) {
  return (
    <Section heading={outcomes.heading}>
      {outcomes.table === null ? (
        <Paragraph>{outcomes.none}</Paragraph>
      ) : (
        <>
          <Paragraph note>{outcomes.intro}</Paragraph>
          <ModelTable table={outcomes.table} widths={['46%', '18%', '18%', '18%']} />
        </>
      )}
    </Section>
  );
}

export function PdfRisks({ risks }: { risks: PlanStatementModel['risks'] }) {
  return (
    <Section heading={risks.heading}>
      <Paragraph note>{risks.intro}</Paragraph>
      {risks.table === null ? (
        <Paragraph>{risks.none}</Paragraph>
      ) : (
        <ModelTable table={risks.table} widths={['40%', '15%', '45%']} />
      )}
    </Section>
  );
}

export function PdfContingency({
  contingency,
}: {
  contingency: PlanStatementModel['contingency'];
}) {
  return (
    <Section heading={contingency.heading} keep>
      <Paragraph note>{contingency.intro}</Paragraph>
      {contingency.table === null ? (
        <Paragraph>{contingency.none}</Paragraph>
      ) : (
        <ModelTable table={contingency.table} widths={['56%', '22%', '22%']} />
      )}
      {contingency.counted !== null && <Paragraph>{contingency.counted}</Paragraph>}
    </Section>
  );
}

export function PdfReviews({ reviews }: { reviews: PlanStatementModel['reviews'] }) {
  return (
    <Section heading={reviews.heading} keep>
      <Paragraph note>{reviews.intro}</Paragraph>
      <FigureValues figures={reviews.entries} />
    </Section>
  );
}

export function PdfWhoPays({ whoPays }: { whoPays: PlanStatementModel['whoPays'] }) {
  return (
    <Section heading={whoPays.heading} keep>
      <Paragraph note>{whoPays.intro}</Paragraph>
      {whoPays.table === null ? (
        <Paragraph>{whoPays.none}</Paragraph>
      ) : (
        <ModelTable table={whoPays.table} widths={['46%', '18%', '18%', '18%']} />
      )}
      {whoPays.notes.map((note) => (
        <Paragraph key={note} note>
          {note}
        </Paragraph>
      ))}
    </Section>
  );
}

export function PdfAgreement({ agreement }: { agreement: PlanStatementModel['agreement'] }) {
  return (
    <Section heading={agreement.heading} keep>
      <FigureValues figures={agreement.entries} />
      <Paragraph>{agreement.intro}</Paragraph>
    </Section>
  );
}
