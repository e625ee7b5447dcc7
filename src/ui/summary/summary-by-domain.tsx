/**
 * Cost by area of life: every domain of the card and General, as a table and as a chart
 * of the same figures. Hours are not split by domain in the pricing, so they are shown by
 * who gives the support, in the next section.
 */
import { useMemo } from 'react';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import type { SummaryModel } from '../../present/summary';
import { SummaryChart, type ChartBar } from './summary-chart';
import { FigureTable } from './summary-figures';
import type { SummaryFormat } from './summary-format';
import { SummarySection } from './summary-section';

export interface SummaryByDomainProps {
  readonly byDomain: SummaryModel['byDomain'];
  readonly pricing: BudgetPricing;
  readonly format: SummaryFormat;
}

export function SummaryByDomain({ byDomain, pricing, format }: SummaryByDomainProps) {
  const { t, money, labels } = format;
  const bars = useMemo(
    (): ChartBar[] =>
      [...pricing.byDomain].map(([id, amounts]) => ({
        id,
        label: labels.domain(id),
        amount: amounts.annual,
      })),
    [pricing, labels],
  );
  return (
    <SummarySection heading={byDomain.heading}>
      <p className="nhsuk-body">{byDomain.intro}</p>
      <FigureTable table={byDomain.table} responsive />
      <SummaryChart
        bars={bars}
        title={t('summary.chart.title')}
        description={t('summary.chart.description')}
        tableNote={t('summary.chart.tableNote')}
        formatAmount={money}
      />
      <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">
        {t('summary.byDomain.hoursNote')}
      </p>
    </SummarySection>
  );
}
