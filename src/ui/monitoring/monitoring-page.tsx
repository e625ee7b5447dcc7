/**
 * #/monitoring: the team's view of many budgets' spending (docs/ledger.md, "For the
 * team"). Budgets saved on this device with their ledgers, or budget and ledger files
 * chosen as on the caseload page, are monitored as at today in the caseload's workers,
 * then ranked by their red flags, most serious first. Each flag opens to the transactions,
 * lines and assistants behind it. The ranked view downloads as CSV.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { useShallow } from 'zustand/react/shallow';
import {
  FLAG_SEVERITY,
  flagCounts,
  rankMonitored,
  type MonitorEntry,
} from '../../domain/ledger/caseload-monitor';
import { formatMoney } from '../../domain/format';
import type { Flag } from '../../domain/ledger/flags';
import { flagValues } from '../../present/flag-values';
import { localeOf } from '../../i18n/languages';
import { describeProblemInWords } from '../../i18n/problems';
import { monitorCaseloadCsv } from '../../io/monitor-caseload-csv';
import { useMonitoringStore } from '../../state/monitoring/monitoring-store';
import { useAppStore } from '../../state/store';
import { Button } from '../components/button';
import { Details } from '../components/details';
import { NotificationBanner } from '../components/notification-banner';
import { Page } from '../components/page';
import { Select } from '../components/select';
import { Table } from '../components/table';
import { CaseloadAsAt } from '../caseload/caseload-as-at';
import { CaseloadLoad } from '../caseload/caseload-load';
import { caseloadClock } from '../../state/caseload/caseload-clock';
import { downloadText } from '../download';
import { formatDate } from '../hooks/budget-format';
import { href } from '../routes';
import type { MessageKey } from '../../i18n/message-keys';

/** Rows shown on the page; the CSV holds every budget. */
export const SHOWN = 100;
const key = (name: string) => `ledger.team.page.${name}`;

export function MonitoringPage() {
  const { t, i18n } = useTranslation();
  const state = useMonitoringStore(
    useShallow((s) => ({
      phase: s.phase,
      progress: s.progress,
      asOf: s.asOf,
      chosenAsOf: s.chosenAsOf,
      chooseAsOf: s.chooseAsOf,
      entries: s.entries,
      unreadable: s.unreadable,
      notMonitored: s.notMonitored,
      addFiles: s.addFiles,
      addSaved: s.addSaved,
      clear: s.clear,
    })),
  );
  const { budgets, ledgers } = useAppStore(
    useShallow((s) => ({ budgets: s.budgets, ledgers: s.ledgers })),
  );
  const saved = useMemo(
    () =>
      Object.values(budgets).flatMap(({ budget }) => {
        const ledger = ledgers[budget.id]?.ledger;
        return ledger === undefined ? [] : [{ file: budget.title || budget.id, budget, ledger }];
      }),
    [budgets, ledgers],
  );
  const [flag, setFlag] = useState('');
  const ranked = useMemo(() => rankMonitored(state.entries), [state.entries]);
  const counts = useMemo(() => flagCounts(state.entries), [state.entries]);
  const shown = useMemo(
    () => (flag === '' ? ranked : ranked.filter((entry) => entry.flags.some((f) => f.id === flag))),
    [ranked, flag],
  );
  const locale = localeOf(i18n.language);
  const number = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const problems = [...state.unreadable, ...state.notMonitored];
  const busy = state.phase === 'reading' || state.phase === 'monitoring';
  const today = caseloadClock.today();

  return (
    <Page title={t(key('title'))} backLink={{ href: href({ page: 'start' }) }} wide>
      <p className="nhsuk-body-l">{t(key('intro'))}</p>
      <h2 className="nhsuk-heading-m">{t(key('savedHeading'))}</h2>
      {saved.length === 0 ? (
        <p className="nhsuk-body">{t(key('noneSaved'))}</p>
      ) : (
        <>
          <p className="nhsuk-body">
            {t(key('savedCount'), { number: number.format(saved.length) })}
          </p>
          <Button
            type="button"
            disabled={busy}
            onClick={() => {
              state.clear();
              useMonitoringStore.getState().addSaved(saved);
            }}
          >
            {t(key('useSaved'))}
          </Button>
        </>
      )}
      <p className="nhsuk-body">{t(key('filesIntro'))}</p>
      <CaseloadLoad onFiles={state.addFiles} />
      <div role="status" className="nhsuk-body">
        {state.phase === 'reading' &&
          t(key('reading'), {
            done: number.format(state.progress.done),
            total: number.format(state.progress.total),
          })}
        {state.phase === 'monitoring' &&
          t(key('monitoring'), { done: number.format(state.progress.done) })}
        {state.phase === 'ready' &&
          t(key('ready'), {
            number: number.format(state.entries.length),
            asOf: state.asOf === null ? '' : formatDate(state.asOf, locale),
          })}
      </div>
      {state.phase === 'fault' && (
        <NotificationBanner heading={t('caseload.page.fault')}>
          <p>{t('caseload.page.faultBody')}</p>
        </NotificationBanner>
      )}
      {problems.length > 0 && (
        <Details summary={t(key('problems'), { number: number.format(problems.length) })}>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {problems.map(({ file, problems: found }) => (
              <li key={file}>
                {file}: {found.map((one) => describeProblemInWords(one, t)).join(' ')}
              </li>
            ))}
          </ul>
        </Details>
      )}
      {(state.phase === 'ready' || state.phase === 'monitoring') && (
        <CaseloadAsAt
          id="monitoring-as-at"
          messages="ledger.team.asAt"
          asOf={state.asOf ?? today}
          chosen={state.chosenAsOf !== null}
          today={today}
          disabled={busy}
          onChoose={state.chooseAsOf}
        />
      )}
      {state.phase === 'ready' && (
        <>
          <Table
            caption={t(key('countsCaption'))}
            captionSize="s"
            columns={[{ heading: t(key('flag')) }, { heading: t(key('budgets')), numeric: true }]}
            rows={FLAG_SEVERITY.map((id) => ({
              key: id,
              cells: [flagName(id, t), number.format(counts[id])],
            }))}
            firstCellIsHeader
          />
          <Select
            id="monitoring-flag"
            label={t(key('filter'))}
            value={flag}
            onChange={setFlag}
            options={[
              { value: '', label: t(key('filterAll')) },
              ...FLAG_SEVERITY.map((id) => ({ value: id, label: flagName(id, t) })),
            ]}
          />
          <Button
            type="button"
            variant="secondary"
            onClick={() =>
              downloadText(
                `monitoring-${state.asOf ?? ''}.csv`,
                monitorCaseloadCsv(shown),
                'text/csv',
              )
            }
          >
            {t(key('download'))}
          </Button>
          {shown.length > SHOWN && (
            <p className="nhsuk-body">
              {t(key('showing'), {
                shown: number.format(SHOWN),
                total: number.format(shown.length),
              })}
            </p>
          )}
          <Table
            caption={t(key('tableCaption'))}
            columns={[
              { heading: t(key('rank')), numeric: true },
              { heading: t(key('budget')) },
              { heading: t(key('flags')) },
              { heading: t(key('spent')), numeric: true },
              { heading: t(key('plannedToDate')), numeric: true },
              { heading: t(key('projected')), numeric: true },
              { heading: t(key('weeksHeld')), numeric: true },
            ]}
            rows={shown.slice(0, SHOWN).map((entry) => ({
              key: entry.file,
              cells: [
                number.format(ranked.indexOf(entry) + 1),
                <span key="budget">
                  {entry.person}
                  <br />
                  <span className="nhsuk-body-s">{entry.file}</span>
                </span>,
                <EntryFlags key="flags" entry={entry} />,
                formatMoney(entry.spent, locale),
                formatMoney(entry.plannedToDate, locale),
                formatMoney(entry.projectedOutturn, locale),
                entry.weeksHeld ?? '',
              ],
            }))}
            responsive
            scroll
          />
        </>
      )}
    </Page>
  );
}

const flagName = (id: string, t: (key: string) => string) => t(`ledger.flags.${id}.title`);

/** A budget's flags, each with its id and, opened, what is behind it. */
function EntryFlags({ entry }: { entry: MonitorEntry }) {
  const { t, i18n } = useTranslation();
  if (entry.flags.length === 0) return <>{t(key('noFlags'))}</>;
  const locale = localeOf(i18n.language);
  // Money and days as the table beside them shows them, not as the flag keeps them.
  const format = {
    money: (amount: string) => formatMoney(amount, locale),
    date: (iso: string) => formatDate(iso, locale),
  };
  return (
    <>
      {entry.flags.map((flag) => (
        <Details
          key={`${flag.id}-${flag.assistants.join(' ')}`}
          summary={`${flagName(flag.id, t)} (${flag.id})`}
        >
          <p className="nhsuk-body-s">
            {t(
              `ledger.flags.${flag.id}.text` as const satisfies MessageKey,
              flagValues(flag, format),
            )}
          </p>
          <Behind entry={entry} flag={flag} />
        </Details>
      ))}
    </>
  );
}

function Behind({ entry, flag }: { entry: MonitorEntry; flag: Flag }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const transactions = flag.transactions.flatMap((id) => {
    const found = entry.behind[id];
    return found === undefined ? [] : [found];
  });
  return (
    <>
      {transactions.length > 0 && (
        <Table
          caption={t(key('behindCaption'))}
          captionSize="s"
          columns={[
            { heading: t(key('transaction')) },
            { heading: t(key('date')) },
            { heading: t(key('payee')) },
            { heading: t(key('description')) },
            { heading: t(key('amount')), numeric: true },
          ]}
          rows={transactions.map((one) => ({
            key: one.id,
            cells: [
              one.id,
              formatDate(one.date, locale),
              one.payee,
              one.description,
              formatMoney(one.amount, locale),
            ],
          }))}
        />
      )}
      {flag.lines.length > 0 && (
        <p className="nhsuk-body-s">
          {t(key('behindLines'), {
            names: flag.lines.map((id) => entry.names.lines[id] ?? id).join('; '),
          })}
        </p>
      )}
      {flag.assistants.length > 0 && (
        <p className="nhsuk-body-s">
          {t(key('behindAssistants'), {
            names: flag.assistants.map((id) => entry.names.assistants[id] ?? id).join('; '),
          })}
        </p>
      )}
    </>
  );
}
