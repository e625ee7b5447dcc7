/** Names people read for the ids in a priced budget, in the reader's language. */
import type { TFunction } from 'i18next';
import { GENERAL_DOMAIN } from '../domain/pricing/amounts';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import { localise } from '../i18n/localise';

export interface Labels {
  domain(id: string): string;
  provider(id: string): string;
  carer(id: string): string;
  resource(id: string): string;
  resourceTitle(id: string): string;
}

export function labelsFor(pricing: BudgetPricing, t: TFunction, language: string): Labels {
  const domains = new Map(pricing.card.domains.map((d) => [d.id, localise(d.name, language)]));
  const providers = new Map(
    pricing.card.registeredProvider.providers.map((p) => [p.id, localise(p.name, language)]),
  );
  const carers = new Map(pricing.budget.carers.map((c) => [c.id, c.name]));
  return {
    domain: (id) => (id === GENERAL_DOMAIN ? t('terms.domainGeneral') : (domains.get(id) ?? id)),
    provider: (id) => providers.get(id) ?? id,
    carer: (id) => carers.get(id) ?? id,
    resource: (id) => t(`terms.resource.${id}`),
    resourceTitle: (id) => t(`terms.resourceTitle.${id}`),
  };
}
