/** The sections of the summary, in the order a planning meeting reads them. */
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { useMemo } from 'react';
import type { Budget } from '../../domain/schema/budget';
import { summaryModel } from '../../present/summary';
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
  const model = useMemo(() => summaryModel(pricing, format), [pricing, format]);
  return (
    <>
      <SummaryIntro pricing={pricing} format={format} />
      <SummaryTotals totals={model.totals} />
      <SummaryWarnings warnings={model.warnings} budget={pricing.budget} format={format} />
      <SummaryByDomain byDomain={model.byDomain} pricing={pricing} format={format} />
      <SummaryByResource byResource={model.byResource} />
      <SummaryCarers pricing={pricing} format={format} />
      <SummaryComparison comparison={model.comparison} indicative={model.indicative} />
      <SummaryLines pricing={pricing} format={format} />
      <SummaryActions budget={budget} />
    </>
  );
}
