/**
 * The working of one line's cost, step by step as the text report shows it, so a person
 * can check it with a calculator: each group of days as hours × rate = amount, the one
 * rounding to the penny, then the year. Every figure is the domain's; none is made here.
 */
import { useTranslation } from 'react-i18next';
import { formatExact, formatMoney, formatRate } from '../../../domain/format';
import type { PricedLine, Segment } from '../../../domain/pricing/line';
import type { BudgetPricing } from '../../../domain/pricing/price-budget';
import { paOnCostPercent } from '../../../domain/pricing/rates';
import { agreedWorking, sharedWorking } from '../../../present/package-working';
import { useLocale } from '../../hooks/budget-format';
import { dayWords } from './line-words';

export interface LineWorkingProps {
  readonly priced: PricedLine;
  readonly pricing: BudgetPricing;
}

export function LineWorking({ priced, pricing }: LineWorkingProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { line } = priced;

  const step = (segment: Segment) => {
    const days = dayWords(segment.days, t);
    const rate = formatRate(segment.rate);
    const amount = formatRate(segment.amount);
    if (line.kind === 'sleep-in') {
      return t('lines.preview.sleepInStep', {
        days,
        nights: t('lines.amount.nights', { count: priced.nights }),
        rate,
        amount,
      });
    }
    return t('lines.preview.visitsStep', {
      days,
      hours: formatExact(segment.quantity),
      rate,
      amount,
    });
  };
  const detail = (segment: Segment) =>
    line.kind === 'sleep-in'
      ? t('lines.count.workers', { count: line.workers })
      : t('lines.preview.visitsDetail', {
          dayCount: t('lines.count.days', { count: segment.days.length }),
          visits: t('lines.count.visits', { count: line.visitsPerDay }),
          minutes: t('lines.count.minutes', { count: line.minutes }),
          workers: t('lines.count.workers', { count: line.workers }),
        });

  // A PA's rate is their pay with on-costs added; weekday and weekend pay may differ.
  const paRates =
    line.resource === 'personal-assistant'
      ? [
          ...new Set(
            priced.segments.map((segment) =>
              t('lines.preview.paRate', {
                pay: formatRate(segment.baseRate),
                percent: formatExact(paOnCostPercent(pricing.card)),
                rate: formatRate(segment.rate),
                per: t(
                  segment.unit === 'night' ? 'lines.preview.perNight' : 'lines.preview.perHour',
                ),
              }),
            ),
          ),
        ]
      : [];

  const money = (amount: Parameters<typeof formatMoney>[0]) => formatMoney(amount, locale);
  return (
    <>
      <h3 className="nhsuk-heading-s">{t('lines.preview.workingHeading')}</h3>
      {[...agreedWorking(priced, pricing.card, t, money), ...paRates].map((text) => (
        <p className="nhsuk-body" key={text}>
          {text}
        </p>
      ))}
      <ul className="nhsuk-list">
        {priced.segments.map((segment) => (
          <li key={segment.days.join(' ')}>
            <span className="app-figure">{step(segment)}</span>
            <span className="nhsuk-u-display-block nhsuk-u-secondary-text-colour nhsuk-u-font-size-16">
              {detail(segment)}
            </span>
          </li>
        ))}
      </ul>
      {sharedWorking(priced, t).map((text) => (
        <p className="nhsuk-body app-figure" key={text}>
          {text}
        </p>
      ))}
      {/* Rounding happens once, on the week's exact sum (pricing rule 3). */}
      {priced.exactWeekly.decimalPlaces() > 2 && (
        <p className="nhsuk-body app-figure">
          {t('lines.preview.rounds', {
            exact: formatRate(priced.exactWeekly),
            weekly: formatMoney(priced.weekly, locale),
          })}
        </p>
      )}
      <p className="nhsuk-body app-figure">
        {t('lines.preview.annualWorking', {
          weekly: formatMoney(priced.weekly, locale),
          weeks: pricing.card.weeksPerYear,
          annual: formatMoney(priced.annual, locale),
        })}
      </p>
    </>
  );
}
