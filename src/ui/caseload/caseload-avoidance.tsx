/**
 * Cost avoided against traditional packages over the caseload (rule 15): the sums, the
 * percent of the sums, and the budgets that cost more than their traditional package,
 * the furthest over first. The figures are the summary's (worked out in a worker).
 */
import type { CaseloadSummary } from '../../domain/caseload/summary';
import { SummaryList } from '../components/summary-list';
import { CaseloadRanked } from './caseload-ranked';
import type { CaseloadFormat } from './use-caseload-format';

/** How many of the budgets that cost more the page lists; the CSV lists every one. */
export const COST_MORE_SHOWN = 20;

export interface CaseloadAvoidanceProps {
  readonly summary: CaseloadSummary;
  readonly format: CaseloadFormat;
  readonly onOpen: (file: string) => void;
}

export function CaseloadAvoidance({ summary, format, onOpen }: CaseloadAvoidanceProps) {
  const { t, money, count } = format;
  const key = (name: string) => `commissioner.avoidance.${name}`;
  const figures = summary.traditional;
  const row = (name: string, value: string) => ({ key: t(key(name)), value });
  const shown = figures.costMore.slice(0, COST_MORE_SHOWN);
  return (
    <>
      <p className="nhsuk-body">{t(key('intro'))}</p>
      <SummaryList
        label={t(key('label'))}
        rows={[
          row('traditionalAnnual', money(figures.traditionalAnnual)),
          row('traditionalWeekly', money(figures.traditionalWeekly)),
          row('planAnnual', money(figures.planAnnual)),
          row('avoided', money(figures.avoided)),
          row(
            'percent',
            figures.percent === null
              ? t(key('noPercent'))
              : t(key('percentValue'), { percent: figures.percent }),
          ),
          row(
            'recorded',
            t(key('recordedValue'), {
              count: figures.recorded,
              shown: count(figures.recorded),
              all: count(summary.count),
            }),
          ),
        ]}
      />
      {figures.costMore.length === 0 ? (
        <p className="nhsuk-body">{t(key('noneCostMore'))}</p>
      ) : (
        <>
          <p className="nhsuk-body">
            {t(key('costMore'), {
              count: figures.costMore.length,
              shown: count(figures.costMore.length),
              listed: count(shown.length),
            })}
          </p>
          <CaseloadRanked
            budgets={shown}
            more={[
              {
                heading: t(key('column.traditional')),
                amount: (budget) => budget.traditionalAnnual,
              },
              { heading: t(key('column.over')), amount: (budget) => budget.over },
            ]}
            caption={t(key('costMoreCaption'), { count: shown.length, shown: count(shown.length) })}
            format={format}
            onOpen={onOpen}
          />
        </>
      )}
    </>
  );
}
