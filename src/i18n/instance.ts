/**
 * One i18next instance over the messages given: the same settings for the app (English
 * bundled, Welsh added when chosen: app-i18n.ts) and for the command line and tests
 * (both bundled: index.ts).
 */
import i18next, { type i18n } from 'i18next';
import { LANGUAGES, type Language, type Messages } from './languages';

/** Resources are in memory, so initialisation is synchronous. */
export function createInstance(
  language: Language,
  messages: Partial<Record<Language, Messages>>,
): i18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    Object.entries(messages).map(([lng, translation]) => [lng, { translation }]),
  );
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
  instance.services.formatter?.add('inText', inText);
  return instance;
}

/**
 * `{{kind, inText}}`: a label written to stand alone ("A bank or prepaid card statement",
 * a choice on a form) as it reads inside a sentence ("read as a bank or prepaid card
 * statement"), in either language: its first letter lower-cased. A label that starts with
 * an abbreviation or a name in capitals ("PAYE…", "NHS…") is left as it is.
 */
export function inText(value: unknown): string {
  const text = String(value);
  const [first = '', second = ''] = text;
  return second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()
    ? text
    : first.toLowerCase() + text.slice(first.length);
}
