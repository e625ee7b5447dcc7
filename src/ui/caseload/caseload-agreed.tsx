/**
 * Rates agreed for one line across the caseload (pricing rule 17): how many budgets and
 * lines are on agreed rates or pay, and what those lines cost above the card's rates, in
 * words rather than with a minus sign. Every figure is summariseCaseload's.
 */
import type { CaseloadSummary } from '../../domain/caseload/summary';
import { parseMoney } from '../../domain/money';
import { directionOf, sizeOf } from '../../present/words';
import { SummaryList } from '../components/summary-list';
import type { CaseloadFormat } from './use-caseload-format';
import type { MessageKey } from '../../i18n/message-keys';

export function CaseloadAgreed({
  summary,
  format,
}: {
  summary: CaseloadSummary;
  format: CaseloadFormat;
}) {
  const { t, money, count } = format;
  const { agreed } = summary;
  if (agreed.lines === 0) return <p className="nhsuk-body">{t('packages.caseload.none')}</p>;
  const against = (text: string) => {
    const amount = parseMoney(text);
    return t(`packages.caseload.against.${directionOf(amount)}` as const satisfies MessageKey, {
      amount: money(sizeOf(amount).toFixed(2)),
    });
  };
  return (
    <>
      <SummaryList
        label={t('packages.caseload.label')}
        rows={[
          { key: t('packages.caseload.budgets'), value: count(agreed.budgets) },
          { key: t('packages.caseload.lines'), value: count(agreed.lines) },
          { key: t('packages.caseload.weekly'), value: against(agreed.aboveCardWeekly) },
          { key: t('packages.caseload.annual'), value: against(agreed.aboveCardAnnual) },
        ]}
      />
      <p className="nhsuk-body-s">{t('packages.caseload.rules')}</p>
    </>
  );
}
