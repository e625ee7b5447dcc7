/**
 * The what-if: choose care an unpaid carer gives and who would give it instead, and see
 * the cost and the carers' flags change at once. It starts clean each visit (ticks are
 * never carried across visits or reloads: a tick left from another day must not move
 * care). Before Save it lists what Save will move; Save saves the plan before and after
 * as revisions, and the message says what moved and how to undo it.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { formatHours } from '../../domain/format';
import { priceBudget, type BudgetPricing } from '../../domain/pricing/price-budget';
import { problem } from '../../domain/problems';
import { diffPricings } from '../../domain/revisions/diff';
import { moveLinesToPaid, unpaidLineIds, type PaidResource } from '../../domain/revisions/what-if';
import { draftKey } from '../../state/drafts-slice';
import { today } from '../../state/clock';
import { useAppStore } from '../../state/store';
import { Button } from '../components/button';
import { Checkboxes } from '../components/checkboxes';
import { Radios } from '../components/radios';
import { useForm, type FieldIds } from '../hooks/use-form';
import { href, linesInHash, navigate } from '../routes';
import { setFlash } from '../components/budget-flash';
import { useLocale } from '../hooks/budget-format';
import { RevisionDiff } from '../revisions/revision-diff';

type WhatIfForm = { readonly lines: readonly string[]; readonly to: string };
const FIELD_IDS: FieldIds<WhatIfForm> = { lines: 'what-if-lines', to: 'what-if-to' };
const INITIAL: WhatIfForm = { lines: [], to: 'personal-assistant' };

/** The what-if's form, kept by the page so that its errors reach the page's error summary. */
export function useWhatIfForm(budgetId: string) {
  const key = draftKey(budgetId, 'what-if');
  // Ticks kept by an earlier version of the tool are dropped, never brought back.
  const clearKept = useAppStore((state) => state.clearDraft);
  useEffect(() => {
    if (useAppStore.getState().drafts[key] !== undefined) clearKept(key);
  }, [key, clearKept]);
  return useForm(key, INITIAL, FIELD_IDS, false);
}

/** A revision's reason holds at most 500 characters: past that, the move is counted, not listed. */
const REASON_LIMIT = 500;

export interface CommissionerWhatIfProps {
  readonly budgetId: string;
  readonly pricing: BudgetPricing;
  readonly whatIf: ReturnType<typeof useWhatIfForm>;
}

export function CommissionerWhatIf({ budgetId, pricing, whatIf }: CommissionerWhatIfProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { form, set, clearDraft, setProblems, errorFor } = whatIf;
  const save = useAppStore((state) => state.moveLinesToPaid);
  const { budget } = pricing;
  const unpaid = useMemo(() => new Set(unpaidLineIds(budget)), [budget]);
  // Opened from a carer's flags ("?lines=a,b"): those lines are chosen, once, on arrival.
  const [opened] = useState(() => linesInHash(window.location.hash));
  const choose = set('lines');
  const chosenOnArrival = useRef(false);
  useEffect(() => {
    if (opened === undefined || chosenOnArrival.current) return;
    chosenOnArrival.current = true;
    choose(opened);
  }, [opened, choose]);
  // A line removed or changed since the draft was kept is dropped from the choice.
  const chosen = form.lines.filter((id) => unpaid.has(id));
  const to: PaidResource =
    form.to === 'registered-provider' ? 'registered-provider' : 'personal-assistant';
  const diff = useMemo(
    () =>
      chosen.length === 0
        ? null
        : diffPricings(
            pricing,
            priceBudget(moveLinesToPaid(budget, chosen, to), pricing.card, {
              asOf: pricing.asOf,
              earlier: pricing,
            }),
          ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `chosen` is derived from these
    [pricing, budget, form.lines, unpaid, to],
  );
  if (unpaid.size === 0)
    return <p className="nhsuk-body">{t('revisions.commissioner.whatIfNoCarers')}</p>;

  const carers = new Map(budget.carers.map((carer) => [carer.id, carer.name]));
  const options = pricing.lines
    .filter((priced) => unpaid.has(priced.line.id))
    .map((priced) => {
      const { line } = priced;
      const values = { carer: carers.get(line.carer ?? '') ?? '', activity: line.activity };
      return {
        value: line.id,
        label:
          line.kind === 'sleep-in'
            ? t('revisions.commissioner.whatIfSleepIn', {
                ...values,
                nights: t('revisions.view.nightsValue', { count: priced.nights }),
              })
            : t('revisions.commissioner.whatIfLine', {
                ...values,
                hours: formatHours(priced.hours, locale),
              }),
      };
    });

  const toWords = t(
    to === 'personal-assistant'
      ? 'revisions.commissioner.whatIfToPa'
      : 'revisions.commissioner.whatIfToProvider',
  );
  const moving = options.filter((option) => chosen.includes(option.value));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length === 0) {
      setProblems([problem(['lines'], 'revisions.commissioner.whatIfError')]);
      return;
    }
    const lines = moving.map((option) => option.label).join('; ');
    const listed = t('revisions.commissioner.whatIfReasonAfter', { to: toWords, lines });
    const details = { date: today(), role: 'commissioner' } as const;
    const number = save(budgetId, chosen, to, {
      before: {
        ...details,
        reason: t('revisions.commissioner.whatIfReasonBefore', { to: toWords }),
      },
      after: {
        ...details,
        reason:
          listed.length <= REASON_LIMIT
            ? listed
            : t('revisions.commissioner.whatIfReasonAfterShort', {
                count: moving.length,
                to: toWords,
              }),
      },
    });
    clearDraft();
    const target = href({ page: 'task-list', budgetId });
    setFlash({
      target,
      heading: 'revisions.commissioner.whatIfMovedHeading',
      body: 'revisions.commissioner.whatIfMovedBody',
      values: {
        count: moving.length,
        to: toWords,
        lines,
        number: String(number ?? ''),
        before: String((number ?? 1) - 1),
      },
    });
    navigate({ page: 'task-list', budgetId });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Checkboxes
        id={FIELD_IDS.lines}
        legend={t('revisions.commissioner.whatIfLines.legend')}
        legendSize="s"
        hint={t('revisions.commissioner.whatIfLines.hint')}
        error={errorFor('lines')}
        options={options}
        values={chosen}
        onChange={(values) => set('lines')(values)}
      />
      <Radios
        id={FIELD_IDS.to}
        legend={t('revisions.commissioner.whatIfTo.legend')}
        legendSize="s"
        options={[
          { value: 'personal-assistant', label: t('revisions.commissioner.whatIfPa') },
          { value: 'registered-provider', label: t('revisions.commissioner.whatIfProvider') },
        ]}
        value={to}
        onChange={set('to')}
      />
      <div aria-live="polite">
        {diff === null ? (
          <p className="nhsuk-body">{t('revisions.commissioner.whatIfNone')}</p>
        ) : (
          <>
            <h3 className="nhsuk-heading-s">{t('revisions.commissioner.whatIfResult')}</h3>
            <RevisionDiff diff={diff} />
            <h3 className="nhsuk-heading-s">
              {t('revisions.commissioner.whatIfWillMove', { count: moving.length, to: toWords })}
            </h3>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {moving.map((option) => (
                <li key={option.value}>{option.label}</li>
              ))}
            </ul>
            <p className="nhsuk-body">{t('revisions.commissioner.whatIfWillRevision')}</p>
          </>
        )}
      </div>
      <Button type="submit">{t('revisions.commissioner.whatIfSave')}</Button>
    </form>
  );
}
