/** What an import found: refused rows, differences from the source's prices, and the lines as priced. */
import { useTranslation } from '../hooks/use-translation';
import { formatMoney } from '../../domain/format';
import { localeOf } from '../../i18n/languages';
import { describeDifference, rowPlace } from '../../i18n/import-words';
import type { ImportOutcome } from '../../workers/import/import-job';
import { Table } from '../components/table';

/** The preview shows this many lines; the budgets hold every one. */
const PREVIEW_ROWS = 200;

export function ImportResults({ outcome }: { outcome: ImportOutcome }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return (
    <>
      <p className="nhsuk-body">
        {t('importing.page.found', {
          rows: outcome.rowsRead,
          budgets: outcome.budgets.length,
          refused: new Set(outcome.rejected.map((found) => found.row)).size,
          differences: outcome.differences.length,
        })}
      </p>
      {outcome.rejected.length > 0 && (
        <Table
          caption={t('importing.page.refusedCaption')}
          columns={[{ heading: t('importing.page.where') }, { heading: t('importing.page.why') }]}
          rows={outcome.rejected.map((found, index) => ({
            key: `${found.row}-${index}`,
            cells: [rowPlace(found, t), t(found.key, { ...found.values })],
          }))}
          scroll
        />
      )}
      {outcome.differences.length > 0 && (
        <Table
          caption={t('importing.page.differencesCaption')}
          columns={[{ heading: t('importing.page.difference') }]}
          rows={outcome.differences.map((found, index) => ({
            key: `${found.row}-${index}`,
            cells: [describeDifference(found, t)],
          }))}
        />
      )}
      {outcome.preview.length > 0 && (
        <Table
          caption={t('importing.page.previewCaption', {
            shown: Math.min(PREVIEW_ROWS, outcome.preview.length),
            count: outcome.preview.length,
          })}
          columns={[
            { heading: t('importing.page.row'), numeric: true },
            { heading: t('importing.page.person') },
            { heading: t('importing.page.activity') },
            { heading: t('importing.page.hours'), numeric: true },
            { heading: t('importing.page.weekly'), numeric: true },
            { heading: t('importing.page.annual'), numeric: true },
          ]}
          rows={outcome.preview.slice(0, PREVIEW_ROWS).map((line) => ({
            key: `${line.row}`,
            cells: [
              line.row,
              line.person,
              line.activity,
              line.hours,
              formatMoney(line.weekly, locale),
              formatMoney(line.annual, locale),
            ],
          }))}
          scroll
        />
      )}
    </>
  );
}
