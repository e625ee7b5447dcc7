/**
 * The quarterly PHB return on the caseload page (docs/phb-return.md): choose a quarter,
 * then a table per count, the social-care personal budgets apart, the budgets without a
 * plan start, and the CSV. The same phbReturn and CSV functions as the headless command.
 * Counting needs no pricing, so this shows as soon as the files are read.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { RETURN_COUNTS } from '../../domain/caseload/phb-return';
import { lastEndedQuarter } from '../../domain/caseload/quarter';
import { localIsoDate } from '../../domain/local-date';
import { phbReturnCsv } from '../../io/phb-return-csv';
import type { ReturnRecords } from '../../workers/caseload/caseload-jobs';
import { Button } from '../components/button';
import { Select } from '../components/select';
import { Table } from '../components/table';
import { downloadText } from '../download';
import { formatDate, useLocale } from '../hooks/budget-format';
import { CaseloadReturnTable } from './caseload-return-table';
import {
  countReturn,
  countReturnInSlices,
  PLANS_A_TASK,
  type ReturnCounted,
} from './caseload-return-count';
import { SummarySection } from '../summary/summary-section';

export { UNDATED_SHOWN } from './caseload-return-count';

export interface CaseloadPhbReturnProps {
  readonly plans: ReturnRecords;
  /** Today on the device's calendar, `YYYY-MM-DD`: which quarters to offer, and the first chosen. */
  readonly today?: string;
}

/**
 * The return over `plans` for the quarter chosen: counted in the render where the plans
 * fit in one slice, and otherwise a slice a task after it, the last counted shown meanwhile.
 */
function useReturnCount(plans: ReturnRecords, today: string, chosen: string): ReturnCounted | null {
  const atOnce = plans.length <= PLANS_A_TASK;
  const now = useMemo(
    () => (atOnce ? countReturn(plans, today, chosen) : null),
    [atOnce, plans, today, chosen],
  );
  const [sliced, setSliced] = useState<{
    readonly plans: ReturnRecords;
    readonly today: string;
    readonly counted: ReturnCounted;
  } | null>(null);
  useEffect(() => {
    if (atOnce) return;
    let stopped = false;
    void countReturnInSlices(plans, today, chosen, () => stopped).then((counted) => {
      if (counted !== null && !stopped) setSliced({ plans, today, counted });
    });
    return () => {
      stopped = true;
    };
  }, [atOnce, plans, today, chosen]);
  if (now !== null) return now;
  return sliced !== null && sliced.plans === plans && sliced.today === today
    ? sliced.counted
    : null;
}

export function CaseloadPhbReturn({
  plans,
  today = localIsoDate(new Date()),
}: CaseloadPhbReturnProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const key = (name: string) => `caseload.phbReturn.${name}`;
  const [chosen, setChosen] = useState(() => lastEndedQuarter(today).id);
  const counts = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const worked = useReturnCount(plans, today, chosen);
  // A large caseload's return shows once its plans are counted (a slice a task).
  if (worked === null) return null;
  const { quarters, quarter, counted, undated } = worked;
  const count = (n: number) => counts.format(n);
  const date = (iso: string) => formatDate(iso, locale);
  const period = t(key('period'), {
    quarter: quarter.id,
    from: date(quarter.from),
    to: date(quarter.to),
  });
  const download = () =>
    downloadText(
      t(key('fileName'), { quarter: quarter.id }),
      phbReturnCsv(counted, t),
      'text/csv;charset=utf-8',
    );

  return (
    <SummarySection heading={t(key('heading'))}>
      <p className="nhsuk-body">{t(key('intro'))}</p>
      <Select
        id="phb-return-quarter"
        label={t(key('quarterLabel'))}
        hint={t(key('quarterHint'))}
        value={quarter.id}
        onChange={setChosen}
        options={quarters.map((q) => ({
          value: q.id,
          label: t(key('quarterOption'), {
            number: q.id.slice(-1),
            years: q.id.slice(0, 7),
            from: date(q.from),
            to: date(q.to),
          }),
        }))}
      />
      {RETURN_COUNTS.map((name) => (
        <CaseloadReturnTable
          key={name}
          caption={`${t(key(`count.${name}`))}, ${period}`}
          table={counted.counts[name]}
          total={counted.totals[name]}
          t={t}
          count={count}
        />
      ))}
      <h3 className="nhsuk-heading-m">{t(key('personalBudgets.heading'))}</h3>
      <p className="nhsuk-body">{t(key('personalBudgets.body'))}</p>
      <Table
        caption={t(key('personalBudgets.caption'), { period })}
        captionSize="s"
        firstCellIsHeader
        columns={[
          { heading: t(key('column.count')) },
          { heading: t(key('column.budgets')), numeric: true },
        ]}
        rows={RETURN_COUNTS.map((name) => ({
          key: name,
          cells: [t(key(`count.${name}`)), count(counted.personalBudgets[name])],
        }))}
      />
      <h3 className="nhsuk-heading-m">{t(key('undated.heading'))}</h3>
      {counted.undated.length === 0 ? (
        <p className="nhsuk-body">{t(key('undated.none'))}</p>
      ) : (
        <>
          <p className="nhsuk-body">
            {t(key('undated.body'), {
              count: counted.undated.length,
              shown: counts.format(counted.undated.length),
            })}
          </p>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {undated.map(({ id, files }) => (
              <li key={id}>{t(key('undated.item'), { id, file: files })}</li>
            ))}
          </ul>
          {counted.undated.length > undated.length && (
            <p className="nhsuk-body">
              {t(key('undated.more'), {
                count: counted.undated.length - undated.length,
                shown: counts.format(counted.undated.length - undated.length),
              })}
            </p>
          )}
        </>
      )}
      <Button type="button" variant="secondary" onClick={download}>
        {t(key('download'))}
      </Button>
    </SummarySection>
  );
}
