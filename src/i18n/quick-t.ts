/**
 * i18next's `t` with a short way for the calls nearly every one of the app's are: a key
 * whose message is a plain text, or one with `{{name}}` filled from values given as text
 * or numbers. i18next's own `t` spreads its whole options object, splits the key, checks
 * namespaces, plurals, contexts, nesting and formats on every call; the start page makes
 * about a hundred calls before its first frame, and each keystroke on a form makes dozens
 * (docs/performance.md, "Eleventh round"). Every other call (a count, a context, a
 * format, a nested `$t(…)`, an option that is not a value of the message, a key not
 * found) goes to i18next's `t` unchanged, so the words are always i18next's: the unit tests
 * compare the two on every key in both languages.
 *
 * One function a language, made when first asked for and kept until the messages change
 * (a bundle added, as the pages' messages and Welsh are), so it can be passed to React as
 * a value that changes only when the words do.
 */
import type { i18n, TFunction } from 'i18next';

interface Quick {
  readonly language: string;
  readonly t: TFunction;
}

/** Options that change what i18next looks up or how, even when named as a value of the message. */
const LOOKUP_OPTIONS = new Set(['count', 'context', 'ordinal', 'defaultValue', 'lng', 'ns']);

/** `{{ name }}`, as i18next's default interpolation writes it. */
const PLACEHOLDER = /\{\{(.+?)\}\}/g;

/** The `t` kept for each instance, forgotten when its messages change. */
const quick = new WeakMap<i18n, Quick>();
const watched = new WeakSet<i18n>();

/** Forgets the instance's kept `t` whenever a bundle is added or removed. */
function watchMessages(instance: i18n): void {
  if (watched.has(instance)) return;
  watched.add(instance);
  const forget = () => quick.delete(instance);
  instance.store.on('added', forget);
  instance.store.on('removed', forget);
}

/** The message under a dotted key in the first of the languages that has it as text. */
function messageOf(instance: i18n, languages: readonly string[], key: string): string | undefined {
  const path = key.split('.');
  for (const language of languages) {
    let node: unknown = instance.store.data[language]?.['translation'];
    for (const part of path) {
      if (node === null || typeof node !== 'object') break;
      node = (node as Record<string, unknown>)[part];
    }
    if (typeof node === 'string') return node;
  }
  return undefined;
}

/**
 * The message with its values put in, or undefined when i18next must do it: a value that
 * is not text or a number, a name with a format or a path (`{{amount, money}}`, `{{a.b}}`),
 * or an option that is not one of the message's values, which i18next would read.
 */
function filled(message: string, values: Readonly<Record<string, unknown>>): string | undefined {
  const named = new Set<string>();
  let plain = true;
  const text = message.replace(PLACEHOLDER, (whole, inner: string) => {
    const name = inner.trim();
    const value = values[name];
    if (/[.,]/.test(name) || (typeof value !== 'string' && typeof value !== 'number')) {
      plain = false;
      return whole;
    }
    named.add(name);
    return String(value);
  });
  const onlyValues = Object.keys(values).every(
    (name) => named.has(name) && !LOOKUP_OPTIONS.has(name),
  );
  return plain && onlyValues ? text : undefined;
}

function makeQuickT(instance: i18n): TFunction {
  const full = instance.t.bind(instance) as unknown as (...args: unknown[]) => unknown;
  const languages = [...instance.languages];
  // Messages found, by key: only those that need nothing of i18next's but their values.
  const found = new Map<string, string>();
  const quickT = (key: unknown, options?: unknown, ...rest: unknown[]): unknown => {
    if (typeof key !== 'string' || rest.length > 0 || key.includes(':'))
      return full(key, options, ...rest);
    let message = found.get(key);
    if (message === undefined) {
      message = messageOf(instance, languages, key);
      if (message === undefined || message.includes('$t(')) return full(key, options);
      found.set(key, message);
    }
    if (options === undefined) return message.includes('{{') ? full(key) : message;
    if (options === null || typeof options !== 'object') return full(key, options);
    if (!message.includes('{{')) return full(key, options);
    return filled(message, options as Readonly<Record<string, unknown>>) ?? full(key, options);
  };
  return quickT as unknown as TFunction;
}

/** The instance's `t` for its present language and messages: the same function until either changes. */
export function quickT(instance: i18n): TFunction {
  watchMessages(instance);
  const language = instance.language;
  const kept = quick.get(instance);
  if (kept !== undefined && kept.language === language) return kept.t;
  const t = makeQuickT(instance);
  quick.set(instance, { language, t });
  return t;
}

/** Calls `changed` whenever `quickT` would give another function: the language or the messages changed. */
export function onWordsChanged(instance: i18n, changed: () => void): () => void {
  // Watched first, so the kept `t` is forgotten before `changed` asks for it again.
  watchMessages(instance);
  instance.on('languageChanged', changed);
  instance.store.on('added', changed);
  instance.store.on('removed', changed);
  return () => {
    instance.off('languageChanged', changed);
    instance.store.off('added', changed);
    instance.store.off('removed', changed);
  };
}
