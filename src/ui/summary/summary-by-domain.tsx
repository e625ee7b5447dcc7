/**
 * Cost by area of life: every domain of the card and General, from pricing.byDomain, as a
 * table and as a chart of the same figures. Hours are not split by domain in the pricing,
 * so they are shown by who gives the support, in the next section.
 */
import { useMemo } from 'react';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { Table } from '../components/table';
import { SummaryChart, type ChartBar } from './summary-chart';
import type { SummaryFormat } from './summary-format';
import { SummarySection } from './summary-section';

export interface SummaryByDomainProps {
  readonly pricing: BudgetPricing;
  readonly format: SummaryFormat;
}

export function SummaryByDomain({ pricing, format }: SummaryByDomainProps) {
  const { t, money, labels } = format;
  const domains = useMemo(() => [...pricing.byDomain], [pricing]);
  const bars = useMemo(
    (): ChartBar[] =>
      domains.map(([id, amounts]) => ({ id, label: labels.domain(id), amount: amounts.annual })),
    [domains, labels],
  );
  return (
    <SummarySection heading={t('summary.byDomain.heading')}>
      <p className="nhsuk-body">{t('summary.byDomain.intro')}</p>
      <Table
        caption={t('summary.byDomain.caption')}
        captionSize="s"
        firstCellIsHeader
        columns={[
          { heading: t('summary.byDomain.area') },
          { heading: t('summary.byDomain.weekly'), numeric: true },
          { heading: t('summary.byDomain.annual'), numeric: true },
        ]}
        rows={domains.map(([id, amounts]) => ({
          key: id,
          cells: [labels.domain(id), money(amounts.weekly), money(amounts.annual)],
        }))}
      />
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
