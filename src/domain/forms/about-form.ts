/** "About the person": who the budget is for, how it is funded, and the area's rate card. */
import { failed, ok, problem, type Result } from '../problems';
import type { Budget, FundingRoute } from '../schema/budget';
import { moneyInput, optionalText, problemsOf, requiredText } from './form-fields';

export type AboutForm = {
  readonly name: string;
  readonly reference: string;
  readonly title: string;
  readonly fundingRoute: FundingRoute | '';
  readonly rateCard: string;
  /** Optional: an up-front sum some areas still give. */
  readonly indicativeAnnual: string;
};

export function budgetToAboutForm(budget: Budget): AboutForm {
  return {
    name: budget.person.name,
    reference: budget.person.reference ?? '',
    title: budget.title,
    fundingRoute: budget.fundingRoute,
    rateCard: budget.rateCard,
    indicativeAnnual: budget.indicativeAnnual ?? '',
  };
}

export type AboutFields = Pick<Budget, 'person' | 'title' | 'fundingRoute' | 'rateCard' | 'indicativeAnnual'>;

export function aboutFormToFields(form: AboutForm, knownCards: readonly string[]): Result<AboutFields> {
  const name = requiredText(form.name, 'about', 'name', 200);
  const reference = optionalText(form.reference, 'reference', 100);
  const title = optionalText(form.title, 'title', 200);
  const indicative = form.indicativeAnnual.trim() === '' ? null : moneyInput(form.indicativeAnnual, 'about', 'indicativeAnnual');
  const found = problemsOf(name, reference, title, ...(indicative === null ? [] : [indicative]));
  if (form.fundingRoute === '') found.push(problem(['fundingRoute'], 'forms.about.fundingRoute.required'));
  if (!knownCards.includes(form.rateCard)) found.push(problem(['rateCard'], 'forms.about.rateCard.required'));
  if (found.length > 0 || !name.ok || !reference.ok || !title.ok || (indicative !== null && !indicative.ok)) {
    return failed(found);
  }
  return ok({
    person: { name: name.value, ...(reference.value === undefined ? {} : { reference: reference.value }) },
    title: title.value ?? '',
    fundingRoute: form.fundingRoute as FundingRoute,
    rateCard: form.rateCard,
    indicativeAnnual: indicative === null ? null : indicative.value,
  });
}
