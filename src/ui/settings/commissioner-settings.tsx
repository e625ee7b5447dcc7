/**
 * This plan at home against each residential and nursing setting of its rate card. The
 * difference is said in words ("This plan costs £19,110.66 a year less"), as on the summary.
 */
import { useTranslation } from '../hooks/use-translation';
import { formatHours, formatMoney } from '../../domain/format';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { localise } from '../../i18n/localise';
import { directionOf, sizeOf } from '../../present/words';
import { Table } from '../components/table';
import { useLocale } from '../hooks/budget-format';
import type { MessageKey } from '../../i18n/message-keys';

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
              // In words, as the summary says it: a signed figure read backwards here.
              t(
                `summary.comparison.${directionOf(comparison.difference)}` as const satisfies MessageKey,
                {
                  amount: formatMoney(sizeOf(comparison.difference), locale),
                },
              ),
              directionOf(comparison.extraProviderHours) === 'less'
                ? t('revisions.commissioner.breakEvenNone', {
                    hours: formatHours(sizeOf(comparison.extraProviderHours), locale),
                  })
                : formatHours(comparison.extraProviderHours, locale),
            ],
          })),
        ]}
      />
      <p className="nhsuk-body-s">
        {t('revisions.commissioner.breakEvenHint', { rate: formatMoney(rate, locale) })}
      </p>
    </>
  );
}
