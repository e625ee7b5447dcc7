import { useTranslation } from 'react-i18next';
import { formatHours, formatMoney, type Locale } from '../domain/format';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import { localise } from '../i18n/localise';
import { SummaryList } from './components/summary-list';
import { Table } from './components/table';

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
      <SummaryList
        label={t('app.totalsCaption')}
        rows={totals.map(([key, amount]) => ({
          key: t(key),
          value: <span className="app-figure">{formatMoney(amount, locale)}</span>,
        }))}
      />
      <Table
        caption={t('app.linesCaption')}
        firstCellIsHeader
        scroll
        columns={[
          { heading: t('app.colLine') },
          { heading: t('app.colDomain') },
          { heading: t('app.colWho') },
          { heading: t('app.colHoursOrNights'), numeric: true },
          { heading: t('app.colWeekly'), numeric: true },
          { heading: t('app.colAnnual'), numeric: true },
        ]}
        rows={pricing.lines.map((priced) => ({
          key: priced.line.id,
          cells: [
            priced.line.activity,
            domainName(priced.line.domain),
            t(`terms.resourceTitle.${priced.line.resource}`),
            priced.line.kind === 'sleep-in'
              ? t('report.nightCount', { count: priced.nights })
              : formatHours(priced.hours, locale),
            formatMoney(priced.weekly, locale),
            formatMoney(priced.annual, locale),
          ],
        }))}
      />
    </>
  );
}
