/**
 * The expense and investment form: what it is, how much and how often, when (a recurring
 * amount's first and last days, a one-off's date), and for an investment the needs it
 * ends and starts, from which its payback is worked out.
 */
import { failed, ok, problem, type Problem, type Result } from '../problems';
import type { Budget, Expense, Frequency, NeedLine } from '../schema/budget';
import { boxesOf, dateFormFields, dateInput } from './date-fields';
import { moneyInput, problemsOf, requiredText } from './form-fields';
import { servedOutcomes } from './outcome-form';

export type ExpenseForm = {
  readonly description: string;
  /** A domain id, or '' for no particular domain (counted under "general"). */
  readonly domain: string;
  readonly amount: string;
  readonly frequency: Frequency | '';
  readonly kind: 'expense' | 'investment';
  /** A recurring amount's first and last days; each empty for no limit. */
  readonly fromDay: string;
  readonly fromMonth: string;
  readonly fromYear: string;
  readonly untilDay: string;
  readonly untilMonth: string;
  readonly untilYear: string;
  /** The day a one-off amount is spent; empty when not known. */
  readonly dateDay: string;
  readonly dateMonth: string;
  readonly dateYear: string;
  /** An investment's effect: the ids of the needs it ends and of those it starts. */
  readonly ends: readonly string[];
  readonly starts: readonly string[];
  /** The ids of the plan's outcomes this expense serves. */
  readonly outcomes: readonly string[];
};

export const NEW_EXPENSE_FORM: ExpenseForm = {
  description: '',
  domain: '',
  amount: '',
  frequency: '',
  kind: 'expense',
  ...dateFormFields('from', undefined),
  ...dateFormFields('until', undefined),
  ...dateFormFields('date', undefined),
  ends: [],
  starts: [],
  outcomes: [],
};

export function expenseToForm(expense: Expense): ExpenseForm {
  return {
    description: expense.description,
    domain: expense.domain ?? '',
    amount: expense.amount,
    frequency: expense.frequency,
    kind: expense.kind,
    ...dateFormFields('from', expense.from),
    ...dateFormFields('until', expense.until),
    ...dateFormFields('date', expense.date),
    ends: expense.effect?.ends ?? [],
    starts: expense.effect?.starts ?? [],
    outcomes: expense.outcomes ?? [],
  };
}

/** `lines` are the budget's needs, which an investment's effect names; `plan` holds the outcomes it may serve. */
export function formToExpense(
  form: ExpenseForm,
  id: string,
  lines: readonly NeedLine[] = [],
  plan: Pick<Budget, 'outcomes'> = {},
): Result<Expense> {
  const description = requiredText(form.description, 'expense', 'description', 200);
  const amount = moneyInput(form.amount, 'expense', 'amount');
  const found = problemsOf(description, amount);
  if (form.frequency === '') found.push(problem(['frequency'], 'forms.expense.frequency.required'));
  const oneOff = form.frequency === 'one-off';
  const time = oneOff ? oneOffTime(form) : recurringTime(form);
  if (!time.ok) found.push(...time.problems);
  const effect = oneOff && form.kind === 'investment' ? effectOf(form, lines) : ok({});
  if (!effect.ok) found.push(...effect.problems);
  if (
    found.length > 0 ||
    !description.ok ||
    !amount.ok ||
    form.frequency === '' ||
    !time.ok ||
    !effect.ok
  ) {
    return failed(found);
  }
  return ok({
    id,
    ...(form.domain === '' ? {} : { domain: form.domain }),
    description: description.value,
    amount: amount.value,
    frequency: form.frequency,
    kind: form.kind,
    ...time.value,
    ...effect.value,
    ...servesOf(form.outcomes, plan),
  });
}

function oneOffTime(form: ExpenseForm): Result<{ date?: string }> {
  const date = dateInput(boxesOf(form, 'date'), 'expense', 'date', false);
  if (!date.ok) return failed([date.problem]);
  return ok(date.value === undefined ? {} : { date: date.value });
}

function recurringTime(form: ExpenseForm): Result<{ from?: string; until?: string }> {
  const from = dateInput(boxesOf(form, 'from'), 'expense', 'from', false);
  const until = dateInput(boxesOf(form, 'until'), 'expense', 'until', false);
  if (!from.ok || !until.ok) return failed(problemsOf(from, until));
  if (from.value !== undefined && until.value !== undefined && until.value < from.value) {
    return failed([problem(['until'], 'forms.expense.until.beforeFrom')]);
  }
  return ok({
    ...(from.value === undefined ? {} : { from: from.value }),
    ...(until.value === undefined ? {} : { until: until.value }),
  });
}

/**
 * The needs an investment ends must have a last day, and those it starts a first day: the
 * payback counts from them. A need no longer in the budget is dropped, not kept as a dangling name.
 */
function effectOf(form: ExpenseForm, lines: readonly NeedLine[]): Result<Pick<Expense, 'effect'>> {
  const byId = new Map(lines.map((line) => [line.id, line]));
  const ends = form.ends.filter((lineId) => byId.has(lineId));
  const starts = form.starts.filter((lineId) => byId.has(lineId));
  const found: Problem[] = [];
  const withoutUntil = ends
    .map((lineId) => byId.get(lineId))
    .find((line) => line?.until === undefined);
  if (withoutUntil !== undefined)
    found.push(problem(['ends'], 'forms.expense.ends.noUntil', { need: withoutUntil.activity }));
  const withoutFrom = starts
    .map((lineId) => byId.get(lineId))
    .find((line) => line?.from === undefined);
  if (withoutFrom !== undefined)
    found.push(problem(['starts'], 'forms.expense.starts.noFrom', { need: withoutFrom.activity }));
  if (found.length > 0) return failed(found);
  if (ends.length === 0 && starts.length === 0) return ok({});
  return ok({
    effect: { ...(ends.length === 0 ? {} : { ends }), ...(starts.length === 0 ? {} : { starts }) },
  });
}

function servesOf(
  ticked: readonly string[],
  plan: Pick<Budget, 'outcomes'>,
): Pick<Expense, 'outcomes'> {
  const outcomes = servedOutcomes(ticked, plan);
  return outcomes.length === 0 ? {} : { outcomes };
}
