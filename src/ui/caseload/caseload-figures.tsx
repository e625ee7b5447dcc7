/** The caseload's headline figures: how many budgets, what they cost together and each. */
import type { CaseloadSummary } from '../../domain/caseload/summary';
import { SummaryList } from '../components/summary-list';
import type { CaseloadFormat } from './use-caseload-format';

export function CaseloadFigures({
  summary,
  format,
}: {
  summary: CaseloadSummary;
  format: CaseloadFormat;
}) {
  const { t, money, count } = format;
  const row = (key: string, value: string) => ({ key: t(`caseload.figures.${key}`), value });
  const annual = summary.annual;
  const rows = [
    row('count', count(summary.count)),
    row('annual', money(summary.totals.annual)),
    row('weekly', money(summary.totals.weekly)),
    row('oneOff', money(summary.totals.oneOff)),
    row('firstYear', money(summary.totals.firstYear)),
    ...(annual === null
      ? []
      : [
          row('mean', money(annual.mean)),
          row('median', money(annual.median)),
          row(
            'range',
            t('caseload.figures.rangeValue', {
              lowest: money(annual.lowest),
              highest: money(annual.highest),
            }),
          ),
          ...(annual.quartiles === null
            ? []
            : [
                row(
                  'quartiles',
                  t('caseload.figures.quartilesValue', {
                    q1: money(annual.quartiles.q1),
                    q3: money(annual.quartiles.q3),
                  }),
                ),
                row('outlierAbove', money(annual.quartiles.outlierAbove)),
              ]),
        ]),
  ];
  return (
    <>
      <SummaryList rows={rows} label={t('caseload.figures.label')} />
      <p className="nhsuk-body-s">{t('caseload.figures.rules')}</p>
    </>
  );
}
