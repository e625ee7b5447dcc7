/**
 * Cost by area of life, cost and hours by who gives support, and home against care homes
 * (its difference in words, "Home costs £X a year less", as the summary says it).
 */
import type { CaseloadSummary } from '../../domain/caseload/summary';
import { Dec } from '../../domain/money';
import { RESOURCES, type Resource } from '../../domain/schema/budget-values';
import { directionOf, sizeOf } from '../../present/words';
import { Table } from '../components/table';
import type { CaseloadFormat } from './use-caseload-format';
import type { MessageKey } from '../../i18n/message-keys';

export function CaseloadByDomain({
  summary,
  format,
}: {
  summary: CaseloadSummary;
  format: CaseloadFormat;
}) {
  const { t, money, labels } = format;
  return (
    <Table
      caption={t('caseload.byDomain.caption')}
      captionSize="s"
      firstCellIsHeader
      responsive
      columns={[
        { heading: t('caseload.byDomain.domain') },
        { heading: t('caseload.columns.weekly'), numeric: true },
        { heading: t('caseload.columns.annual'), numeric: true },
      ]}
      rows={Object.entries(summary.byDomain).map(([id, amounts]) => ({
        key: id,
        cells: [labels.domain(id), money(amounts.weekly), money(amounts.annual)],
      }))}
    />
  );
}

const isResource = (id: string): id is Resource => (RESOURCES as readonly string[]).includes(id);

export function CaseloadByResource({
  summary,
  format,
}: {
  summary: CaseloadSummary;
  format: CaseloadFormat;
}) {
  const { t, money, hours, labels } = format;
  return (
    <Table
      caption={t('caseload.byResource.caption')}
      captionSize="s"
      firstCellIsHeader
      responsive
      columns={[
        { heading: t('caseload.byResource.who') },
        { heading: t('caseload.columns.hoursWeekly'), numeric: true },
        { heading: t('caseload.columns.weekly'), numeric: true },
        { heading: t('caseload.columns.annual'), numeric: true },
      ]}
      rows={Object.entries(summary.byResource).map(([id, amounts]) => ({
        key: id,
        cells: [
          labels.resource(id),
          isResource(id) ? hours(summary.hoursWeekly[id]) : t('caseload.byResource.noHours'),
          money(amounts.weekly),
          money(amounts.annual),
        ],
      }))}
    />
  );
}

export function CaseloadSettings({
  summary,
  format,
}: {
  summary: CaseloadSummary;
  format: CaseloadFormat;
}) {
  const { t, money, count, labels } = format;
  return (
    <>
      <p className="nhsuk-body">{t('caseload.settings.intro', { count: summary.count })}</p>
      <Table
        caption={t('caseload.settings.caption')}
        captionSize="s"
        firstCellIsHeader
        responsive
        columns={[
          { heading: t('caseload.settings.setting') },
          { heading: t('caseload.settings.home'), numeric: true },
          { heading: t('caseload.settings.there'), numeric: true },
          { heading: t('caseload.settings.difference'), numeric: true },
          { heading: t('caseload.settings.costMore'), numeric: true },
        ]}
        rows={summary.settings.map((setting) => {
          const difference = new Dec(setting.difference);
          return {
            key: setting.id,
            cells: [
              labels.setting(setting.id),
              money(setting.homeAnnual),
              money(setting.settingAnnual),
              t(`caseload.settings.${directionOf(difference)}` as const satisfies MessageKey, {
                amount: money(sizeOf(difference).toFixed(2)),
              }),
              count(setting.costMoreAtHome),
            ],
          };
        })}
      />
    </>
  );
}
