/**
 * The app's i18next instance: English is bundled into the start-up code, but for the
 * areas only its pages loaded on demand use (english-areas.ts), which arrive with those
 * pages (`loadPageMessages`, called by lazy-page.ts); Welsh (about 15 KB gzip, every area)
 * is fetched with `import()` only when someone reads Welsh. The offline copy precaches
 * every file of the build, so these chunks are there offline too.
 */
import type { i18n } from 'i18next';
import { englishStartAreas } from './english-start';
import { createInstance } from './instance';
import type { Language, Messages } from './languages';

const englishAtStart: Messages = Object.assign({}, ...Object.values(englishStartAreas)) as Messages;

async function messagesOf(language: Language): Promise<Messages> {
  if (language === 'en') return englishAtStart;
  const { welsh } = await import('./welsh');
  return welsh;
}

/** The instances made here, so that page messages reach each (the app makes one). */
const instances = new Set<i18n>();
let pageMessages: Messages | undefined;
let pageMessagesLoading: Promise<Messages> | undefined;

function addPageMessages(instance: i18n, messages: Messages): void {
  instance.addResourceBundle('en', 'translation', messages, true, false);
}

/**
 * Adds the English messages of the pages loaded on demand to every instance, fetching
 * them once. A page waits for this with its own code, so it never shows a bare key.
 */
export async function loadPageMessages(): Promise<void> {
  pageMessagesLoading ??= import('./english-pages').then(({ englishPageAreas }) => {
    const messages = Object.assign({}, ...Object.values(englishPageAreas)) as Messages;
    pageMessages = messages;
    for (const instance of instances) addPageMessages(instance, messages);
    return messages;
  });
  pageMessagesLoading.catch(() => {
    pageMessagesLoading = undefined; // a failed fetch may be tried again by the next page
  });
  await pageMessagesLoading;
}

/** The instance, with the first language's messages in place before the first render. */
export async function createAppI18n(language: Language): Promise<i18n> {
  const messages: Partial<Record<Language, Messages>> = { en: englishAtStart };
  if (language !== 'en') messages[language] = await messagesOf(language);
  const instance = createInstance(language, messages);
  if (pageMessages !== undefined) addPageMessages(instance, pageMessages);
  instances.add(instance);
  return instance;
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
