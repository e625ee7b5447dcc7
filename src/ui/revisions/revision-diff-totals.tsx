/** The totals before and after, and their differences: the first thing finance asks. */
import { useTranslation } from 'react-i18next';
import { formatHours, formatMoney } from '../../domain/format';
import { formatHoursChange, formatMoneyChange } from '../../domain/format-change';
import type { BudgetDiff } from '../../domain/revisions/diff';
import { Table } from '../components/table';
import { useLocale } from '../hooks/budget-format';
import { noWrap } from '../components/no-wrap';

export function RevisionDiffTotals({ diff }: { diff: BudgetDiff }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const money = (key: 'weekly' | 'annual' | 'oneOff' | 'firstYear') => ({
    key,
    cells: [
      t(`revisions.compare.${key}`),
      formatMoney(diff.from.totals[key], locale),
      formatMoney(diff.to.totals[key], locale),
      noWrap(formatMoneyChange(diff.totals[key], locale)),
    ],
  });
  return (
    <Table
      caption={t('revisions.compare.totalsCaption')}
      firstCellIsHeader
      responsive
      columns={[
        { heading: t('revisions.compare.figure') },
        { heading: t('revisions.compare.before'), numeric: true },
        { heading: t('revisions.compare.after'), numeric: true },
        { heading: t('revisions.compare.difference'), numeric: true },
      ]}
      rows={[
        money('weekly'),
        money('annual'),
        money('oneOff'),
        money('firstYear'),
        {
          key: 'hours',
          cells: [
            t('revisions.compare.hours'),
            formatHours(diff.from.hoursTotal, locale),
            formatHours(diff.to.hoursTotal, locale),
            noWrap(formatHoursChange(diff.hours, locale)),
          ],
        },
      ]}
    />
  );
}
