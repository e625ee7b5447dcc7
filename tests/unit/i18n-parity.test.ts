/**
 * English and Welsh say the same things: every key in either language is in the other
 * (plurals compared as families, with every form each language's plural rules need),
 * with the same {{variables}}, and none is empty. A failure lists exactly the keys to
 * fill in; `npm run i18n:missing` prints the same lists as JSON for a translator.
 */
import { describe, expect, it } from 'vitest';
import { createI18n, english, englishAreas, welsh, welshAreas } from '../../src/i18n';
import { compareLanguages, flatten, missingWithText } from '../../src/i18n/keys';

describe('Welsh and English messages', () => {
  const welshAgainstEnglish = compareLanguages(english, welsh, 'cy');
  const englishAgainstWelsh = compareLanguages(welsh, english, 'en');

  it('Welsh has every English message', () => {
    expect(welshAgainstEnglish.missing).toEqual([]);
  });

  it('English has every Welsh message', () => {
    expect(englishAgainstWelsh.missing).toEqual([]);
  });

  it('every plural has all six Welsh forms (zero, one, two, few, many, other) and both English ones', () => {
    expect(welshAgainstEnglish.missingForms).toEqual([]);
    expect(englishAgainstWelsh.missingForms).toEqual([]);
  });

  it('each message has the same {{variables}} in both languages', () => {
    expect(welshAgainstEnglish.variableMismatches).toEqual([]);
  });

  it('no message is empty in either language', () => {
    expect(welshAgainstEnglish.empty).toEqual([]);
    expect(englishAgainstWelsh.empty).toEqual([]);
  });

  it('each Welsh area file has its English file’s top-level keys, so areas merge alike', () => {
    const shape = (areas: typeof englishAreas) =>
      Object.fromEntries(
        Object.entries(areas).map(([area, messages]) => [area, Object.keys(messages).sort()]),
      );
    expect(shape(welshAreas)).toEqual(shape(englishAreas));
  });

  it('has no English left untranslated in Welsh, beyond symbols, names and file formats', () => {
    // A message identical in both languages is usually a copy waiting for translation.
    // Words spelt alike in both languages ("Person", "Cost") are listed here by key.
    const englishLeaves = flatten(english);
    const same = [...flatten(welsh)]
      .filter(([key, text]) => englishLeaves.get(key) === text)
      .filter(([, text]) => /[A-Za-z]{3,}/.test(text.replace(/\{\{[^}]*\}\}/g, '')))
      .map(([key]) => key);
    const SAME_IN_BOTH = [
      'report.person',
      'csv.person',
      'start.budgets.person',
      'expenses.employer.cost',
      'pdf.about.person',
    ];
    expect(same.filter((key) => !SAME_IN_BOTH.includes(key))).toEqual([]);
  });
});

describe('the list of messages to translate', () => {
  it('names a missing message and every Welsh form of a missing plural, with the English text', () => {
    const source = {
      a: {
        plain: 'Hello {{name}}',
        visits_one: '{{count}} visit',
        visits_other: '{{count}} visits',
      },
      b: 'Kept',
    };
    const target = { b: 'Cadwyd' };
    const report = compareLanguages(source, target, 'cy');
    expect(report.missing).toEqual(['a.plain', 'a.visits']);
    expect(missingWithText(source, 'cy', report.missing)).toEqual({
      'a.plain': 'Hello {{name}}',
      'a.visits_few': '{{count}} visits',
      'a.visits_many': '{{count}} visits',
      'a.visits_one': '{{count}} visit',
      'a.visits_two': '{{count}} visits',
      'a.visits_zero': '{{count}} visits',
      'a.visits_other': '{{count}} visits',
    });
  });

  it('catches a plural form and a variable that Welsh lacks', () => {
    const report = compareLanguages(
      { n_one: '{{count}} night', n_other: '{{count}} nights', g: 'Hi {{name}}' },
      { n_one: '{{count}} noson', n_other: '{{count}} noson', g: 'Helo' },
      'cy',
    );
    expect([...report.missingForms].sort()).toEqual(['n_few', 'n_many', 'n_two', 'n_zero']);
    expect(report.variableMismatches).toEqual(['g: {name} against {}']);
  });
});

describe('Welsh plurals in use', () => {
  it('chooses the form Intl.PluralRules gives for cy, with the soft mutation after two', () => {
    const { t } = createI18n('cy');
    expect([0, 1, 2, 3, 6, 11].map((count) => t('lines.count.days', { count }))).toEqual([
      '0 diwrnod',
      '1 diwrnod',
      '2 ddiwrnod',
      '3 diwrnod',
      '6 diwrnod',
      '11 diwrnod',
    ]);
    expect(t('lines.count.workers', { count: 2 })).toBe('2 weithiwr');
  });
});
