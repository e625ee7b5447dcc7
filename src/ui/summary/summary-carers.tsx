/**
 * The carer-burden panel: per unpaid carer, how much the plan leans on them and every flag
 * the rate card's carer policy raises, from pricing.carers.
 */
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { SummaryCarerPanel } from './summary-carer-panel';
import type { SummaryFormat } from './summary-format';
import { SummarySection } from './summary-section';

export interface SummaryCarersProps {
  readonly pricing: BudgetPricing;
  readonly format: SummaryFormat;
}

export function SummaryCarers({ pricing, format }: SummaryCarersProps) {
  const { t } = format;
  return (
    <SummarySection heading={t('summary.carers.heading')}>
      <p className="nhsuk-body">{t('summary.carers.intro')}</p>
      {pricing.carers.length === 0 ? (
        <p className="nhsuk-body">{t('summary.carers.none')}</p>
      ) : (
        pricing.carers.map((burden) => (
          <SummaryCarerPanel key={burden.carer.id} burden={burden} format={format} />
        ))
      )}
    </SummarySection>
  );
}
