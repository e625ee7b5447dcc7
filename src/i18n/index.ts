/**
 * i18next set-up shared by the app, the reports and the command line. English messages
 * live in one file per area of the app (src/i18n/en/*.json), merged into one namespace,
 * so that people working on different pages never edit the same file.
 */
import i18next, { type i18n } from 'i18next';
import budget from './en/budget.json';
import carers from './en/carers.json';
import components from './en/components.json';
import core from './en/core.json';
import documents from './en/documents.json';
import expenses from './en/expenses.json';
import forms from './en/forms.json';
import lines from './en/lines.json';
import pdf from './en/pdf.json';
import rateCards from './en/rate-cards.json';
import start from './en/start.json';
import summary from './en/summary.json';

export const LANGUAGES = ['en'] as const;
export type Language = (typeof LANGUAGES)[number];

type Messages = { readonly [key: string]: string | Messages };

/** Areas must not define the same top-level key: a test holds that. */
export const englishAreas: Readonly<Record<string, Messages>> = {
  core,
  components,
  start,
  budget,
  lines,
  carers,
  expenses,
  forms,
  summary,
  pdf,
  documents,
  rateCards,
};

export const english: Messages = Object.assign({}, ...Object.values(englishAreas)) as Messages;

export const resources = { en: { translation: english } } as const;

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
