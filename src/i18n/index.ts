/**
 * i18next set-up shared by the app, the reports and the command line. Messages live in
 * one file per area of the app and language (src/i18n/en/*.json, src/i18n/cy/*.json, with
 * the same top-level keys), merged into one namespace per language, so that people
 * working on different pages never edit the same file.
 */
import i18next, { type i18n } from 'i18next';
import accessibility from './en/accessibility.json';
import budget from './en/budget.json';
import carers from './en/carers.json';
import caseload from './en/caseload.json';
import components from './en/components.json';
import core from './en/core.json';
import documents from './en/documents.json';
import expenses from './en/expenses.json';
import forms from './en/forms.json';
import language from './en/language.json';
import lines from './en/lines.json';
import offline from './en/offline.json';
import pdf from './en/pdf.json';
import reliability from './en/reliability.json';
import revisions from './en/revisions.json';
import rateCards from './en/rate-cards.json';
import start from './en/start.json';
import summary from './en/summary.json';
import cyAccessibility from './cy/accessibility.json';
import cyCaseload from './cy/caseload.json';
import cyOffline from './cy/offline.json';
import cyRateCards from './cy/rate-cards.json';
import cyReliability from './cy/reliability.json';
import cyRevisions from './cy/revisions.json';
import cyBudget from './cy/budget.json';
import cyCarers from './cy/carers.json';
import cyComponents from './cy/components.json';
import cyCore from './cy/core.json';
import cyDocuments from './cy/documents.json';
import cyExpenses from './cy/expenses.json';
import cyForms from './cy/forms.json';
import cyLanguage from './cy/language.json';
import cyLines from './cy/lines.json';
import cyPdf from './cy/pdf.json';
import cyStart from './cy/start.json';
import cySummary from './cy/summary.json';

export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** The locale that money, hours and dates are formatted in for a language. */
export function localeOf(language: string): 'en-GB' | 'cy-GB' {
  return language === 'cy' ? 'cy-GB' : 'en-GB';
}

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
  reliability,
  offline,
  language,
  accessibility,
  caseload,
  revisions,
  rateCards,
};

/** The same areas in Welsh: each file has its English file's top-level key (a test holds that). */
export const welshAreas: Readonly<Record<string, Messages>> = {
  core: cyCore,
  components: cyComponents,
  start: cyStart,
  budget: cyBudget,
  lines: cyLines,
  carers: cyCarers,
  expenses: cyExpenses,
  forms: cyForms,
  summary: cySummary,
  pdf: cyPdf,
  documents: cyDocuments,
  language: cyLanguage,
  accessibility: cyAccessibility,
  reliability: cyReliability,
  offline: cyOffline,
  caseload: cyCaseload,
  revisions: cyRevisions,
  rateCards: cyRateCards,
};

export const english: Messages = Object.assign({}, ...Object.values(englishAreas)) as Messages;
export const welsh: Messages = Object.assign({}, ...Object.values(welshAreas)) as Messages;

export const resources = { en: { translation: english }, cy: { translation: welsh } } as const;

/** A ready instance: resources are bundled, so initialisation is synchronous. */
export function createI18n(language: Language = 'en'): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    // A key not yet translated shows in English rather than as a bare key; the parity
    // test and `npm run i18n:missing` make sure none is left that way.
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources,
    initAsync: false,
    // React escapes what it renders, and reports are plain text: escaping here would
    // double-escape names such as "O'Brien & Sons".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
