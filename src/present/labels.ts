/** Names people read for the ids in a budget, in the reader's language. */
import type { TFunction } from 'i18next';
import { GENERAL_DOMAIN } from '../domain/pricing/amounts';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import type { Budget } from '../domain/schema/budget';
import type { RateCard } from '../domain/schema/rate-card';
import { localise } from '../i18n/localise';

export interface Labels {
  domain(id: string): string;
  provider(id: string): string;
  carer(id: string): string;
  /** A named personal assistant, by the name the budget gives them. */
  assistant(id: string): string;
  resource(id: string): string;
  resourceTitle(id: string): string;
}

/**
 * The names of a budget and its rate card, with or without their pricing: the area page
 * says a line's who and when before the budget can be priced. An id with no name is said
 * as it is.
 */
export function budgetLabels(
  budget: Pick<Budget, 'carers' | 'assistants'>,
  card: Pick<RateCard, 'domains' | 'registeredProvider'>,
  t: TFunction,
  language: string,
): Labels {
  const domains = new Map(card.domains.map((d) => [d.id, localise(d.name, language)]));
  const providers = new Map(
    card.registeredProvider.providers.map((p) => [p.id, localise(p.name, language)]),
  );
  const carers = new Map(budget.carers.map((c) => [c.id, c.name]));
  const assistants = new Map((budget.assistants ?? []).map((a) => [a.id, a.name]));
  return {
    domain: (id) => (id === GENERAL_DOMAIN ? t('terms.domainGeneral') : (domains.get(id) ?? id)),
    provider: (id) => providers.get(id) ?? id,
    carer: (id) => carers.get(id) ?? id,
    assistant: (id) => assistants.get(id) ?? id,
    resource: (id) => t(`terms.resource.${id}`),
    resourceTitle: (id) => t(`terms.resourceTitle.${id}`),
  };
}

/** The labels of a priced budget: its budget's and its card's names. */
export function labelsFor(pricing: BudgetPricing, t: TFunction, language: string): Labels {
  return budgetLabels(pricing.budget, pricing.card, t, language);
}
