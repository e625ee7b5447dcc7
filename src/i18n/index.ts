/**
 * i18next for the command line, the reports and the tests: both languages bundled, so a
 * ready instance comes back synchronously. The app itself uses app-i18n.ts, which bundles
 * English only and loads Welsh when it is chosen; app code imports language helpers from
 * languages.ts, never from here, or the Welsh messages would join its start-up code.
 * New message areas are registered in english.ts and welsh.ts.
 */
import type { i18n } from 'i18next';
import { english } from './english';
import { createInstance } from './instance';
import type { Language } from './languages';
import { welsh } from './welsh';

export { LANGUAGES, isLanguage, localeOf, type Language, type Messages } from './languages';
export { english, englishAreas } from './english';
export { welsh, welshAreas } from './welsh';

export const resources = { en: { translation: english }, cy: { translation: welsh } } as const;

/** A ready instance with both languages. */
export function createI18n(language: Language = 'en'): i18n {
  return createInstance(language, { en: english, cy: welsh });
}
