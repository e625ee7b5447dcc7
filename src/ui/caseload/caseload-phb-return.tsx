/**
 * The quarterly PHB return on the caseload page (docs/phb-return.md): choose a quarter,
 * then a table per count, the social-care personal budgets apart, the budgets without a
 * plan start, and the CSV. The same phbReturn and CSV functions as the headless command.
 * Counting needs no pricing, so this shows as soon as the files are read.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { phbReturn, RETURN_COUNTS } from '../../domain/caseload/phb-return';
import { lastEndedQuarter, quartersToOffer } from '../../domain/caseload/quarter';
import { localIsoDate } from '../../domain/local-date';
import { phbReturnCsv } from '../../io/phb-return-csv';
import type { ReturnRecord } from '../../workers/caseload/caseload-jobs';
import { Button } from '../components/button';
import { Select } from '../components/select';
import { Table } from '../components/table';
import { downloadText } from '../download';
import { formatDate, useLocale } from '../hooks/budget-format';
import { CaseloadReturnTable } from './caseload-return-table';
import { SummarySection } from '../summary/summary-section';

export interface CaseloadPhbReturnProps {
  readonly plans: readonly ReturnRecord[];
  /** Today on the device's calendar, `YYYY-MM-DD`: which quarters to offer, and the first chosen. */
  readonly today?: string;
}

/**
 * Budgets without a start date listed by name, at most: a nation's caseload may have tens
 * of thousands, and a list of them all froze the page for seconds. The download has all.
 */
export const UNDATED_SHOWN = 50;

export function CaseloadPhbReturn({
  plans,
  today = localIsoDate(new Date()),
}: CaseloadPhbReturnProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const key = (name: string) => `caseload.phbReturn.${name}`;
  const quarters = useMemo(
    () =>
      quartersToOffer(
        plans.flatMap(({ budget }) =>
          [budget.plan?.start, budget.plan?.end].filter((date) => date !== undefined),
        ),
        today,
      ),
    [plans, today],
  );
  const [chosen, setChosen] = useState(() => lastEndedQuarter(today).id);
  const quarter = quarters.find((q) => q.id === chosen) ?? quarters[0] ?? lastEndedQuarter(today);
  const counted = useMemo(
    () =>
      phbReturn(
        plans.map((record) => record.budget),
        quarter,
      ),
    [plans, quarter],
  );
  const counts = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const count = (n: number) => counts.format(n);
  const date = (iso: string) => formatDate(iso, locale);
  const period = t(key('period'), {
    quarter: quarter.id,
    from: date(quarter.from),
    to: date(quarter.to),
  });
  // Ids need not be unique across files: each undated id is listed once, with every file that has it.
  const undated = useMemo(() => {
    const files = new Map<string, string[]>();
    for (const id of counted.undated) files.set(id, []);
    for (const { file, budget } of plans)
      if (budget.plan?.start === undefined) files.get(budget.id)?.push(file);
    return [...files]
      .slice(0, UNDATED_SHOWN)
      .map(([id, named]) => ({ id, files: named.join('; ') }));
  }, [counted, plans]);
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
          <p className="nhsuk-body">{t(key('undated.body'), { count: counted.undated.length })}</p>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {undated.map(({ id, files }) => (
              <li key={id}>{t(key('undated.item'), { id, file: files })}</li>
            ))}
          </ul>
          {counted.undated.length > undated.length && (
            <p className="nhsuk-body">
              {t(key('undated.more'), { count: counted.undated.length - undated.length })}
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
