/**
 * Home against each care-home setting of the card (pricing.settings), then against the
 * indicative sum (pricing.indicative). Differences are said in words, never as a minus sign.
 */
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { SummaryList } from '../components/summary-list';
import { Table } from '../components/table';
import { directionOf, sizeOf, type SummaryFormat } from './summary-format';
import { SummarySection } from './summary-section';

export interface SummaryComparisonProps {
  readonly pricing: BudgetPricing;
  readonly format: SummaryFormat;
}

export function SummaryComparison({ pricing, format }: SummaryComparisonProps) {
  const { t, money, hours, localise } = format;
  const { settings, indicative } = pricing;
  const hasFnc = settings.some((comparison) => comparison.setting.fncWeekly !== undefined);
  const indicativeDirection = indicative === null ? 'same' : directionOf(indicative.difference);
  return (
    <SummarySection heading={t('summary.comparison.heading')}>
      {settings.length > 0 && (
        <>
          <p className="nhsuk-body">{t('summary.comparison.intro')}</p>
          <Table
            caption={t('summary.comparison.caption')}
            captionSize="s"
            firstCellIsHeader
            responsive
            columns={[
              { heading: t('summary.comparison.setting') },
              { heading: t('summary.comparison.weekly'), numeric: true },
              { heading: t('summary.comparison.annual'), numeric: true },
              { heading: t('summary.comparison.difference') },
            ]}
            rows={settings.map((comparison) => ({
              key: comparison.setting.id,
              cells: [
                localise(comparison.setting.name),
                comparison.setting.fncWeekly === undefined ? (
                  money(comparison.weekly)
                ) : (
                  <span className="app-summary-named">
                    {money(comparison.weekly)}
                    <span className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-display-block nhsuk-u-margin-bottom-0">
                      {t('summary.comparison.withFnc', {
                        fee: money(comparison.setting.weeklyFee),
                        fnc: money(comparison.setting.fncWeekly),
                      })}
                    </span>
                  </span>
                ),
                money(comparison.annual),
                t(`summary.comparison.${directionOf(comparison.difference)}`, {
                  amount: money(sizeOf(comparison.difference)),
                }),
              ],
            }))}
          />
          {hasFnc && <p className="nhsuk-body">{t('summary.comparison.fncExplained')}</p>}
          <h3 className="nhsuk-heading-m">{t('summary.comparison.headroomHeading')}</h3>
          <p className="nhsuk-body">
            {t('summary.comparison.headroomIntro', {
              rate: money(pricing.card.registeredProvider.standard.day.weekday),
            })}
          </p>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {settings.map((comparison) => (
              <li key={comparison.setting.id}>
                {comparison.extraProviderHours.isNegative()
                  ? t('summary.comparison.headroomNone', {
                      setting: localise(comparison.setting.name),
                      hours: hours(sizeOf(comparison.extraProviderHours)),
                    })
                  : t('summary.comparison.headroom', {
                      setting: localise(comparison.setting.name),
                      hours: hours(comparison.extraProviderHours),
                    })}
              </li>
            ))}
          </ul>
        </>
      )}
      {indicative !== null && (
        <>
          <h3 className="nhsuk-heading-m">{t('summary.comparison.indicativeHeading')}</h3>
          <p className="nhsuk-body">{t('summary.comparison.indicativeIntro')}</p>
          <SummaryList
            label={t('summary.comparison.indicativeLabel')}
            rows={[
              {
                key: t('summary.comparison.indicative'),
                value: t('summary.comparison.indicativeValue', {
                  amount: money(indicative.amount),
                }),
              },
              {
                key: t('summary.comparison.plan'),
                value: t('summary.comparison.planValue', { amount: money(pricing.totals.annual) }),
              },
              {
                key: t('summary.comparison.indicativeDifference'),
                value: t(`summary.comparison.${INDICATIVE_WORDS[indicativeDirection]}`, {
                  amount: money(sizeOf(indicative.difference)),
                }),
              },
            ]}
          />
        </>
      )}
    </SummarySection>
  );
}

/** The indicative difference is the plan less the sum: less is under it, more is over it. */
const INDICATIVE_WORDS = { less: 'under', more: 'over', same: 'equal' } as const;
