/** The sections of the summary, in the order a planning meeting reads them. */
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import type { Budget } from '../../domain/schema/budget';
import { SummaryActions } from './summary-actions';
import { SummaryByDomain } from './summary-by-domain';
import { SummaryByResource } from './summary-by-resource';
import { SummaryCarers } from './summary-carers';
import { SummaryComparison } from './summary-comparison';
import { useSummaryFormat } from './summary-format';
import { SummaryIntro } from './summary-intro';
import { SummaryLines } from './summary-lines';
import { SummaryTotals } from './summary-totals';
import { SummaryWarnings } from './summary-warnings';

export interface SummaryContentProps {
  readonly pricing: BudgetPricing;
  readonly budget: Budget;
}

export function SummaryContent({ pricing, budget }: SummaryContentProps) {
  const format = useSummaryFormat(pricing);
  return (
    <>
      <SummaryIntro pricing={pricing} format={format} />
      <SummaryTotals pricing={pricing} format={format} />
      <SummaryWarnings pricing={pricing} format={format} />
      <SummaryByDomain pricing={pricing} format={format} />
      <SummaryByResource pricing={pricing} format={format} />
      <SummaryCarers pricing={pricing} format={format} />
      <SummaryComparison pricing={pricing} format={format} />
      <SummaryLines pricing={pricing} format={format} />
      <SummaryActions budget={budget} />
    </>
  );
}
