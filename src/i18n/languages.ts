/**
 * The languages the app speaks and what depends only on their names: no messages here, so
 * that the app's start-up code can import these without pulling in any language's words.
 */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** The locale that money, hours and dates are formatted in for a language. */
export function localeOf(language: string): 'en-GB' | 'cy-GB' {
  return language === 'cy' ? 'cy-GB' : 'en-GB';
}

export type Messages = { readonly [key: string]: string | Messages };
