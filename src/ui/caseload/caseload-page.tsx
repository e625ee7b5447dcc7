/**
 * #/caseload: a commissioner's view of many budgets at once. Files are read and priced on
 * this device in a worker; the budgets stay in memory only (not saved) unless one is
 * opened, which adds that one to the saved budgets.
 */
import { useCallback, useDeferredValue, useMemo } from 'react';
import { rememberCaseloadBudget } from './caseload-return';
import { useTranslation } from '../hooks/use-translation';
import { useShallow } from 'zustand/react/shallow';
import { useCaseloadStore } from '../../state/caseload/caseload-store';
import { Button } from '../components/button';
import { NotificationBanner } from '../components/notification-banner';
import { Page } from '../components/page';
import { localise } from '../../i18n/localise';
import { rateCardById } from '../hooks/use-budget';
import { href } from '../routes';
import { CaseloadAsAt } from './caseload-as-at';
import { CaseloadCard } from './caseload-card';
import { caseloadClock } from '../../state/caseload/caseload-clock';
import { CaseloadInvalid } from './caseload-invalid';
import { CaseloadNextCardChoice } from './caseload-next-card';
import { CaseloadLoad } from './caseload-load';
import { CaseloadPhbReturn } from './caseload-phb-return';
import { CaseloadProgress } from './caseload-progress';
import { CaseloadResults } from './caseload-results';
import { useOpenBudget } from '../start/start-open-budget';
import { localeOf } from '../../i18n/languages';

export function CaseloadPage() {
  const { t, i18n } = useTranslation();
  const state = useCaseloadStore(
    useShallow((s) => ({
      phase: s.phase,
      progress: s.progress,
      valid: s.valid,
      unreadable: s.unreadable,
      unpriceable: s.unpriceable,
      cardId: s.cardId,
      entries: s.entries,
      summary: s.summary,
      repeated: s.repeated,
      addFiles: s.addFiles,
      chooseCard: s.chooseCard,
      asOf: s.asOf,
      chooseAsOf: s.chooseAsOf,
      clear: s.clear,
      budgetIn: s.budgetIn,
      plans: s.plans,
    })),
  );
  const card = state.cardId === null ? undefined : rateCardById(state.cardId);
  const counts = useMemo(() => new Intl.NumberFormat(localeOf(i18n.language)), [i18n.language]);
  const openBudget = useOpenBudget();
  const { budgetIn } = state;
  const open = useCallback(
    (file: string) => {
      void budgetIn(file).then((budget) => {
        if (budget !== null) rememberCaseloadBudget(openBudget(budget));
      });
    },
    [budgetIn, openBudget],
  );
  const loaded = state.valid + state.unreadable.length;
  const today = caseloadClock.today();
  const { phase, summary, entries } = state;
  const ready = useMemo(
    () =>
      phase === 'ready' && card !== undefined && summary !== null && entries.length > 0
        ? { entries, summary, card }
        : null,
    [phase, card, summary, entries],
  );
  // The results are drawn in a deferred render, which React does in slices between which
  // the page answers (every section of a nation's caseload at once held it for a second).
  // They go at once when the caseload changes: an older caseload's results are never shown.
  const deferred = useDeferredValue(ready);
  const results = ready !== null && deferred === ready ? ready : null;
  // The PHB return counts every plan as it is drawn: in a render of its own, after the one
  // the end of reading makes, so the two are not one long task (and never older plans).
  const deferredPlans = useDeferredValue(state.plans);
  const plans = deferredPlans === state.plans ? state.plans : [];

  return (
    <Page title={t('caseload.page.title')} backLink={{ href: href({ page: 'start' }) }} wide>
      <p className="nhsuk-body-l">{t('caseload.page.intro')}</p>
      <p className="nhsuk-body">{t('caseload.page.privacy')}</p>
      <p className="nhsuk-body">
        <a className="nhsuk-link" href={href({ page: 'import' })}>
          {t('importing.page.fromCaseload')}
        </a>
      </p>
      <p className="nhsuk-body">
        <a className="nhsuk-link" href={href({ page: 'monitoring' })}>
          {t('caseload.page.monitoringLink')}
        </a>
      </p>
      <CaseloadLoad onFiles={state.addFiles} />
      <CaseloadProgress
        phase={state.phase}
        done={state.progress.done}
        total={state.progress.total}
        count={(n) => counts.format(n)}
      />
      {state.phase === 'fault' && (
        <NotificationBanner heading={t('caseload.page.fault')}>
          <p>{t('caseload.page.faultBody')}</p>
        </NotificationBanner>
      )}
      {state.repeated > 0 && (
        <p className="nhsuk-body">{t('caseload.page.repeated', { count: state.repeated })}</p>
      )}
      {loaded > 0 && (
        <>
          <p className="nhsuk-body">
            {t('caseload.page.loaded', {
              count: loaded,
              valid: counts.format(state.valid),
              files: counts.format(loaded),
            })}
          </p>
          <CaseloadInvalid
            unreadable={state.unreadable}
            unpriceable={state.unpriceable}
            cardName={card === undefined ? '' : localise(card.name, i18n.language)}
          />
          {card !== undefined && (
            <CaseloadCard
              cardId={card.id}
              disabled={state.phase === 'reading'}
              onChoose={state.chooseCard}
            />
          )}
          {card !== undefined && <CaseloadNextCardChoice disabled={state.phase === 'reading'} />}
          <CaseloadAsAt
            asOf={state.asOf ?? today}
            chosen={state.asOf !== null}
            today={today}
            disabled={state.phase === 'reading'}
            onChoose={state.chooseAsOf}
          />
          <Button type="button" variant="secondary" onClick={state.clear}>
            {t('caseload.page.clear')}
          </Button>
        </>
      )}
      <div className="app-caseload-sections">
        {results !== null && (
          <CaseloadResults
            entries={results.entries}
            summary={results.summary}
            card={results.card}
            onOpen={open}
          />
        )}
        {state.phase !== 'reading' && plans.length > 0 && <CaseloadPhbReturn plans={plans} />}
      </div>
    </Page>
  );
}
