/**
 * The English messages in the app's start-up script: every area but those loaded with
 * their pages (english-areas.ts). Imported one by one, not through english.ts, so that the
 * page areas stay out of the start-up script.
 */
import type { Messages } from './languages';
import budget from './en/budget.json';
import components from './en/components.json';
import core from './en/core.json';
import language from './en/language.json';
import offline from './en/offline.json';
import reliability from './en/reliability.json';
import start from './en/start.json';

export const englishStartAreas: Readonly<Record<string, Messages>> = {
  core,
  components,
  start,
  budget,
  reliability,
  offline,
  language,
};
