/**
 * The forms of the plan's risks, contingency and who pays (docs/plan-around-money.md): what
 * a person typed, read into the file's values, with a message for each field at fault that
 * names the field ("What could go wrong must be 500 characters or fewer"). Pure.
 */
import Decimal from 'decimal.js';
import { failed, ok, problem, type Problem, type Result } from '../problems';
import type { Budget, Contingency, Risk, WhoPays } from '../schema/budget';
import {
  COVER_RESOURCES,
  FUNDERS,
  PLAN_COVER_LIMITS,
  RISK_LIKELIHOODS,
  type CoverResource,
  type Funder,
  type RiskLikelihood,
} from '../schema/plan-cover-values';
import {
  moneyInput,
  optionalText,
  problemsOf,
  requiredText,
  wholeNumberInput,
  type FormScope,
  type Parsed,
} from './form-fields';

/**
 * A problem of the shared readers ("Must be 500 characters or fewer", "Enter an amount…")
 * said again with the field's own name: `forms.<scope>.<field>.<rule>`.
 */
function named<T>(parsed: Parsed<T>, scope: FormScope, field: string): Parsed<T> {
  if (parsed.ok) return parsed;
  const rule =
    /^forms\.(?:money\.)?(tooLong|plainText|oneLineText|format|negative|pence|tooLarge)$/.exec(
      parsed.problem.key,
    )?.[1];
  if (rule === undefined) return parsed;
  const key = `forms.${scope}.${field}.${rule === 'oneLineText' ? 'plainText' : rule}`;
  return { ok: false, problem: { ...parsed.problem, key } };
}

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

// Risks.

export type RiskForm = {
  readonly what: string;
  /** `low`, `medium`, `high`, or '' before one is chosen. */
  readonly likelihood: string;
  readonly inPlace: string;
};

export const NEW_RISK_FORM: RiskForm = { what: '', likelihood: '', inPlace: '' };

export function riskToForm(risk: Risk): RiskForm {
  return { what: risk.what, likelihood: risk.likelihood, inPlace: risk.inPlace ?? '' };
}

export function formToRisk(form: RiskForm, id: string): Result<Risk> {
  const what = named(
    requiredText(form.what, 'risk', 'what', PLAN_COVER_LIMITS.riskWhat, 'many'),
    'risk',
    'what',
  );
  const likelihood: Parsed<RiskLikelihood> = isOneOf(RISK_LIKELIHOODS, form.likelihood)
    ? { ok: true, value: form.likelihood }
    : { ok: false, problem: problem(['likelihood'], 'forms.risk.likelihood.required') };
  const inPlace = named(
    optionalText(form.inPlace, 'inPlace', PLAN_COVER_LIMITS.riskInPlace, 'many'),
    'risk',
    'inPlace',
  );
  if (!what.ok || !likelihood.ok || !inPlace.ok)
    return failed(problemsOf(what, likelihood, inPlace));
  return ok({
    id,
    what: what.value,
    likelihood: likelihood.value,
    ...(inPlace.value === undefined ? {} : { inPlace: inPlace.value }),
  });
}

// Contingency.

/** The carer choice's values that are not a carer's id (ids start with a letter or digit). */
export const NO_CARER_COVER = '-none';
export const ALL_CARERS = '-all';

export type ContingencyForm = {
  /** NO_CARER_COVER, ALL_CARERS or a carer's id. */
  readonly carer: string;
  /** `personal-assistant` or `registered-provider`; '' before one is chosen. */
  readonly resource: string;
  /** `yes` or `no`: cover for a provider that does not turn up. */
  readonly providerCover: string;
  readonly days: string;
  /** `yes` counts the contingency in the budget's total; `no` shows it apart only. */
  readonly inBudget: string;
};

export const NEW_CONTINGENCY_FORM: ContingencyForm = {
  carer: NO_CARER_COVER,
  resource: '',
  providerCover: 'no',
  days: '',
  inBudget: 'no',
};

export function contingencyToForm(contingency: Contingency | undefined): ContingencyForm {
  if (contingency === undefined) return NEW_CONTINGENCY_FORM;
  const { carer, providerCover, inBudget } = contingency;
  return {
    carer: carer === undefined ? NO_CARER_COVER : (carer.id ?? ALL_CARERS),
    resource: carer?.resource ?? '',
    providerCover: providerCover === undefined ? 'no' : 'yes',
    days: providerCover === undefined ? '' : String(providerCover.days),
    inBudget: inBudget === true ? 'yes' : 'no',
  };
}

/**
 * The plan's contingency, or undefined when the form asks for neither part (then the plan
 * has none). A carer named must be one of the plan's carers.
 */
export function formToContingency(
  form: ContingencyForm,
  budget: Pick<Budget, 'carers'>,
): Result<Contingency | undefined> {
  const found: Problem[] = [];
  let carer: Contingency['carer'];
  if (form.carer !== NO_CARER_COVER) {
    const known = form.carer === ALL_CARERS || budget.carers.some((c) => c.id === form.carer);
    if (!known) found.push(problem(['carer'], 'forms.contingency.carer.unknown'));
    if (!isOneOf<CoverResource>(COVER_RESOURCES, form.resource))
      found.push(problem(['resource'], 'forms.contingency.resource.required'));
    else if (known)
      carer = {
        ...(form.carer === ALL_CARERS ? {} : { id: form.carer }),
        resource: form.resource,
      };
  }
  let providerCover: Contingency['providerCover'];
  if (form.providerCover === 'yes') {
    const days = wholeNumberInput(form.days, 'contingency', 'days', 1, PLAN_COVER_LIMITS.coverDays);
    if (days.ok) providerCover = { days: days.value };
    else found.push(days.problem);
  }
  if (found.length > 0) return failed(found);
  if (carer === undefined && providerCover === undefined) return ok(undefined);
  return ok({
    ...(carer === undefined ? {} : { carer }),
    ...(providerCover === undefined ? {} : { providerCover }),
    ...(form.inBudget === 'yes' ? { inBudget: true } : {}),
  });
}

// Who pays.

export type WhoPaysForm = {
  /** The person's contribution a week, as typed; blank for none. */
  readonly contribution: string;
  /** `icb`, `council`, `joint`, or '' before one is chosen. */
  readonly funder: string;
  /** The ICB's share of a joint funding, in per cent, as typed. */
  readonly icbPercent: string;
};

export const NEW_WHO_PAYS_FORM: WhoPaysForm = { contribution: '', funder: '', icbPercent: '' };

export function whoPaysToForm(whoPays: WhoPays | undefined): WhoPaysForm {
  if (whoPays === undefined) return NEW_WHO_PAYS_FORM;
  return {
    contribution: whoPays.contributionWeekly ?? '',
    funder: whoPays.funder,
    icbPercent: whoPays.icbPercent ?? '',
  };
}

/** A percentage as the file takes it: 0 to 100, at most four places after the point. */
const PERCENT = /^(0|[1-9]\d{0,2})(\.\d{1,4})?$/;

/**
 * Who pays, from the form. `cap` is the card's maximum weekly charge (null where the card
 * has none): a contribution above it is refused, saying the cap, rather than quietly cut.
 */
export function formToWhoPays(form: WhoPaysForm, cap: string | null): Result<WhoPays> {
  const found: Problem[] = [];
  let contribution: string | undefined;
  if (form.contribution.trim() !== '') {
    const parsed = named(
      moneyInput(form.contribution, 'whoPays', 'contribution'),
      'whoPays',
      'contribution',
    );
    if (!parsed.ok) found.push(parsed.problem);
    else if (cap !== null && new Decimal(parsed.value).gt(cap))
      found.push(problem(['contribution'], 'forms.whoPays.contribution.overCap', { cap }));
    else contribution = parsed.value;
  }
  const funder = isOneOf<Funder>(FUNDERS, form.funder) ? form.funder : null;
  if (funder === null) found.push(problem(['funder'], 'forms.whoPays.funder.required'));
  let icbPercent: string | undefined;
  if (funder === 'joint') {
    const typed = form.icbPercent.trim().replace(/%$/, '').trim();
    if (typed === '') found.push(problem(['icbPercent'], 'forms.whoPays.icbPercent.required'));
    else if (!PERCENT.test(typed) || new Decimal(typed).gt(100))
      found.push(problem(['icbPercent'], 'forms.whoPays.icbPercent.range'));
    else icbPercent = new Decimal(typed).toFixed();
  }
  if (found.length > 0 || funder === null) return failed(found);
  return ok({
    ...(contribution === undefined ? {} : { contributionWeekly: contribution }),
    funder,
    ...(icbPercent === undefined ? {} : { icbPercent }),
  });
}
