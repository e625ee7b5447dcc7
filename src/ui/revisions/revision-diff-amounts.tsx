/** Expenses and PA employer costs added, removed or changed, with their differences. */
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../domain/format';
import { formatMoneyChange } from '../../domain/format-change';
import type { AmountDiff, BudgetDiff } from '../../domain/revisions/diff';
import { Table } from '../components/table';
import { useLocale } from '../hooks/budget-format';
import { noWrap } from '../components/no-wrap';
import { ChangeTag } from './revision-diff-lines';
import { localise } from '../../i18n/localise';

export function RevisionDiffAmounts({ diff }: { diff: BudgetDiff }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const shown = diff.amounts.filter((amount) => amount.kind !== 'unchanged');
  if (shown.length === 0) return null;
  const weekly = (side: AmountDiff['from']) =>
    side === null ? '—' : formatMoney(side.weekly, locale);
  return (
    <Table
      caption={t('revisions.compare.amountsCaption')}
      firstCellIsHeader
      responsive
      columns={[
        { heading: t('revisions.compare.amount') },
        { heading: t('revisions.compare.change') },
        { heading: t('revisions.compare.weeklyBefore'), numeric: true },
        { heading: t('revisions.compare.weeklyAfter'), numeric: true },
        { heading: t('revisions.compare.weeklyDifference'), numeric: true },
        { heading: t('revisions.compare.annualDifference'), numeric: true },
      ]}
      rows={shown.map((amount) => {
        const either = amount.to ?? amount.from;
        return {
          key: `${amount.source}:${amount.id}`,
          cells: [
            either === null ? amount.id : localise(either.description, i18n.language),
            <ChangeTag key="tag" kind={amount.kind} />,
            weekly(amount.from),
            weekly(amount.to),
            noWrap(formatMoneyChange(amount.difference.weekly, locale)),
            noWrap(formatMoneyChange(amount.difference.annual, locale)),
          ],
        };
      })}
    />
  );
}
