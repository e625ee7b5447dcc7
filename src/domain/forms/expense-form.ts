/** The expense and investment form. */
import { failed, ok, problem, type Result } from '../problems';
import type { Expense, Frequency } from '../schema/budget';
import { moneyInput, problemsOf, requiredText } from './form-fields';

export type ExpenseForm = {
  readonly description: string;
  /** A domain id, or '' for no particular domain (counted under "general"). */
  readonly domain: string;
  readonly amount: string;
  readonly frequency: Frequency | '';
  readonly kind: 'expense' | 'investment';
};

export const NEW_EXPENSE_FORM: ExpenseForm = {
  description: '',
  domain: '',
  amount: '',
  frequency: '',
  kind: 'expense',
};

export function expenseToForm(expense: Expense): ExpenseForm {
  return {
    description: expense.description,
    domain: expense.domain ?? '',
    amount: expense.amount,
    frequency: expense.frequency,
    kind: expense.kind,
  };
}

export function formToExpense(form: ExpenseForm, id: string): Result<Expense> {
  const description = requiredText(form.description, 'expense', 'description', 200);
  const amount = moneyInput(form.amount, 'expense', 'amount');
  const found = problemsOf(description, amount);
  if (form.frequency === '') found.push(problem(['frequency'], 'forms.expense.frequency.required'));
  if (found.length > 0 || !description.ok || !amount.ok || form.frequency === '') return failed(found);
  return ok({
    id,
    ...(form.domain === '' ? {} : { domain: form.domain }),
    description: description.value,
    amount: amount.value,
    frequency: form.frequency,
    kind: form.kind,
  });
}
