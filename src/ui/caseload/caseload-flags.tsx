/** How many budgets have each carer flag and each warning: where to look first. */
import type { CaseloadSummary } from '../../domain/caseload/summary';
import { Table } from '../components/table';
import type { CaseloadFormat } from './use-caseload-format';

export function CaseloadFlags({
  summary,
  format,
}: {
  summary: CaseloadSummary;
  format: CaseloadFormat;
}) {
  const { t, count, labels } = format;
  const rows = (counts: Readonly<Record<string, number>>, label: (id: string) => string) =>
    Object.entries(counts).map(([id, budgets]) => ({
      key: id,
      cells: [label(id), count(budgets)],
    }));
  return (
    <>
      <Table
        caption={t('caseload.flags.carerCaption')}
        captionSize="s"
        firstCellIsHeader
        columns={[
          { heading: t('caseload.flags.flag') },
          { heading: t('caseload.flags.budgets'), numeric: true },
        ]}
        rows={rows(summary.carerFlags, labels.flag)}
      />
      <Table
        caption={t('caseload.flags.warningCaption')}
        captionSize="s"
        firstCellIsHeader
        columns={[
          { heading: t('caseload.flags.warning') },
          { heading: t('caseload.flags.budgets'), numeric: true },
        ]}
        rows={rows(summary.warnings, labels.warning)}
      />
    </>
  );
}
