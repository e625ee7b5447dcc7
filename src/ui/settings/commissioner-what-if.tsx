/**
 * The what-if: choose care an unpaid carer gives and who would give it instead, and see
 * the cost and the carers' flags change at once. The choice is kept in a draft (nothing
 * typed is lost); the plan changes only when the person saves it.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../domain/format';
import { priceBudget, type BudgetPricing } from '../../domain/pricing/price-budget';
import { problem } from '../../domain/problems';
import { diffPricings } from '../../domain/revisions/diff';
import { moveLinesToPaid, unpaidLineIds, type PaidResource } from '../../domain/revisions/what-if';
import { draftKey } from '../../state/drafts-slice';
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
  return useForm(draftKey(budgetId, 'what-if'), INITIAL, FIELD_IDS);
}

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
  const to: PaidResource = form.to === 'registered-provider' ? 'registered-provider' : 'personal-assistant';
  const diff = useMemo(
    () => (chosen.length === 0 ? null : diffPricings(pricing, priceBudget(moveLinesToPaid(budget, chosen, to), pricing.card, { asOf: pricing.asOf, earlier: pricing }))),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `chosen` is derived from these
    [pricing, budget, form.lines, unpaid, to],
  );
  if (unpaid.size === 0) return <p className="nhsuk-body">{t('revisions.commissioner.whatIfNoCarers')}</p>;

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
            ? t('revisions.commissioner.whatIfSleepIn', { ...values, nights: t('revisions.view.nightsValue', { count: priced.nights }) })
            : t('revisions.commissioner.whatIfLine', { ...values, hours: formatHours(priced.hours, locale) }),
      };
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length === 0) {
      setProblems([problem(['lines'], 'revisions.commissioner.whatIfError')]);
      return;
    }
    save(budgetId, chosen, to);
    clearDraft();
    const target = href({ page: 'task-list', budgetId });
    setFlash({ target, heading: 'revisions.commissioner.whatIfSaved' });
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
          </>
        )}
      </div>
      <Button type="submit">{t('revisions.commissioner.whatIfSave')}</Button>
    </form>
  );
}
