import type { LocalisedText } from '../domain/schema/rate-card';

/** A rate card's name in the reader's language, falling back to English. */
export function localise(text: LocalisedText, language: string): string {
  if (typeof text === 'string') return text;
  return language === 'cy' && text.cy !== undefined ? text.cy : text.en;
}
