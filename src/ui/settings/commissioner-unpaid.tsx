/** What the plan would cost if its unpaid carers could no longer care, at PA and provider rates. */
import { useMemo } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { valueUnpaidCare } from '../../domain/commissioner';
import { formatHours, formatMoney } from '../../domain/format';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { Table } from '../components/table';
import { useLocale } from '../hooks/budget-format';

export function CommissionerUnpaid({ pricing }: { pricing: BudgetPricing }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const value = useMemo(() => valueUnpaidCare(pricing), [pricing]);
  if (value === null) return <p className="nhsuk-body">{t('revisions.commissioner.unpaidNone')}</p>;
  const row = (key: 'personal-assistant' | 'registered-provider', label: string) => {
    const diff = value.byResource[key];
    return {
      key,
      cells: [
        label,
        formatMoney(diff.totals.weekly, locale),
        formatMoney(diff.totals.annual, locale),
        formatMoney(diff.to.totals.weekly, locale),
        formatMoney(diff.to.totals.annual, locale),
      ],
    };
  };
  return (
    <>
      <p className="nhsuk-body">
        {t('revisions.commissioner.unpaidIntro', {
          hours: formatHours(value.hours, locale),
          nights:
            value.nights === 0
              ? ''
              : t('revisions.commissioner.unpaidNights', { count: value.nights }),
        })}
      </p>
      <Table
        caption={t('revisions.commissioner.unpaidCaption')}
        captionSize="s"
        firstCellIsHeader
        responsive
        columns={[
          { heading: t('revisions.commissioner.whoInstead') },
          { heading: t('revisions.commissioner.extra'), numeric: true },
          { heading: t('revisions.commissioner.extraAnnual'), numeric: true },
          { heading: t('revisions.commissioner.planWeekly'), numeric: true },
          { heading: t('revisions.commissioner.planAnnual'), numeric: true },
        ]}
        rows={[
          row('personal-assistant', t('revisions.commissioner.byPa')),
          row('registered-provider', t('revisions.commissioner.byProvider')),
        ]}
      />
    </>
  );
}
