/**
 * The English messages in the app's start-up script: every area but those loaded with
 * their pages (english-areas.ts). Imported one by one, not through english.ts, so that the
 * page areas stay out of the start-up script.
 */
import type { Messages } from './languages';
import accessibility from './en/accessibility.json';
import budget from './en/budget.json';
import caseload from './en/caseload.json';
import components from './en/components.json';
import core from './en/core.json';
import language from './en/language.json';
import offline from './en/offline.json';
import rateCards from './en/rate-cards.json';
import reliability from './en/reliability.json';
import revisions from './en/revisions.json';
import start from './en/start.json';

export const englishStartAreas: Readonly<Record<string, Messages>> = {
  core,
  components,
  start,
  budget,
  reliability,
  offline,
  language,
  accessibility,
  caseload,
  revisions,
  rateCards,
};
