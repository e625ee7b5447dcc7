/**
 * "About the person": who the budget is for, how it is funded, the area's rate card, and
 * the plan in time (its dates, status, cohort and the cost of the package it replaces).
 */
import { failed, ok, problem, type Problem, type Result } from '../problems';
import type { Budget, Cohort, FundingRoute, Plan, PlanStatus } from '../schema/budget';
import { boxesOf, dateFormFields, dateInput } from './date-fields';
import { moneyInput, optionalText, problemsOf, requiredText } from './form-fields';

export type AboutForm = {
  readonly name: string;
  readonly reference: string;
  readonly title: string;
  readonly fundingRoute: FundingRoute | '';
  readonly rateCard: string;
  /** Optional: an up-front sum some areas still give. */
  readonly indicativeAnnual: string;
  /** The plan's first day; needed once any of the plan's answers is given. */
  readonly startDay: string;
  readonly startMonth: string;
  readonly startYear: string;
  /** The plan's last day; empty while it goes on. */
  readonly endDay: string;
  readonly endMonth: string;
  readonly endYear: string;
  readonly status: PlanStatus | '';
  readonly cohort: Cohort | '';
  readonly comparatorAnnual: string;
};

export function budgetToAboutForm(budget: Budget): AboutForm {
  const { plan } = budget;
  return {
    name: budget.person.name,
    reference: budget.person.reference ?? '',
    title: budget.title,
    fundingRoute: budget.fundingRoute,
    rateCard: budget.rateCard,
    indicativeAnnual: budget.indicativeAnnual ?? '',
    ...dateFormFields('start', plan?.start),
    ...dateFormFields('end', plan?.end),
    status: plan?.status ?? '',
    cohort: plan?.cohort ?? '',
    comparatorAnnual: plan?.comparatorAnnual ?? '',
  };
}

/**
 * `plan` given as undefined takes the plan off the budget (every answer about it was left
 * empty); without the field the budget's plan stays as it is.
 */
export type AboutFields = Pick<
  Budget,
  'person' | 'title' | 'fundingRoute' | 'rateCard' | 'indicativeAnnual'
> & {
  readonly plan?: Plan | undefined;
};

export function aboutFormToFields(
  form: AboutForm,
  knownCards: readonly string[],
): Result<AboutFields> {
  const name = requiredText(form.name, 'about', 'name', 200);
  const reference = optionalText(form.reference, 'reference', 100);
  const title = optionalText(form.title, 'title', 200);
  const indicative =
    form.indicativeAnnual.trim() === ''
      ? null
      : moneyInput(form.indicativeAnnual, 'about', 'indicativeAnnual');
  // In the order the questions come on the page, so the error summary reads down the form.
  const found = problemsOf(name, reference, title);
  if (form.fundingRoute === '')
    found.push(problem(['fundingRoute'], 'forms.about.fundingRoute.required'));
  if (!knownCards.includes(form.rateCard))
    found.push(problem(['rateCard'], 'forms.about.rateCard.required'));
  if (indicative !== null) found.push(...problemsOf(indicative));
  const plan = planOf(form);
  if (!plan.ok) found.push(...plan.problems);
  if (
    found.length > 0 ||
    !name.ok ||
    !reference.ok ||
    !title.ok ||
    (indicative !== null && !indicative.ok) ||
    !plan.ok
  ) {
    return failed(found);
  }
  return ok({
    person: {
      name: name.value,
      ...(reference.value === undefined ? {} : { reference: reference.value }),
    },
    title: title.value ?? '',
    fundingRoute: form.fundingRoute as FundingRoute,
    rateCard: form.rateCard,
    indicativeAnnual: indicative === null ? null : indicative.value,
    plan: plan.value,
  });
}

/** The plan from its answers: none when all are empty, else a start is needed and the end is not before it. */
function planOf(form: AboutForm): Result<Plan | undefined> {
  const answered = [
    form.startDay,
    form.startMonth,
    form.startYear,
    form.endDay,
    form.endMonth,
    form.endYear,
    form.status,
    form.cohort,
    form.comparatorAnnual,
  ].some((answer) => answer.trim() !== '');
  if (!answered) return ok(undefined);
  const start = dateInput(boxesOf(form, 'start'), 'about', 'start', true);
  const end = dateInput(boxesOf(form, 'end'), 'about', 'end', false);
  const comparator =
    form.comparatorAnnual.trim() === ''
      ? null
      : moneyInput(form.comparatorAnnual, 'about', 'comparatorAnnual');
  const found: Problem[] = problemsOf(start, end, ...(comparator === null ? [] : [comparator]));
  if (!start.ok || !end.ok || start.value === undefined || (comparator !== null && !comparator.ok))
    return failed(found);
  if (end.value !== undefined && end.value < start.value) {
    return failed([problem(['end'], 'forms.about.end.beforeStart')]);
  }
  return ok({
    start: start.value,
    ...(end.value === undefined ? {} : { end: end.value }),
    ...(form.status === '' ? {} : { status: form.status }),
    ...(form.cohort === '' ? {} : { cohort: form.cohort }),
    ...(comparator === null ? {} : { comparatorAnnual: comparator.value }),
  });
}
