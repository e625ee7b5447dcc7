/**
 * The caseload's cost in the year (rule 12 summed): the quarter holding the day it is
 * priced as at, so far and in full, the financial year so far, and the year's outturn if
 * every plan runs as planned. The figures are the summary's (worked out in a worker).
 */
import { IN_YEAR_PERIODS } from '../../domain/caseload/in-year';
import type { CaseloadSummary } from '../../domain/caseload/summary';
import { Table } from '../components/table';
import { formatDate, useLocale } from '../hooks/budget-format';
import type { CaseloadFormat } from './use-caseload-format';

export function CaseloadInYear({
  summary,
  format,
}: {
  summary: CaseloadSummary;
  format: CaseloadFormat;
}) {
  const { t, money } = format;
  const locale = useLocale();
  const key = (name: string) => `commissioner.inYear.${name}`;
  const { inYear } = summary;
  const date = (iso: string) => formatDate(iso, locale);
  return (
    <>
      <p className="nhsuk-body">{t(key('intro'))}</p>
      <Table
        caption={t(key('caption'), { date: date(summary.asOf) })}
        captionSize="s"
        firstCellIsHeader
        responsive
        columns={[
          { heading: t(key('column.period')) },
          { heading: t(key('column.dates')) },
          { heading: t(key('column.cost')), numeric: true },
        ]}
        rows={IN_YEAR_PERIODS.map((period) => {
          const { from, to, total } = inYear.periods[period];
          return {
            key: period,
            cells: [
              t(key(`period.${period}`), {
                quarter: inYear.quarter,
                from: date(from),
                to: date(to),
              }),
              t(key('dates'), { from: date(from), to: date(to) }),
              money(total),
            ],
          };
        })}
      />
    </>
  );
}
