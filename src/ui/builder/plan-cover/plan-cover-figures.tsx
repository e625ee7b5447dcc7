/**
 * The contingency and who pays as the summary and the PDF show them (plan-statement.ts's
 * rows and words), and the same shown live under a form: priced from the plan with what the
 * form holds, once the form reads; until then, a word saying what is awaited.
 */
import { useTranslation } from '../../hooks/use-translation';
import type { BudgetPricing } from '../../../domain/pricing/price-budget';
import { planStatementModel } from '../../../present/plan-statement';
import type { PricingState } from '../../hooks/use-budget';
import { FigureTable } from '../../summary/summary-figures';
import { useSummaryFormat } from '../../summary/summary-format';

export type CoverPart = 'contingency' | 'whoPays';

export function PlanCoverFigures({ pricing, part }: { pricing: BudgetPricing; part: CoverPart }) {
  const format = useSummaryFormat(pricing);
  const model = planStatementModel(pricing, format);
  const section = model[part];
  if (section.table === null) return <p className="nhsuk-body">{section.none}</p>;
  const notes =
    part === 'contingency'
      ? model.contingency.counted === null
        ? []
        : [model.contingency.counted]
      : model.whoPays.notes;
  return (
    <>
      <FigureTable table={section.table} responsive />
      {notes.map((note) => (
        <p key={note} className="nhsuk-body">
          {note}
        </p>
      ))}
    </>
  );
}

export interface LiveFiguresProps {
  readonly id: string;
  readonly heading: string;
  /** Said while the form does not yet read. */
  readonly waiting: string;
  /** The plan priced with what the form holds; undefined while the form does not read. */
  readonly preview: PricingState | undefined;
  readonly part: CoverPart;
}

/** Announced politely as it changes, so a screen reader hears the new figures after typing. */
export function LiveFigures({ id, heading, waiting, preview, part }: LiveFiguresProps) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite" id={id}>
      <h2 className="nhsuk-heading-m">{heading}</h2>
      {preview?.kind === 'priced' ? (
        <PlanCoverFigures pricing={preview.pricing} part={part} />
      ) : (
        <p className="nhsuk-body">
          {preview === undefined ? waiting : t('planCover.pages.cannotPrice')}
        </p>
      )}
    </div>
  );
}
