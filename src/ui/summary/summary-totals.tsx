/** The four totals of the plan and the one rounding rule behind every figure on the page. */
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { SummaryList } from '../components/summary-list';
import type { SummaryFormat } from './summary-format';
import { SummarySection } from './summary-section';

export interface SummaryTotalsProps {
  readonly pricing: BudgetPricing;
  readonly format: SummaryFormat;
}

export function SummaryTotals({ pricing, format }: SummaryTotalsProps) {
  const { t, money } = format;
  const { weekly, annual, oneOff, firstYear } = pricing.totals;
  const key = (name: string, hint?: string) =>
    hint === undefined ? (
      t(name)
    ) : (
      <>
        {t(name)}
        <span className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-display-block nhsuk-u-font-weight-normal nhsuk-u-margin-bottom-0">
          {t(hint)}
        </span>
      </>
    );
  const figure = (amount: typeof weekly) => <span className="app-figure">{money(amount)}</span>;
  return (
    <SummarySection heading={t('summary.totals.heading')}>
      <SummaryList
        label={t('summary.totals.label')}
        rows={[
          { key: key('summary.totals.weekly'), value: figure(weekly) },
          { key: key('summary.totals.annual'), value: figure(annual) },
          { key: key('summary.totals.oneOff', 'summary.totals.oneOffHint'), value: figure(oneOff) },
          {
            key: key('summary.totals.firstYear', 'summary.totals.firstYearHint'),
            value: figure(firstYear),
          },
        ]}
      />
      <p className="nhsuk-body">{t('summary.totals.rounding')}</p>
    </SummarySection>
  );
}
