/**
 * The app's i18next instance: English is bundled into the start-up code, Welsh (about
 * 15 KB gzip) is fetched with `import()` only when someone reads Welsh. The offline copy
 * precaches every file of the build, so the Welsh chunk is there offline too.
 */
import type { i18n } from 'i18next';
import { english } from './english';
import { createInstance } from './instance';
import type { Language, Messages } from './languages';

async function messagesOf(language: Language): Promise<Messages> {
  if (language === 'en') return english;
  const { welsh } = await import('./welsh');
  return welsh;
}

/** The instance, with the first language's messages in place before the first render. */
export async function createAppI18n(language: Language): Promise<i18n> {
  const messages: Partial<Record<Language, Messages>> = { en: english };
  if (language !== 'en') messages[language] = await messagesOf(language);
  return createInstance(language, messages);
}

/** Whether a language can be shown now, without waiting for its messages. */
export function isLoaded(instance: i18n, language: Language): boolean {
  return instance.hasResourceBundle(language, 'translation');
}

/** Adds a language's messages to the instance if they are not there yet. */
export async function loadLanguage(instance: i18n, language: Language): Promise<void> {
  if (isLoaded(instance, language)) return;
  const messages = await messagesOf(language);
  instance.addResourceBundle(language, 'translation', messages, true, true);
}
