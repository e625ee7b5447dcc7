/**
 * The summary page and its PDF share one set of messages: a phrase both say, or that
 * several of the summary's sections say, has one key, so that a change of wording is one
 * edit in each language. This finds an English phrase given under two keys.
 */
import { describe, expect, it } from 'vitest';
import { englishAreas, type Messages } from '../../src/i18n';
import { familyOf, flatten } from '../../src/i18n/keys';

/**
 * Phrases that are the same words for different things, each with why it keeps its own
 * key (so that a translator can word each for itself). Empty while there are none.
 */
const HOMONYMS: Readonly<Record<string, string>> = {};

/** Each English text said under more than one key (plural forms of one key count once). */
function repeatedPhrases(areas: Readonly<Record<string, Messages>>): Record<string, string[]> {
  const keysOf = new Map<string, Set<string>>();
  for (const messages of Object.values(areas)) {
    for (const [key, text] of flatten(messages)) {
      const families = keysOf.get(text) ?? new Set<string>();
      families.add(familyOf(key));
      keysOf.set(text, families);
    }
  }
  return Object.fromEntries(
    [...keysOf]
      .filter(([text, families]) => families.size > 1 && !(text in HOMONYMS))
      .map(([text, families]) => [text, [...families].sort()]),
  );
}

describe('the summary and PDF messages', () => {
  it('finds a phrase given under two keys, and not the plural forms of one', () => {
    const found = repeatedPhrases({
      one: {
        a: {
          heading: 'Cost a week',
          nights_one: '{{count}} night',
          nights_other: '{{count}} nights',
        },
      },
      two: { b: { weekly: 'Cost a week', nights_other: '{{count}} night' } },
    });
    expect(found).toEqual({
      'Cost a week': ['a.heading', 'b.weekly'],
      '{{count}} night': ['a.nights', 'b.nights'],
    });
  });

  it('say each English phrase under one key', () => {
    const { summary = {}, pdf = {} } = englishAreas;
    expect(repeatedPhrases({ summary, pdf })).toEqual({});
  });
});
