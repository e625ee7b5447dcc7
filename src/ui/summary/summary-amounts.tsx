/**
 * Expenses, investments (shown apart: they should reduce future need) and the costs of
 * employing a personal assistant, each priced by the domain (pricing rule 6).
 */
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { SummaryAmountsTable } from './summary-amounts-table';
import type { SummaryFormat } from './summary-format';

export interface SummaryAmountsProps {
  readonly pricing: BudgetPricing;
  readonly format: SummaryFormat;
}

export function SummaryAmounts({ pricing, format }: SummaryAmountsProps) {
  const { t } = format;
  const expenses = pricing.expenses.filter((amount) => amount.kind === 'expense');
  const investments = pricing.expenses.filter((amount) => amount.kind === 'investment');
  return (
    <>
      <h3 className="nhsuk-heading-m">{t('summary.amounts.expensesCaption')}</h3>
      {expenses.length === 0 ? (
        <p className="nhsuk-body">{t('summary.amounts.noExpenses')}</p>
      ) : (
        <>
          <p className="nhsuk-body">{t('summary.amounts.expensesIntro')}</p>
          <SummaryAmountsTable
            caption={t('summary.amounts.expensesCaption')}
            amounts={expenses}
            format={format}
          />
        </>
      )}
      {investments.length > 0 && (
        <>
          <h3 className="nhsuk-heading-m">{t('summary.amounts.investmentsCaption')}</h3>
          <p className="nhsuk-body">{t('summary.amounts.investmentsIntro')}</p>
          <SummaryAmountsTable
            caption={t('summary.amounts.investmentsCaption')}
            amounts={investments}
            format={format}
          />
        </>
      )}
      {pricing.employerCosts.length > 0 && (
        <>
          <h3 className="nhsuk-heading-m">{t('summary.amounts.employerCaption')}</h3>
          <p className="nhsuk-body">{t('summary.amounts.employerIntro')}</p>
          <SummaryAmountsTable
            caption={t('summary.amounts.employerCaption')}
            amounts={pricing.employerCosts}
            format={format}
            employerCosts
          />
        </>
      )}
    </>
  );
}
