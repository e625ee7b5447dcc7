/** Each unpaid carer's hours before and after, and the flags raised or cleared. */
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../domain/format';
import { formatHoursChange } from '../../domain/format-change';
import type { BudgetDiff, CarerDiff } from '../../domain/revisions/diff';
import { Table } from '../components/table';
import { useLocale } from '../hooks/budget-format';
import { noWrap } from '../components/no-wrap';

export function RevisionDiffCarers({ diff }: { diff: BudgetDiff }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (diff.carers.length === 0) return null;
  const hours = (value: CarerDiff['fromHours']) =>
    value === null ? t('revisions.compare.notInPlan') : formatHours(value, locale);
  const flags = (ids: readonly string[]) =>
    ids.length === 0
      ? t('revisions.compare.flagsNone')
      : ids.map((id) => t(`terms.flag.${id}`)).join('; ');
  return (
    <Table
      caption={t('revisions.compare.carersCaption')}
      firstCellIsHeader
      responsive
      columns={[
        { heading: t('revisions.compare.carer') },
        { heading: t('revisions.compare.hoursBefore'), numeric: true },
        { heading: t('revisions.compare.hoursAfter'), numeric: true },
        { heading: t('revisions.compare.hoursDifference'), numeric: true },
        { heading: t('revisions.compare.flagsNow') },
        { heading: t('revisions.compare.flagsGone') },
      ]}
      rows={diff.carers.map((carer) => ({
        key: carer.id,
        cells: [
          carer.name,
          hours(carer.fromHours),
          hours(carer.toHours),
          noWrap(formatHoursChange(carer.hours, locale)),
          flags(carer.flagsAdded),
          flags(carer.flagsRemoved),
        ],
      }))}
    />
  );
}
