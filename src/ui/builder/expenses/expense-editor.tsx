/**
 * The expense and investment form. Every field is kept in a draft as it is typed, so a
 * reload never loses it; the domain's form rules decide what is wrong, and nothing is
 * saved until all is right. The figures it would add show as the amount is typed.
 */
import { useMemo, type FormEvent } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import {
  expenseToForm,
  formToExpense,
  NEW_EXPENSE_FORM,
  type ExpenseForm,
} from '../../../domain/forms/expense-form';
import type { Locale } from '../../../domain/format';
import { Dec } from '../../../domain/money';
import type { Expense, NeedLine } from '../../../domain/schema/budget';
import { localise } from '../../../i18n/localise';
import { draftKey } from '../../../state/drafts-slice';
import { newId } from '../../../state/ids';
import { useAppStore } from '../../../state/store';
import { MoneyInput } from '../../components/money-input';
import { Page } from '../../components/page';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { rateCardById } from '../../hooks/use-budget';
import { useForm, type FieldIds } from '../../hooks/use-form';
import { href, navigate, NEW } from '../../routes';
import { setFlash } from '../../components/budget-flash';
import { ExpenseFrequencyQuestion } from './expense-frequency-question';
import { ExpenseKindQuestion } from './expense-kind-question';
import { ExpensePreview } from './expense-preview';
import { EXPENSE_TIME_IDS, ExpenseTimeFields } from './expense-time-fields';
import { FormActions } from '../../components/form-actions';
import { OutcomeChoice } from '../outcomes/outcome-choice';
import { localeOf } from '../../../i18n/languages';

/** Each form field's input id: the error summary links to it. */
const FIELD_IDS: FieldIds<ExpenseForm> & Record<'from' | 'until' | 'date', string> = {
  description: 'expense-description',
  domain: 'expense-domain',
  amount: 'expense-amount',
  frequency: 'expense-frequency',
  kind: 'expense-kind',
  fromDay: `${EXPENSE_TIME_IDS.from}-day`,
  fromMonth: `${EXPENSE_TIME_IDS.from}-month`,
  fromYear: `${EXPENSE_TIME_IDS.from}-year`,
  untilDay: `${EXPENSE_TIME_IDS.until}-day`,
  untilMonth: `${EXPENSE_TIME_IDS.until}-month`,
  untilYear: `${EXPENSE_TIME_IDS.until}-year`,
  dateDay: `${EXPENSE_TIME_IDS.date}-day`,
  dateMonth: `${EXPENSE_TIME_IDS.date}-month`,
  dateYear: `${EXPENSE_TIME_IDS.date}-year`,
  ends: EXPENSE_TIME_IDS.ends,
  starts: EXPENSE_TIME_IDS.starts,
  outcomes: 'expense-outcomes',
  // A date's problem is the whole date's; it links to the day box.
  from: `${EXPENSE_TIME_IDS.from}-day`,
  until: `${EXPENSE_TIME_IDS.until}-day`,
  date: `${EXPENSE_TIME_IDS.date}-day`,
};

const NO_LINES: readonly NeedLine[] = [];

export interface ExpenseEditorProps {
  readonly budgetId: string;
  readonly expenseId: string;
  /** The expense being changed; undefined when adding one. */
  readonly existing: Expense | undefined;
  readonly rateCard: string;
}

export function ExpenseEditor({ budgetId, expenseId, existing, rateCard }: ExpenseEditorProps) {
  const { t, i18n } = useTranslation();
  const locale: Locale = localeOf(i18n.language);
  const initial = useMemo(
    () => (existing === undefined ? NEW_EXPENSE_FORM : expenseToForm(existing)),
    [existing],
  );
  const { form, set, setForm, clearDraft, setProblems, errors, errorFor } = useForm(
    draftKey(budgetId, 'expense', expenseId),
    initial,
    FIELD_IDS,
  );
  const saveExpense = useAppStore((state) => state.saveExpense);
  const lines = useAppStore((state) => state.budgets[budgetId]?.budget.lines ?? NO_LINES);
  const outcomes = useAppStore((state) => state.budgets[budgetId]?.budget.outcomes);
  const card = rateCardById(rateCard);
  const weeksPerYear = useMemo(
    () => (card === undefined ? undefined : new Dec(card.weeksPerYear)),
    [card],
  );

  const expensesPage = href({ page: 'expenses', budgetId });

  const domainOptions = [
    { value: '', label: t('expenses.form.domain.general') },
    ...(card?.domains ?? []).map((domain) => ({
      value: domain.id,
      label: localise(domain.name, i18n.language),
    })),
  ];
  // An expense from a file may name an area this card lacks: keep it choosable, not lost.
  if (!domainOptions.some((option) => option.value === form.domain)) {
    domainOptions.push({ value: form.domain, label: form.domain });
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const taken =
      useAppStore.getState().budgets[budgetId]?.budget.expenses.map((expense) => expense.id) ?? [];
    const result = formToExpense(form, expenseId === NEW ? newId('e', taken) : expenseId, lines, {
      outcomes,
    });
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    saveExpense(budgetId, result.value);
    clearDraft();
    setFlash({
      target: href({ page: 'expenses', budgetId }),
      heading: expenseId === NEW ? 'expenses.added' : 'expenses.changed',
      values: { description: result.value.description },
    });
    navigate({ page: 'expenses', budgetId });
  };

  const title =
    existing === undefined ? t('expenses.form.addTitle') : t('expenses.form.changeTitle');
  return (
    <Page
      title={title}
      caption={t('expenses.title')}
      errors={errors}
      backLink={{ href: expensesPage }}
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <form onSubmit={submit} noValidate>
            <TextInput
              id={FIELD_IDS.description}
              label={t('expenses.form.description.label')}
              hint={t('expenses.form.description.hint')}
              error={errorFor('description')}
              autoComplete="off"
              value={form.description}
              onChange={set('description')}
            />
            <Select
              id={FIELD_IDS.domain}
              label={t('expenses.form.domain.label')}
              hint={t('expenses.form.domain.hint')}
              error={errorFor('domain')}
              options={domainOptions}
              value={form.domain}
              onChange={set('domain')}
            />
            <OutcomeChoice
              id={FIELD_IDS.outcomes}
              budgetId={budgetId}
              outcomes={outcomes}
              values={form.outcomes}
              error={errorFor('outcomes')}
              onChange={set('outcomes')}
            />
            <MoneyInput
              id={FIELD_IDS.amount}
              label={t('expenses.form.amount.label')}
              hint={t('expenses.form.amount.hint')}
              error={errorFor('amount')}
              value={form.amount}
              onChange={set('amount')}
            />
            <ExpenseFrequencyQuestion
              id={FIELD_IDS.frequency}
              value={form.frequency}
              error={errorFor('frequency')}
              weeks={card?.weeksPerYear}
              onChange={set('frequency')}
            />
            <ExpensePreview
              amount={form.amount}
              frequency={form.frequency}
              weeksPerYear={weeksPerYear}
              weeksText={card?.weeksPerYear ?? ''}
              locale={locale}
            />
            <ExpenseKindQuestion
              id={FIELD_IDS.kind}
              value={form.kind}
              error={errorFor('kind')}
              onChange={set('kind')}
            />
            <ExpenseTimeFields form={form} lines={lines} errorFor={errorFor} onChange={setForm} />
            <FormActions
              saveLabel={t('expenses.form.save')}
              cancelLabel={t('expenses.form.cancel')}
              cancelHref={expensesPage}
              onCancel={clearDraft}
            />
          </form>
        </div>
      </div>
    </Page>
  );
}
