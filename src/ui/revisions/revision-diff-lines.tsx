/**
 * Each need added, removed or changed: each part that changed with its value before and
 * after (as the compare command's text says it), and its weekly and annual difference.
 */
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../domain/format';
import { formatHoursChange, formatMoneyChange } from '../../domain/format-change';
import type { BudgetDiff, ChangeKind, LineDiff } from '../../domain/revisions/diff';
import { changeFormat, lineChangeWords } from '../../present/line-change-words';
import { Table } from '../components/table';
import { Tag, type TagColour } from '../components/tag';
import { useLocale } from '../hooks/budget-format';
import { noWrap } from '../components/no-wrap';

const COLOURS: Readonly<Record<ChangeKind, TagColour>> = {
  added: 'green',
  removed: 'red',
  changed: 'blue',
  unchanged: 'grey',
};

export function ChangeTag({ kind }: { kind: ChangeKind }) {
  const { t } = useTranslation();
  return <Tag colour={COLOURS[kind]}>{t(`revisions.change.${kind}`)}</Tag>;
}

export function RevisionDiffLines({
  diff,
  domainName,
}: {
  diff: BudgetDiff;
  domainName: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const format = changeFormat(diff, t, i18n.language);
  const shown = diff.lines.filter((line) => line.kind !== 'unchanged');
  if (shown.length === 0)
    return <p className="nhsuk-body">{t('revisions.compare.noLineChanges')}</p>;
  const name = (line: LineDiff) => {
    const need = (line.to ?? line.from)?.line;
    return need === undefined
      ? line.id
      : t('revisions.compare.lineName', {
          activity: need.activity,
          domain: domainName(need.domain),
        });
  };
  const weekly = (line: LineDiff['from']) =>
    line === null ? '—' : formatMoney(line.weekly, locale);
  return (
    <Table
      caption={t('revisions.compare.linesCaption')}
      firstCellIsHeader
      responsive
      columns={[
        { heading: t('revisions.compare.line') },
        { heading: t('revisions.compare.change') },
        { heading: t('revisions.compare.whatChanged') },
        { heading: t('revisions.compare.hoursDifference'), numeric: true },
        { heading: t('revisions.compare.weeklyBefore'), numeric: true },
        { heading: t('revisions.compare.weeklyAfter'), numeric: true },
        { heading: t('revisions.compare.weeklyDifference'), numeric: true },
        { heading: t('revisions.compare.annualDifference'), numeric: true },
      ]}
      rows={shown.map((line) => ({
        key: line.id,
        cells: [
          name(line),
          <ChangeTag key="tag" kind={line.kind} />,
          line.changes.length === 0 ? (
            ''
          ) : (
            <ul key="what" className="nhsuk-list nhsuk-u-margin-bottom-0">
              {lineChangeWords(line, format).map((words) => (
                <li key={words}>{words}</li>
              ))}
            </ul>
          ),
          noWrap(formatHoursChange(line.hours, locale)),
          weekly(line.from),
          weekly(line.to),
          noWrap(formatMoneyChange(line.difference.weekly, locale)),
          noWrap(formatMoneyChange(line.difference.annual, locale)),
        ],
      }))}
    />
  );
}
