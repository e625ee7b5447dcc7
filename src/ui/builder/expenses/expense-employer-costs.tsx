/**
 * What employing a personal assistant costs beyond their pay (insurance, payroll), read-only:
 * the figures are the rate card's, and pricing rule 6 counts them once whenever the plan
 * has any personal assistant line.
 */
import { useTranslation } from '../../hooks/use-translation';
import { formatMoney, type Locale } from '../../../domain/format';
import type { PricedAmount } from '../../../domain/pricing/amounts';
import { localise } from '../../../i18n/localise';
import { Table } from '../../components/table';
import type { MessageKey } from '../../../i18n/message-keys';

export interface ExpenseEmployerCostsProps {
  readonly costs: readonly PricedAmount[];
  readonly locale: Locale;
}

export function ExpenseEmployerCosts({ costs, locale }: ExpenseEmployerCostsProps) {
  const { t, i18n } = useTranslation();
  const money = (amount: PricedAmount['amount']) => formatMoney(amount, locale);
  return (
    <>
      <h2 className="nhsuk-heading-m">{t('expenses.employer.heading')}</h2>
      <div className="nhsuk-u-reading-width">
        <p>{t('expenses.employer.intro')}</p>
        <p>{t('expenses.employer.source')}</p>
      </div>
      <Table
        caption={t('expenses.employer.caption')}
        captionSize="s"
        firstCellIsHeader
        responsive
        columns={[
          { heading: t('expenses.employer.cost') },
          { heading: t('expenses.table.amount'), numeric: true },
          { heading: t('expenses.table.weekly'), numeric: true },
          { heading: t('expenses.table.annual'), numeric: true },
          { heading: t('expenses.table.oneOff'), numeric: true },
        ]}
        rows={costs.map((cost) => ({
          key: cost.id,
          cells: [
            localise(cost.description, i18n.language),
            t(`expenses.per.${cost.frequency}` as const satisfies MessageKey, {
              amount: money(cost.amount),
            }),
            money(cost.weekly),
            money(cost.annual),
            money(cost.oneOff),
          ],
        }))}
      />
    </>
  );
}
