/**
 * Who pays across the caseload: a year, what the people themselves, the ICB and the
 * council pay, from each plan's personal budget statement, and the plans that do not yet
 * say who pays. Every figure is summariseCaseload's.
 */
import type { CaseloadSummary } from '../../domain/caseload/summary';
import { PAYERS } from '../../domain/caseload/funders';
import { SummaryList } from '../components/summary-list';
import type { CaseloadFormat } from './use-caseload-format';
import type { MessageKey } from '../../i18n/message-keys';

export function CaseloadPayers({
  summary,
  format,
}: {
  summary: CaseloadSummary;
  format: CaseloadFormat;
}) {
  const { t, money, count } = format;
  const { payers } = summary;
  return (
    <>
      <SummaryList
        label={t('planCover.caseload.label')}
        rows={[
          ...PAYERS.map((payer) => ({
            key: t(`planCover.caseload.payer.${payer}` as const satisfies MessageKey),
            value: t('planCover.caseload.value', {
              amount: money(payers.annual[payer]),
              budgets: count(payers.budgets[payer]),
              count: payers.budgets[payer],
            }),
          })),
          {
            key: t('planCover.caseload.unsaid'),
            value: t('planCover.caseload.value', {
              amount: money(payers.unsaid.annual),
              budgets: count(payers.unsaid.budgets),
              count: payers.unsaid.budgets,
            }),
          },
        ]}
      />
      <p className="nhsuk-body-s">{t('planCover.caseload.rules')}</p>
    </>
  );
}
