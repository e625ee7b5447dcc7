/** The need-line form: what a person types, and the need line it makes. */
import type { Day } from '../days';
import { failed, ok, problem, type Problem, type Result } from '../problems';
import type { Budget, NeedLine, Resource } from '../schema/budget';
import { budgetRuleProblems } from '../schema/budget-rules';
import { optionalText, problemsOf, requiredText, wholeNumberInput } from './form-fields';

/** Every field as the form holds it: text, so nothing typed is ever lost or reformatted. */
export type LineForm = {
  readonly kind: 'visits' | 'sleep-in';
  readonly activity: string;
  readonly outcome: string;
  readonly resource: Resource | '';
  readonly provider: string;
  readonly carer: string;
  readonly minutes: string;
  readonly visitsPerDay: string;
  readonly workers: string;
  readonly period: 'day' | 'night';
  readonly days: readonly Day[];
};

export const NEW_LINE_FORM: LineForm = {
  kind: 'visits',
  activity: '',
  outcome: '',
  resource: '',
  provider: '',
  carer: '',
  minutes: '',
  visitsPerDay: '1',
  workers: '1',
  period: 'day',
  days: [],
};

export function lineToForm(line: NeedLine): LineForm {
  return {
    kind: line.kind,
    activity: line.activity,
    outcome: line.outcome ?? '',
    resource: line.resource,
    provider: line.provider ?? '',
    carer: line.carer ?? '',
    minutes: line.kind === 'visits' ? String(line.minutes) : '',
    visitsPerDay: line.kind === 'visits' ? String(line.visitsPerDay) : '1',
    workers: String(line.workers),
    period: line.kind === 'visits' ? line.period : 'day',
    days: line.days,
  };
}

/**
 * The need line the form describes, or every problem with it by field. `budget` is the
 * budget the line goes into (it replaces any line with the same id), so the rules that
 * span lines, such as a carer's 168 hours, are checked as the file would check them.
 */
export function formToLine(form: LineForm, id: string, domain: string, budget: Budget): Result<NeedLine> {
  const activity = requiredText(form.activity, 'line', 'activity', 200);
  const outcome = optionalText(form.outcome, 'outcome', 300, 'many');
  const workers = wholeNumberInput(form.workers, 'line', 'workers', 1, 4);
  const found: Problem[] = problemsOf(activity, outcome);
  if (form.resource === '') found.push(problem(['resource'], 'forms.line.resource.required'));
  if (form.resource === 'unpaid-carer' && form.carer === '') found.push(problem(['carer'], 'forms.line.carer.required'));
  let minutes = wholeNumberInput('1', 'line', 'minutes', 1, 1440);
  let visitsPerDay = wholeNumberInput('1', 'line', 'visitsPerDay', 1, 48);
  if (form.kind === 'visits') {
    minutes = wholeNumberInput(form.minutes, 'line', 'minutes', 1, 1440);
    visitsPerDay = wholeNumberInput(form.visitsPerDay, 'line', 'visitsPerDay', 1, 48);
    found.push(...problemsOf(minutes, visitsPerDay));
    if (minutes.ok && visitsPerDay.ok && minutes.value * visitsPerDay.value > 1440) {
      found.push(problem(['visitsPerDay'], 'forms.line.visitsPerDay.overADay', { total: minutes.value * visitsPerDay.value }));
    }
  }
  found.push(...problemsOf(workers));
  if (workers.ok && workers.value !== 1 && form.resource === 'unpaid-carer') {
    found.push(problem(['workers'], 'forms.line.workers.carerOne'));
  }
  if (form.days.length === 0) found.push(problem(['days'], 'forms.line.days.required'));
  if (found.length > 0 || !activity.ok || !outcome.ok || !workers.ok || !minutes.ok || !visitsPerDay.ok) {
    return failed(found);
  }
  const resource = form.resource as Resource;
  const common = {
    id,
    domain,
    activity: activity.value,
    ...(outcome.value === undefined ? {} : { outcome: outcome.value }),
    resource,
    ...(resource === 'registered-provider' && form.provider !== '' ? { provider: form.provider } : {}),
    ...(resource === 'unpaid-carer' ? { carer: form.carer } : {}),
    workers: workers.value,
    days: [...form.days],
  };
  const line: NeedLine =
    form.kind === 'visits'
      ? { ...common, kind: 'visits', minutes: minutes.value, visitsPerDay: visitsPerDay.value, period: form.period }
      : { ...common, kind: 'sleep-in' };
  return carerWeekProblem(line, budget) ?? ok(line);
}

/** A carer cannot give more than the 168 hours in a week, across all their lines. */
function carerWeekProblem(line: NeedLine, budget: Budget): Result<NeedLine> | null {
  if (line.resource !== 'unpaid-carer') return null;
  const lines = budget.lines.some((other) => other.id === line.id)
    ? budget.lines.map((other) => (other.id === line.id ? line : other))
    : [...budget.lines, line];
  const over = budgetRuleProblems({ ...budget, lines }).find(
    (found) => found.key === 'validation.carerOverAWeek' && budget.carers[indexFromPath(found.path)]?.id === line.carer,
  );
  return over === undefined ? null : failed([problem(['carer'], 'forms.line.carer.overAWeek', over.values)]);
}

function indexFromPath(path: string): number {
  return Number(/\[(\d+)\]/.exec(path)?.[1] ?? -1);
}
