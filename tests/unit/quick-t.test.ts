/**
 * The quick `t` (src/i18n/quick-t.ts) gives exactly i18next's words: on every message of
 * both languages, with its values as text, numbers and text that looks like markup or
 * placeholders, without values, with a count, with options i18next reads; and a new
 * function, with the new words, once the language or the messages change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createI18n, english } from '../../src/i18n';
import { createInstance } from '../../src/i18n/instance';
import { flatten, familyOf } from '../../src/i18n/keys';
import { onWordsChanged, quickT } from '../../src/i18n/quick-t';

const keys = [...new Set([...flatten(english).keys()].map(familyOf))];

/** The names of a message's `{{…}}` values, as written. */
const namesIn = (message: string): string[] =>
  [...message.matchAll(/\{\{(.+?)\}\}/g)].map((match) => (match[1] as string).trim());

const value = fc.oneof(
  fc.string(),
  fc.constantFrom('', '$&', '$1', '{{name}}', '$t(app.title)', "O'Brien & Sons", '<b>'),
  fc.integer(),
  fc.double({ noNaN: true }),
);

describe('the quick t', () => {
  for (const language of ['en', 'cy'] as const) {
    const instance = createI18n(language);
    const t = quickT(instance);

    it(`gives i18next's words for every ${language} key, without values`, () => {
      for (const key of keys) expect(t(key), key).toBe(instance.t(key));
    });

    it(`gives i18next's words for every ${language} key with values of every kind`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...keys), fc.array(value, { minLength: 3 }), (key, pool) => {
          const message = instance.t(key, { lng: language });
          const names = namesIn(String(message)).map((name) => name.split(',')[0] as string);
          const values = Object.fromEntries(names.map((name, index) => [name, pool[index % 3]]));
          expect(t(key, values)).toBe(instance.t(key, values));
          expect(t(key, { ...values, count: 2 })).toBe(instance.t(key, { ...values, count: 2 }));
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('leaves to i18next what it reads beyond values: a default, a missing key, extra options, a missing value', () => {
    const instance = createI18n('en');
    const t = quickT(instance);
    const key = keys.find((candidate) => namesIn(instance.t(candidate)).length === 1);
    if (key === undefined) throw new Error('no message with one value');
    const [name = ''] = namesIn(instance.t(key));
    expect(t('no.such.key')).toBe('no.such.key');
    expect(t('no.such.key', 'A default')).toBe('A default');
    expect(t(key, { [name]: 'x', lng: 'cy' })).toBe(instance.t(key, { [name]: 'x', lng: 'cy' }));
    expect(t(key, { [name]: undefined })).toBe(instance.t(key, { [name]: undefined }));
    expect(t(key, { [name]: { a: 1 } })).toBe(instance.t(key, { [name]: { a: 1 } }));
    expect(t(key, { [name]: 'x', other: 'y' })).toBe(instance.t(key, { [name]: 'x', other: 'y' }));
  });

  it('is a new function with the new words when the language or the messages change', async () => {
    const instance = createInstance('en', { en: { greeting: { hello: 'Hello {{name}}' } } });
    const changes: number[] = [];
    const stop = onWordsChanged(instance, () => changes.push(changes.length));
    const first = quickT(instance);
    expect(quickT(instance)).toBe(first);
    expect(first('greeting.hello', { name: 'Ann' })).toBe('Hello Ann');
    expect(first('greeting.bye')).toBe('greeting.bye');

    instance.addResourceBundle('en', 'translation', { greeting: { bye: 'Goodbye' } }, true, false);
    const second = quickT(instance);
    expect(second).not.toBe(first);
    expect(second('greeting.bye')).toBe('Goodbye');

    instance.addResourceBundle('cy', 'translation', { greeting: { hello: 'Helo {{name}}' } });
    await instance.changeLanguage('cy');
    const third = quickT(instance);
    expect(third).not.toBe(second);
    expect(third('greeting.hello', { name: 'Ann' })).toBe('Helo Ann');
    // Not in Welsh: English, as i18next falls back.
    expect(third('greeting.bye')).toBe('Goodbye');
    expect(changes.length).toBeGreaterThanOrEqual(3);

    stop();
    instance.addResourceBundle('cy', 'translation', { greeting: { bye: 'Hwyl' } }, true, true);
    const count = changes.length;
    expect(quickT(instance)('greeting.bye')).toBe('Hwyl');
    expect(changes.length).toBe(count);
  });
});
