/**
 * Finding a typical need to start from (docs/templates.md): the templates a card offers
 * for one area of life, and those whose name or activity holds every word searched for,
 * in the language of the page. Accents and case do not matter ("gwely" finds "Gwely").
 */
import type { NeedTemplate, NeedTemplates } from './schema/need-templates';

export type TemplateLanguage = 'en' | 'cy';

/** The templates of the libraries made for this card, in the area of life given, in library order. */
export function templatesFor(
  libraries: readonly NeedTemplates[],
  cardId: string,
  domainId: string,
): NeedTemplate[] {
  return libraries
    .filter((library) => library.rateCards.includes(cardId))
    .flatMap((library) => library.templates.filter((template) => template.domain === domainId));
}

/** Lower case without accents, so "ŵ" and "w", "É" and "e" match. */
function folded(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Every template whose name or activity holds each word of the search; all of them for an empty search. */
export function searchTemplates(
  templates: readonly NeedTemplate[],
  search: string,
  language: TemplateLanguage,
): NeedTemplate[] {
  const words = folded(search)
    .split(/\s+/)
    .filter((word) => word !== '');
  return templates.filter((template) => {
    const haystack = folded(`${template.name[language]} ${template.activity[language]}`);
    return words.every((word) => haystack.includes(word));
  });
}
