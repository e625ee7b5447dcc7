/** Names people read for the ids in a caseload summary, in the reader's language. */
import type { TFunction } from 'i18next';
import { GENERAL_DOMAIN } from '../domain/pricing/amounts';
import type { RateCard } from '../domain/schema/rate-card';
import { localise } from '../i18n/localise';

export interface CaseloadLabels {
  domain(id: string): string;
  resource(id: string): string;
  setting(id: string): string;
  flag(id: string): string;
  warning(id: string): string;
}

export function caseloadLabels(card: RateCard, t: TFunction, language: string): CaseloadLabels {
  const domains = new Map(card.domains.map((d) => [d.id, localise(d.name, language)]));
  const settings = new Map(card.settings.map((s) => [s.id, localise(s.name, language)]));
  return {
    domain: (id) => (id === GENERAL_DOMAIN ? t('terms.domainGeneral') : (domains.get(id) ?? id)),
    resource: (id) => t(`terms.resourceTitle.${id}`),
    setting: (id) => settings.get(id) ?? id,
    flag: (id) => t(`terms.flag.${id}`),
    warning: (id) => t(`caseload.warning.${id}`),
  };
}
