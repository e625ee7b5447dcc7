/**
 * Reviews and agreement across the caseload: plans due and overdue for review on the
 * app's day, and plans agreed above their indicative sum with who approved them
 * (domain/caseload/reviews.ts). The table below filters to each.
 */
import { useMemo } from 'react';
import { rowHeadings, type CaseloadRows } from '../../domain/caseload/caseload-row';
import { caseloadReviews } from '../../domain/caseload/reviews';
import { caseloadClock } from '../../state/caseload/caseload-clock';
import { SummaryList } from '../components/summary-list';
import { Table } from '../components/table';
import { formatDate, useLocale } from '../hooks/budget-format';
import type { CaseloadFormat } from './use-caseload-format';

export function CaseloadReviews({
  entries,
  format,
}: {
  entries: CaseloadRows;
  format: CaseloadFormat;
}) {
  const { t, count } = format;
  const locale = useLocale();
  const today = caseloadClock.today();
  // Every row is read: once for the caseload and the day, not at every drawing.
  const found = useMemo(() => caseloadReviews(rowHeadings(entries), today), [entries, today]);
  return (
    <>
      <p className="nhsuk-body">
        {t('reviews.caseload.intro', { today: formatDate(today, locale) })}
      </p>
      <SummaryList
        label={t('reviews.caseload.label')}
        rows={[
          { key: t('reviews.caseload.due'), value: count(found.due) },
          { key: t('reviews.caseload.overdue'), value: count(found.overdue) },
          { key: t('reviews.caseload.agreedAbove'), value: count(found.agreedAbove) },
        ]}
      />
      {found.approvers.length > 0 && (
        <Table
          caption={t('reviews.caseload.approversCaption')}
          captionSize="s"
          columns={[
            { heading: t('reviews.caseload.approver') },
            { heading: t('reviews.caseload.role') },
            { heading: t('reviews.caseload.budgets'), numeric: true },
          ]}
          rows={found.approvers.map((approver) => ({
            key: `${approver.role ?? ''}|${approver.name ?? ''}`,
            cells: [
              approver.name ?? t('reviews.caseload.noApprover'),
              approver.role === null ? '' : t(`reviews.approverRole.${approver.role}`),
              count(approver.budgets),
            ],
          }))}
        />
      )}
    </>
  );
}
