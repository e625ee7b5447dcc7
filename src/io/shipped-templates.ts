/**
 * The libraries of typical needs shipped beside the rate cards (rate-cards/templates),
 * bundled at build time and checked before release as the cards are
 * (scripts/shipped-files-check.ts). Imported only by the need page, so they load with it,
 * never at start-up.
 */
import type { NeedTemplates } from '../domain/schema/need-templates';
import { byCodeUnits } from '../domain/code-unit-order';

const files = import.meta.glob<NeedTemplates>('../../rate-cards/templates/*.json', {
  eager: true,
  import: 'default',
});

export const shippedTemplateLibraries: readonly NeedTemplates[] = Object.entries(files)
  .sort(([a], [b]) => byCodeUnits(a, b))
  .map(([, library]) => library);
