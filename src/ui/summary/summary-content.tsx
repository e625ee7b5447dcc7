/** The sections of the summary, in the order a planning meeting reads them. */
import { useTranslation } from '../hooks/use-translation';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { localise } from '../../i18n/localise';
import { useMemo, type ReactNode } from 'react';
import type { Budget } from '../../domain/schema/budget';
import { planStatementModel } from '../../present/plan-statement';
import { summaryModel } from '../../present/summary';
import { SpendingLink } from '../spending/spending-link';
import { SummaryActions } from './summary-actions';
import { SummaryByDomain } from './summary-by-domain';
import { SummaryByResource } from './summary-by-resource';
import { SummaryCarers } from './summary-carers';
import { SummaryComparison } from './summary-comparison';
import { useSummaryFormat } from './summary-format';
import { SummaryIntro } from './summary-intro';
import { SummaryLines } from './summary-lines';
import { SummaryOutcomes } from './summary-outcomes';
import { SummaryPlanCover } from './summary-plan-cover';
import { SummaryTotals } from './summary-totals';
import { SummaryTime } from './summary-time';
import { SummaryWarnings } from './summary-warnings';

export interface SummaryContentProps {
  readonly pricing: BudgetPricing;
  readonly budget: Budget;
  /** The day the figures are as at, and the form to choose another: after the introduction. */
  readonly asAt?: ReactNode;
}

export function SummaryContent({ pricing, budget, asAt }: SummaryContentProps) {
  const { i18n } = useTranslation();
  const format = useSummaryFormat(pricing);
  const model = useMemo(() => summaryModel(pricing, format), [pricing, format]);
  const plan = useMemo(() => planStatementModel(pricing, format), [pricing, format]);
  return (
    <>
      <SummaryIntro pricing={pricing} format={format} />
      {asAt}
      <SummaryTotals totals={model.totals} cardName={localise(pricing.card.name, i18n.language)} />
      <SummaryWarnings warnings={model.warnings} budget={pricing.budget} format={format} />
      <SummaryOutcomes outcomes={model.outcomes} budgetId={pricing.budget.id} />
      <SummaryByDomain byDomain={model.byDomain} pricing={pricing} format={format} />
      <SummaryByResource byResource={model.byResource} />
      <SummaryCarers carers={model.carers} />
      <SummaryPlanCover plan={plan} />
      <SummaryComparison comparison={model.comparison} indicative={model.indicative} />
      <SummaryTime time={model.time} formatAmount={format.money} />
      <SummaryLines pricing={pricing} format={format} />
      <SpendingLink budget={budget} />
      <SummaryActions budget={budget} />
    </>
  );
}
