/** This plan at home against each residential and nursing setting of its rate card. */
import { useTranslation } from 'react-i18next';
import { formatHours, formatMoney } from '../../domain/format';
import { formatHoursChange, formatMoneyChange } from '../../domain/format-change';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { localise } from '../../i18n/localise';
import { Table } from '../components/table';
import { useLocale } from '../hooks/budget-format';
import { noWrap } from '../components/no-wrap';

export function CommissionerSettings({ pricing }: { pricing: BudgetPricing }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const rate = pricing.card.registeredProvider.standard.day.weekday;
  return (
    <>
      <Table
        caption={t('revisions.commissioner.settingsCaption')}
        firstCellIsHeader
        responsive
        columns={[
          { heading: t('revisions.commissioner.setting') },
          { heading: t('revisions.commissioner.weekly'), numeric: true },
          { heading: t('revisions.commissioner.annual'), numeric: true },
          { heading: t('revisions.commissioner.difference'), numeric: true },
          { heading: t('revisions.commissioner.breakEven'), numeric: true },
        ]}
        rows={[
          {
            key: 'home',
            cells: [
              t('revisions.commissioner.homeRow'),
              formatMoney(pricing.totals.weekly, locale),
              formatMoney(pricing.totals.annual, locale),
              '—',
              '—',
            ],
          },
          ...pricing.settings.map((comparison) => ({
            key: comparison.setting.id,
            cells: [
              localise(comparison.setting.name, i18n.language),
              formatMoney(comparison.weekly, locale),
              formatMoney(comparison.annual, locale),
              noWrap(formatMoneyChange(comparison.difference, locale)),
              comparison.extraProviderHours.isNegative()
                ? noWrap(formatHoursChange(comparison.extraProviderHours, locale))
                : formatHours(comparison.extraProviderHours, locale),
            ],
          })),
        ]}
      />
      <p className="nhsuk-body-s">{t('revisions.commissioner.breakEvenHint', { rate: formatMoney(rate, locale) })}</p>
    </>
  );
}
