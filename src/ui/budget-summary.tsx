import { useTranslation } from 'react-i18next';
import { formatHours, formatMoney, type Locale } from '../domain/format';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import { localise } from '../i18n/localise';

/** Totals and the priced lines of one budget: figures from the domain, formatted only. */
export function BudgetSummary({ pricing }: { pricing: BudgetPricing }) {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'cy' ? 'cy-GB' : 'en-GB';
  const domainName = (id: string) => {
    const domain = pricing.card.domains.find((candidate) => candidate.id === id);
    return domain === undefined ? id : localise(domain.name, i18n.language);
  };
  const { weekly, annual, oneOff, firstYear } = pricing.totals;
  const totals = [
    ['app.weekly', weekly],
    ['app.annual', annual],
    ['app.oneOff', oneOff],
    ['app.firstYear', firstYear],
  ] as const;

  return (
    <>
      <dl className="summary-list" aria-label={t('app.totalsCaption')}>
        {totals.map(([key, amount]) => (
          <div className="summary-list__row" key={key}>
            <dt>{t(key)}</dt>
            <dd className="figure" data-testid={key}>
              {formatMoney(amount, locale)}
            </dd>
          </div>
        ))}
      </dl>
      <table className="table">
        <caption>{t('app.linesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('app.colLine')}</th>
            <th scope="col">{t('app.colDomain')}</th>
            <th scope="col">{t('app.colWho')}</th>
            <th scope="col" className="numeric">
              {t('app.colHoursOrNights')}
            </th>
            <th scope="col" className="numeric">
              {t('app.colWeekly')}
            </th>
            <th scope="col" className="numeric">
              {t('app.colAnnual')}
            </th>
          </tr>
        </thead>
        <tbody>
          {pricing.lines.map((priced) => (
            <tr key={priced.line.id}>
              <th scope="row">{priced.line.activity}</th>
              <td>{domainName(priced.line.domain)}</td>
              <td>{t(`terms.resourceTitle.${priced.line.resource}`)}</td>
              <td className="numeric figure">
                {priced.line.kind === 'sleep-in'
                  ? t('report.nightCount', { count: priced.nights })
                  : formatHours(priced.hours, locale)}
              </td>
              <td className="numeric figure">{formatMoney(priced.weekly, locale)}</td>
              <td className="numeric figure">{formatMoney(priced.annual, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
