/** The need-line form: what a person types, and the need line it makes. */
import type { Day } from '../days';
import { MINUTES_IN_A_DAY, overADay, visitMinutesADay } from '../hours';
import { failed, ok, problem, type Problem, type Result } from '../problems';
import type { Budget, Expense, LineFrequency, NeedLine, Resource } from '../schema/budget';
import { FREQUENCY_LIMITS } from '../schema/budget-values';
import { budgetRuleProblems } from '../schema/budget-rules';
import { boxesOf, dateFormFields, dateInput } from './date-fields';
import { problemsOf, requiredText, wholeNumberInput } from './form-fields';
import {
  formToPackage,
  NEW_PACKAGE_FORM,
  packageToForm,
  type LinePackageForm,
} from './line-package-form';
import { servedOutcomes } from './outcome-form';

/** Every field as the form holds it: text, so nothing typed is ever lost or reformatted. */
export type LineForm = {
  readonly kind: 'visits' | 'sleep-in';
  readonly activity: string;
  /** The ids of the plan's outcomes this need serves. */
  readonly outcomes: readonly string[];
  readonly resource: Resource | '';
  readonly provider: string;
  readonly carer: string;
  /** The named personal assistant who works the line, if one is chosen. */
  readonly assistant: string;
  readonly minutes: string;
  readonly visitsPerDay: string;
  readonly workers: string;
  readonly period: 'day' | 'night';
  readonly days: readonly Day[];
  /** The first and last days the support is given, as three boxes each; empty for no limit. */
  readonly fromDay: string;
  readonly fromMonth: string;
  readonly fromYear: string;
  readonly untilDay: string;
  readonly untilMonth: string;
  readonly untilYear: string;
  /** How often its week comes: every week, one week in N, or N weeks a year (averaged). */
  readonly repeat: LineRepeat;
  readonly everyWeeks: string;
  readonly weeksAYear: string;
} & LinePackageForm;

export type LineRepeat = 'every-week' | 'every-n-weeks' | 'weeks-a-year';

export const NEW_LINE_FORM: LineForm = {
  kind: 'visits',
  activity: '',
  outcomes: [],
  resource: '',
  provider: '',
  carer: '',
  assistant: '',
  minutes: '',
  visitsPerDay: '1',
  workers: '1',
  period: 'day',
  days: [],
  ...dateFormFields('from', undefined),
  ...dateFormFields('until', undefined),
  repeat: 'every-week',
  everyWeeks: '',
  weeksAYear: '',
  ...NEW_PACKAGE_FORM,
};

export function lineToForm(line: NeedLine): LineForm {
  return {
    kind: line.kind,
    activity: line.activity,
    outcomes: line.outcomes ?? [],
    resource: line.resource,
    provider: line.provider ?? '',
    carer: line.carer ?? '',
    assistant: line.assistant ?? '',
    minutes: line.kind === 'visits' ? String(line.minutes) : '',
    visitsPerDay: line.kind === 'visits' ? String(line.visitsPerDay) : '1',
    workers: String(line.workers),
    period: line.kind === 'visits' ? line.period : 'day',
    days: line.days,
    ...dateFormFields('from', line.from),
    ...dateFormFields('until', line.until),
    repeat:
      line.frequency?.everyWeeks !== undefined
        ? 'every-n-weeks'
        : line.frequency?.weeksAYear !== undefined
          ? 'weeks-a-year'
          : 'every-week',
    everyWeeks: line.frequency?.everyWeeks === undefined ? '' : String(line.frequency.everyWeeks),
    weeksAYear: line.frequency?.weeksAYear === undefined ? '' : String(line.frequency.weeksAYear),
    ...packageToForm(line),
  };
}

/**
 * The need line the form describes, or every problem with it by field. `budget` is the
 * budget the line goes into (it replaces any line with the same id), so the rules that
 * span lines, such as a carer's 168 hours, are checked as the file would check them.
 */
export function formToLine(
  form: LineForm,
  id: string,
  domain: string,
  budget: Budget,
): Result<NeedLine> {
  const activity = requiredText(form.activity, 'line', 'activity', 200);
  const outcomes = servedOutcomes(form.outcomes, budget);
  const workers = wholeNumberInput(form.workers, 'line', 'workers', 1, 4);
  const found: Problem[] = problemsOf(activity);
  if (form.resource === '') found.push(problem(['resource'], 'forms.line.resource.required'));
  if (form.resource === 'unpaid-carer' && form.carer === '')
    found.push(problem(['carer'], 'forms.line.carer.required'));
  // A draft may still name an assistant removed since: say so, rather than save a line naming nobody known.
  const namedAssistant = form.resource === 'personal-assistant' && form.assistant !== '';
  if (
    namedAssistant &&
    !(budget.assistants ?? []).some((assistant) => assistant.id === form.assistant)
  ) {
    found.push(problem(['assistant'], 'forms.line.assistant.unknown'));
  }
  let minutes = wholeNumberInput('1', 'line', 'minutes', 1, MINUTES_IN_A_DAY);
  let visitsPerDay = wholeNumberInput('1', 'line', 'visitsPerDay', 1, 48);
  if (form.kind === 'visits') {
    minutes = wholeNumberInput(form.minutes, 'line', 'minutes', 1, MINUTES_IN_A_DAY);
    visitsPerDay = wholeNumberInput(form.visitsPerDay, 'line', 'visitsPerDay', 1, 48);
    found.push(...problemsOf(minutes, visitsPerDay));
    const day =
      minutes.ok && visitsPerDay.ok
        ? { minutes: minutes.value, visitsPerDay: visitsPerDay.value }
        : null;
    if (day !== null && overADay(day)) {
      found.push(
        problem(['visitsPerDay'], 'forms.line.visitsPerDay.overADay', {
          total: visitMinutesADay(day),
        }),
      );
    }
  }
  found.push(...problemsOf(workers));
  if (workers.ok && workers.value !== 1 && form.resource === 'unpaid-carer') {
    found.push(problem(['workers'], 'forms.line.workers.carerOne'));
  }
  if (form.days.length === 0) found.push(problem(['days'], 'forms.line.days.required'));
  const time = lineTimeOf(
    form,
    budget.expenses.filter((expense) => expense.effect !== undefined),
    id,
  );
  if (!time.ok) found.push(...time.problems);
  const priceAndSharing = formToPackage(form, form.resource, form.kind);
  found.push(...priceAndSharing.problems);
  if (
    found.length > 0 ||
    !activity.ok ||
    !workers.ok ||
    !minutes.ok ||
    !visitsPerDay.ok ||
    !time.ok
  ) {
    return failed(found);
  }
  const resource = form.resource as Resource;
  const common = {
    id,
    domain,
    activity: activity.value,
    ...(outcomes.length === 0 ? {} : { outcomes }),
    resource,
    ...(resource === 'registered-provider' && form.provider !== ''
      ? { provider: form.provider }
      : {}),
    ...(resource === 'unpaid-carer' ? { carer: form.carer } : {}),
    workers: workers.value,
    days: [...form.days],
    ...(namedAssistant ? { assistant: form.assistant } : {}),
    ...time.value,
    ...priceAndSharing.value,
  };
  const line: NeedLine =
    form.kind === 'visits'
      ? {
          ...common,
          kind: 'visits',
          minutes: minutes.value,
          visitsPerDay: visitsPerDay.value,
          period: form.period,
        }
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
    (found) =>
      found.key === 'validation.carerOverAWeek' &&
      budget.carers[indexFromPath(found.path)]?.id === line.carer,
  );
  return over === undefined
    ? null
    : failed([problem(['carer'], 'forms.line.carer.overAWeek', over.values)]);
}

function indexFromPath(path: string): number {
  return Number(/\[(\d+)\]/.exec(path)?.[1] ?? -1);
}

type LineTime = { from?: string; until?: string; frequency?: LineFrequency };

/**
 * When the line is given and how often. A line an investment ends keeps its last day, and
 * one it starts keeps its first: the investment's payback is counted from those days.
 */
function lineTimeOf(form: LineForm, investments: readonly Expense[], id: string): Result<LineTime> {
  const from = dateInput(boxesOf(form, 'from'), 'line', 'from', false);
  const until = dateInput(boxesOf(form, 'until'), 'line', 'until', false);
  const found: Problem[] = problemsOf(from, until);
  const every =
    form.repeat === 'every-n-weeks'
      ? wholeNumberInput(
          form.everyWeeks,
          'line',
          'everyWeeks',
          FREQUENCY_LIMITS.everyWeeks.min,
          FREQUENCY_LIMITS.everyWeeks.max,
        )
      : null;
  const weeks =
    form.repeat === 'weeks-a-year'
      ? wholeNumberInput(
          form.weeksAYear,
          'line',
          'weeksAYear',
          FREQUENCY_LIMITS.weeksAYear.min,
          FREQUENCY_LIMITS.weeksAYear.max,
        )
      : null;
  found.push(...problemsOf(...[every, weeks].filter((field) => field !== null)));
  if (!from.ok || !until.ok || (every !== null && !every.ok) || (weeks !== null && !weeks.ok))
    return failed(found);
  if (from.value !== undefined && until.value !== undefined && until.value < from.value) {
    return failed([problem(['until'], 'forms.line.until.beforeFrom')]);
  }
  const named = (list: 'ends' | 'starts') =>
    investments.find((expense) => expense.effect?.[list]?.includes(id));
  const ending = named('ends');
  if (ending !== undefined && until.value === undefined) {
    return failed([
      problem(['until'], 'forms.line.until.neededByInvestment', { investment: ending.description }),
    ]);
  }
  const starting = named('starts');
  if (starting !== undefined && from.value === undefined) {
    return failed([
      problem(['from'], 'forms.line.from.neededByInvestment', { investment: starting.description }),
    ]);
  }
  return ok({
    ...(from.value === undefined ? {} : { from: from.value }),
    ...(until.value === undefined ? {} : { until: until.value }),
    ...(every !== null && every.ok ? { frequency: { everyWeeks: every.value } } : {}),
    ...(weeks !== null && weeks.ok ? { frequency: { weeksAYear: weeks.value } } : {}),
  });
}
