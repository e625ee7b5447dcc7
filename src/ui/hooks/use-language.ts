/**
 * The language the app speaks: chosen with the link in the header, remembered on this
 * device (localStorage: a word, not personal data, and read before the first paint so the
 * app never flashes the other language), and written to <html lang> so that screen
 * readers pronounce it right. Changing it re-renders every string in place: drafts live
 * in the store, so nothing typed is lost. Welsh messages are loaded the first time Welsh is
 * chosen (src/i18n/app-i18n.ts).
 */
import { useEffect } from 'react';
import { useTranslation } from './use-translation';
import { isLoaded, loadLanguage } from '../../i18n/app-i18n';
import { isLanguage, type Language } from '../../i18n/languages';

const STORAGE_KEY = 'support-budget-builder.language';

/** The remembered choice; else Welsh if the browser asks for it first; else English. */
export function initialLanguage(): Language {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // Storage can be blocked (private modes, policies): the browser's wish still counts.
  }
  const first = window.navigator.languages[0] ?? window.navigator.language;
  return first.toLowerCase().startsWith('cy') ? 'cy' : 'en';
}

function remember(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered where storage is blocked; the switch still works for this visit.
  }
}

export function useLanguage(): {
  readonly language: Language;
  readonly switchTo: (language: Language) => void;
  /** Fetches a language's messages ahead of a switch (the pointer on the link, or focus). */
  readonly prepare: (language: Language) => void;
} {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  return {
    language,
    switchTo: (next) => {
      const show = (): void => {
        remember(next);
        void i18n.changeLanguage(next);
      };
      // Welsh is fetched the first time it is chosen (precached, so offline too); should
      // that fail, the page stays in the language it is in rather than half-translated.
      if (isLoaded(i18n, next)) show();
      else loadLanguage(i18n, next).then(show, () => undefined);
    },
    // A failed fetch is tried again by the switch itself.
    prepare: (next) => void loadLanguage(i18n, next).catch(() => undefined),
  };
}

/** Keeps <html lang> in step with the language shown. */
export function useDocumentLanguage(): void {
  const { language } = useLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}
