/**
 * The payments of a budget (#/budgets/:id/spending/payments), newest first, each with what
 * it matches: confirmed by the person, suggested by the tool (to confirm, one by one or all
 * at once from a list of what will be confirmed), or not matched yet. With `?flag=` only
 * the payments behind that red flag. Nothing is confirmed but by the person's own button.
 */
import { useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from '../hooks/use-translation';
import type { Transaction } from '../../domain/ledger/ledger-schema';
import { confirmSuggestions } from '../../domain/ledger/transaction-form';
import { flagTimesheets } from '../../present/flag-timesheets';
import { spendingNames } from '../../present/spending-names';
import type { LedgerChange } from '../../state/ledgers-slice';
import { useAppStore } from '../../state/store';
import { NotificationBanner } from '../components/notification-banner';
import { RemoveConfirm } from '../components/remove-confirm';
import { FigureTable } from '../summary/summary-figures';
import { useSummaryFormat } from '../summary/summary-format';
import { byCodeUnits } from '../../domain/code-unit-order';
import { ConfirmSuggestions } from './confirm-suggestions';
import { PaymentsTable } from './payments-table';
import { SpendingFrame, type ReadySpending } from './spending-frame';
import { flagInHash, spendingHref } from './spending-href';
import { SpendingActions } from './spending-actions';
import type { MessageKey } from '../../i18n/message-keys';

/** At most this many payments are listed at once; the newest first. */
const LISTED = 500;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function PaymentsPage({ budgetId }: { budgetId: string }) {
  const { t } = useTranslation();
  return (
    <SpendingFrame
      budgetId={budgetId}
      title={t('spending.payments.title')}
      backHref={spendingHref.left(budgetId)}
      flash={spendingHref.payments(budgetId)}
    >
      {(spending) => <PaymentsContent spending={spending} />}
    </SpendingFrame>
  );
}

type News = { readonly heading: string } | null;

function PaymentsContent({ spending }: { spending: ReadySpending }) {
  const { t } = useTranslation();
  const { pricing, ledger, monitoring, budget } = spending;
  const budgetId = budget.id;
  const format = useSummaryFormat(pricing);
  const names = useMemo(() => spendingNames(pricing, format), [pricing, format]);
  const flagId = flagInHash(useSyncExternalStore(subscribe, () => window.location.hash));
  const setLedger = useAppStore((state) => state.setLedger);
  // The person's own button confirms exactly the suggestions listed to them, in one change.
  const confirm = (ids: readonly string[]) =>
    setLedger(budgetId, confirmSuggestions(useAppStore.getState().ledgerOf(budgetId), ids));
  const removeTransaction = useAppStore((state) => state.removeTransaction);
  const [news, setNews] = useState<News>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [confirmingAll, setConfirmingAll] = useState(false);

  const flag = flagId === undefined ? undefined : monitoring.flags.find((one) => one.id === flagId);
  const behind = flag !== undefined && flag.transactions.length > 0 ? flag.transactions : null;
  // Hours over a contract are behind timesheet days, not payments: shown with the weeks.
  const hoursBehind = useMemo(
    () =>
      flagId === 'pa-hours-over-contract'
        ? flagTimesheets(monitoring.flags, ledger, names, format)
        : null,
    [flagId, monitoring, ledger, names, format],
  );
  const shown = useMemo(() => {
    const only = behind === null ? null : new Set(behind);
    return ledger.transactions
      .filter((transaction) => only === null || only.has(transaction.id))
      .sort((a, b) => byCodeUnits(b.date, a.date));
  }, [ledger, behind]);
  const suggested = ledger.transactions.filter(
    (transaction) => transaction.match !== undefined && !transaction.match.confirmed,
  );

  const done = (result: LedgerChange, heading: string) => {
    if (result.ok) {
      setRefused(null);
      setNews({ heading });
    } else {
      setNews(null);
      setRefused(t('spending.payments.refused'));
    }
  };
  const confirmOne = async (transaction: Transaction) => {
    const result = await confirm([transaction.id]);
    done(
      result,
      t('spending.payments.confirmed', {
        payee: transaction.payee,
        match: transaction.match === undefined ? '' : names.match(transaction.match),
      }),
    );
  };
  const confirmAll = async () => {
    const result = await confirm(suggested.map((transaction) => transaction.id));
    setConfirmingAll(false);
    done(result, t('spending.payments.confirmedAll', { count: suggested.length }));
  };
  const asked = ledger.transactions.find((transaction) => transaction.id === removing);
  const remove = async () => {
    if (asked === undefined) return;
    const result = await removeTransaction(budgetId, asked.id);
    setRemoving(null);
    done(result, t('spending.payments.removed', { payee: asked.payee }));
  };
  const cancelRemove = () => {
    const id = removing;
    setRemoving(null);
    if (id !== null) document.getElementById(`remove-${id}`)?.focus();
  };

  return (
    <>
      {news !== null && <NotificationBanner success heading={news.heading} />}
      {refused !== null && <NotificationBanner heading={refused} />}
      {flagId !== undefined && (
        <p className="nhsuk-body">
          {flag === undefined
            ? t('spending.payments.flagGone')
            : hoursBehind !== null
              ? t('spending.flagHours.intro', {
                  title: t(`spending.flags.${flag.id}.title` as const satisfies MessageKey),
                })
              : behind === null
                ? t('spending.payments.flagAll', {
                    title: t(`spending.flags.${flag.id}.title` as const satisfies MessageKey),
                  })
                : t('spending.payments.flagBehind', {
                    title: t(`spending.flags.${flag.id}.title` as const satisfies MessageKey),
                  })}{' '}
          <a className="nhsuk-link" href={spendingHref.payments(budgetId)}>
            {t('spending.payments.seeAll')}
          </a>
        </p>
      )}
      {hoursBehind !== null && <FigureTable table={hoursBehind} responsive />}
      {asked !== undefined && (
        <RemoveConfirm
          headingId="remove-payment-heading"
          heading={t('spending.payments.removeHeading', {
            payee: asked.payee,
            amount: format.money(asked.amount),
            date: format.date(asked.date),
          })}
          yes={t('spending.payments.removeYes')}
          no={t('spending.payments.removeNo')}
          onConfirm={() => void remove()}
          onCancel={cancelRemove}
          asking={asked.id}
        />
      )}
      {suggested.length > 0 && !confirmingAll && (
        <div className="nhsuk-inset-text">
          <p>{t('spending.payments.suggestedIntro', { count: suggested.length })}</p>
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
            type="button"
            onClick={() => setConfirmingAll(true)}
          >
            {t('spending.payments.confirmAll', { count: suggested.length })}
          </button>
        </div>
      )}
      {confirmingAll && (
        <ConfirmSuggestions
          transactions={suggested}
          names={names}
          format={format}
          onConfirm={() => void confirmAll()}
          onCancel={() => setConfirmingAll(false)}
        />
      )}
      {shown.length === 0 ? (
        <p className="nhsuk-body">{t('spending.payments.none')}</p>
      ) : (
        <>
          {shown.length > LISTED && (
            <p className="nhsuk-body">
              {t('spending.payments.latest', { shown: LISTED, count: shown.length })}
            </p>
          )}
          <PaymentsTable
            budgetId={budgetId}
            transactions={shown.slice(0, LISTED)}
            names={names}
            format={format}
            onConfirm={(transaction) => void confirmOne(transaction)}
            onRemove={(id) => {
              setNews(null);
              setRemoving(id);
            }}
          />
        </>
      )}
      <SpendingActions budgetId={budgetId} />
    </>
  );
}
