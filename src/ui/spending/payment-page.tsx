/**
 * Adding or changing one payment by hand (#/budgets/:id/spending/payments/:id): the day,
 * the amount (written as a statement writes it: £ and commas are fine, a refund with a
 * minus sign or brackets), who was paid, what for, and what in the plan it matches. The
 * tool's suggestion is offered as a choice of its own and never chosen for the person:
 * left on "decide later" it is kept unconfirmed and counts nowhere. Every field is kept in
 * a draft as it is typed; the domain's form rules decide what is wrong.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import type { Transaction } from '../../domain/ledger/ledger-schema';
import { matcherFor } from '../../domain/ledger/matching';
import { statementAmount } from '../../domain/ledger/statement-values';
import {
  formToTransaction,
  NEW_TRANSACTION_FORM,
  transactionToForm,
  type MatchChoice,
  type OfferedMatch,
  type TransactionForm,
} from '../../domain/ledger/transaction-form';
import type { Problem } from '../../domain/problems';
import { describeProblem } from '../../i18n/problems';
import { spendingNames } from '../../present/spending-names';
import { draftKey } from '../../state/drafts-slice';
import { newId } from '../../state/ids';
import { useAppStore } from '../../state/store';
import { setFlash } from '../components/budget-flash';
import { FormActions } from '../components/form-actions';
import { FormDate } from '../components/form-date';
import { MoneyInput } from '../components/money-input';
import { Page } from '../components/page';
import { Radios } from '../components/radios';
import { Select } from '../components/select';
import { TextInput } from '../components/text-input';
import { useForm, type FieldIds } from '../hooks/use-form';
import { NEW } from '../routes';
import { NotFoundPage } from '../site/not-found-page';
import { useSummaryFormat } from '../summary/summary-format';
import { captionOf, SpendingForm, type ReadySpending } from './spending-frame';
import { spendingHref } from './spending-href';
import type { MessageKey } from '../../i18n/message-keys';

export function PaymentPage({ budgetId, paymentId }: { budgetId: string; paymentId: string }) {
  const { t } = useTranslation();
  return (
    <SpendingForm
      budgetId={budgetId}
      title={t('spending.form.addTitle')}
      backHref={spendingHref.payments(budgetId)}
    >
      {(spending) => {
        const existing =
          paymentId === NEW
            ? undefined
            : spending.ledger.transactions.find((transaction) => transaction.id === paymentId);
        if (paymentId !== NEW && existing === undefined) return <NotFoundPage />;
        return <PaymentForm spending={spending} paymentId={paymentId} existing={existing} />;
      }}
    </SpendingForm>
  );
}

const IDS = {
  date: 'payment-date',
  amount: 'payment-amount',
  payee: 'payment-payee',
  description: 'payment-description',
  choice: 'payment-choice',
  /** The list of the kind chosen: only that one is shown, so one id serves every kind. */
  match: 'payment-match',
} as const;

/** Each form field's input id: the error summary links to it; a date's problem to its day box. */
const FIELD_IDS: FieldIds<TransactionForm> & Record<'date', string> = {
  dateDay: `${IDS.date}-day`,
  dateMonth: `${IDS.date}-month`,
  dateYear: `${IDS.date}-year`,
  amount: IDS.amount,
  payee: IDS.payee,
  description: IDS.description,
  choice: IDS.choice,
  matchId: IDS.match,
  date: `${IDS.date}-day`,
};

/** The kinds a payment can be matched to by id, in the order the form offers them. */
const KINDS_WITH_ID = ['line', 'assistant', 'expense', 'employer-cost'] as const;

function PaymentForm({
  spending,
  paymentId,
  existing,
}: {
  spending: ReadySpending;
  paymentId: string;
  existing: Transaction | undefined;
}) {
  const { t } = useTranslation();
  const { budget, pricing, ledger } = spending;
  const budgetId = budget.id;
  const format = useSummaryFormat(pricing);
  const names = useMemo(() => spendingNames(pricing, format), [pricing, format]);
  const initial = useMemo(
    () => (existing === undefined ? NEW_TRANSACTION_FORM : transactionToForm(existing)),
    [existing],
  );
  const { form, set, update, clearDraft, setProblems, errors, errorFor } = useForm<
    TransactionForm,
    'date'
  >(draftKey(budgetId, 'payment', paymentId), initial, FIELD_IDS);
  const saveTransaction = useAppStore((state) => state.saveTransaction);
  const [fileProblems, setFileProblems] = useState<readonly Problem[]>([]);
  const matcher = useMemo(
    () => matcherFor(budget, pricing.card, ledger),
    [budget, pricing.card, ledger],
  );
  // A suggestion kept unconfirmed stays the one offered; else the payee typed gives one.
  const offered: OfferedMatch | null = useMemo(() => {
    const kept = existing?.match;
    if (kept !== undefined && !kept.confirmed)
      return { kind: kept.kind, ...(kept.id === undefined ? {} : { id: kept.id }) };
    if (form.payee.trim() === '') return null;
    const found = matcher.suggest({
      id: paymentId,
      date: '',
      amount: statementAmount(form.amount) ?? '',
      payee: form.payee,
      description: form.description,
    });
    return found === null
      ? null
      : { kind: found.kind, ...(found.id === undefined ? {} : { id: found.id }) };
  }, [existing, matcher, paymentId, form.payee, form.amount, form.description]);

  const choices = {
    line: budget.lines.map((line) => ({ value: line.id, label: line.activity })),
    assistant: (budget.assistants ?? []).map((one) => ({ value: one.id, label: one.name })),
    expense: budget.expenses.map((expense) => ({ value: expense.id, label: expense.description })),
    'employer-cost': pricing.card.personalAssistant.employerCosts.map((cost) => ({
      value: cost.id,
      label: format.localise(cost.name),
    })),
  };
  const choose = (choice: string) =>
    update((was) => ({
      ...was,
      choice: choice as MatchChoice,
      matchId: choice === was.choice ? was.matchId : '',
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const taken = ledger.transactions.map((transaction) => transaction.id);
    const id = paymentId === NEW ? newId('h', taken) : paymentId;
    const result = formToTransaction(form, id, offered, existing?.origin ?? 'hand');
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    const saved = await saveTransaction(budgetId, result.value);
    if (!saved.ok) {
      setFileProblems(saved.problems);
      return;
    }
    clearDraft();
    setFlash({
      target: spendingHref.payments(budgetId),
      heading: paymentId === NEW ? 'spending.form.added' : 'spending.form.changed',
      values: { payee: result.value.payee },
    });
    window.location.hash = spendingHref.payments(budgetId);
  };

  const options = [
    ...(offered === null
      ? []
      : [
          {
            value: 'suggested',
            label: t('spending.form.choice.suggested', { match: names.match(offered) }),
            hint: t('spending.form.choice.suggestedHint'),
          },
        ]),
    ...KINDS_WITH_ID.filter((kind) => choices[kind].length > 0).map((kind) => ({
      value: kind,
      label: t(`spending.form.choice.${kind}` as const satisfies MessageKey),
      conditional:
        form.choice === kind ? (
          <Select
            id={IDS.match}
            label={t(`spending.form.which.${kind}` as const satisfies MessageKey)}
            error={errorFor('matchId')}
            value={form.matchId}
            onChange={set('matchId')}
            options={[{ value: '', label: t('spending.form.which.choose') }, ...choices[kind]]}
          />
        ) : undefined,
    })),
    {
      value: 'unplanned',
      label: t('spending.form.choice.unplanned'),
      hint: t('spending.form.choice.unplannedHint'),
    },
    {
      value: 'later',
      label: t('spending.form.choice.later'),
      hint:
        offered === null
          ? t('spending.form.choice.laterHint')
          : t('spending.form.choice.laterKept'),
    },
  ];
  const allErrors = [
    ...errors,
    ...fileProblems.map((found) => ({ fieldId: IDS.payee, message: describeProblem(found, t) })),
  ];
  const paymentsHref = spendingHref.payments(budgetId);
  return (
    <Page
      title={existing === undefined ? t('spending.form.addTitle') : t('spending.form.changeTitle')}
      caption={captionOf(budget)}
      errors={allErrors}
      backLink={{ href: paymentsHref }}
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <form onSubmit={(event) => void submit(event)} noValidate>
            <FormDate
              id={IDS.date}
              name="date"
              legend={t('spending.form.date.legend')}
              hint={t('spending.form.date.hint')}
              error={errorFor('date')}
              form={form}
              onChange={(field, value) => update((was) => ({ ...was, [field]: value }))}
            />
            <MoneyInput
              id={IDS.amount}
              label={t('spending.form.amount.label')}
              hint={t('spending.form.amount.hint')}
              error={errorFor('amount')}
              value={form.amount}
              onChange={set('amount')}
            />
            <TextInput
              id={IDS.payee}
              label={t('spending.form.payee.label')}
              hint={t('spending.form.payee.hint')}
              error={errorFor('payee')}
              autoComplete="off"
              value={form.payee}
              onChange={set('payee')}
            />
            <TextInput
              id={IDS.description}
              label={t('spending.form.description.label')}
              hint={t('spending.form.description.hint')}
              error={errorFor('description')}
              autoComplete="off"
              value={form.description}
              onChange={set('description')}
            />
            <Radios
              id={IDS.choice}
              legend={t('spending.form.choice.legend')}
              legendSize="s"
              error={errorFor('choice')}
              value={form.choice}
              onChange={choose}
              options={options}
            />
            <FormActions
              saveLabel={t('spending.form.save')}
              cancelLabel={t('spending.form.cancel')}
              cancelHref={paymentsHref}
              onCancel={clearDraft}
            />
          </form>
        </div>
      </div>
    </Page>
  );
}
