/** i18next set-up shared by the app, the reports and the command line. */
import i18next, { type i18n } from 'i18next';
import en from './en.json';

export const LANGUAGES = ['en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const resources = { en: { translation: en } } as const;

/** A ready instance: resources are bundled, so initialisation is synchronous. */
export function createI18n(language: Language = 'en'): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
    initAsync: false,
    // React escapes what it renders, and reports are plain text: escaping here would
    // double-escape names such as "O'Brien & Sons".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
