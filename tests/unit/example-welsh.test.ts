/**
 * The example in Welsh (examples/example-ann.cy.json) is the English example with its own
 * words in Welsh: the title, needs, outcomes, expenses, risks and the carer's relationship. Its
 * figures must be the English one's exactly, so both are priced, on every day that changes
 * the plan, and every total and line compared to the penny.
 */
import { describe, expect, it } from 'vitest';
import { readBudget } from '../../src/domain/read';
import type { Budget } from '../../src/domain/schema/budget';
import { exampleFileFor } from '../../src/io/shipped';
import { readJson } from '../helpers/builders';
import { price } from '../helpers/run-price';

const ENGLISH = 'examples/example-ann.json';
const WELSH = 'examples/example-ann.cy.json';

function read(path: string): Budget {
  const result = readBudget(readJson(path));
  if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** Every string a person reads in the budget file, by where it is. */
function words(budget: Budget): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`));
    else if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
    else if (
      typeof value === 'string' &&
      /\.(title|relationship|activity|description|words|goodLooksLike|what|inPlace)$/.test(path)
    )
      found.set(path, value);
  };
  walk(budget, '');
  return found;
}

/** The budget with every person-read string blanked: what is left is what prices. */
function figures(budget: Budget): unknown {
  const copy = JSON.parse(JSON.stringify(budget)) as Record<string, unknown>;
  const blank = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((item) => blank(item, key));
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blank(v, k)]));
    return typeof value === 'string' &&
      [
        'title',
        'relationship',
        'activity',
        'description',
        'words',
        'goodLooksLike',
        'what',
        'inPlace',
      ].includes(key)
      ? ''
      : value;
  };
  return blank(copy, '');
}

// The plan's start, the six weeks after hospital, the two-worker shower, the hoist's day,
// the single-worker shower, and the plan's last year.
const DAYS = ['2025-04-01', '2025-05-12', '2025-06-30', '2025-07-01', '2026-12-04', '2030-03-31'];

describe('the example in Welsh', () => {
  it('is a valid budget with the English one’s id, so either opens as the same example', () => {
    expect(read(WELSH).id).toBe(read(ENGLISH).id);
  });

  it('has every person-read word in Welsh, none left in English', () => {
    const english = words(read(ENGLISH));
    const welsh = words(read(WELSH));
    expect([...welsh.keys()]).toEqual([...english.keys()]);
    expect(english.size).toBeGreaterThan(30);
    const same = [...welsh].filter(([path, text]) => english.get(path) === text);
    expect(same).toEqual([]);
  });

  it('differs from the English only in its words', () => {
    expect(figures(read(WELSH))).toEqual(figures(read(ENGLISH)));
  });

  it.each(DAYS)(
    'prices to the penny as the English does, every total and line, on %s',
    async (day) => {
      const [english, welsh] = await Promise.all(
        [ENGLISH, WELSH].map((file) => price([file, '--format', 'json', '--as-of', day])),
      );
      expect(english?.code).toBe(0);
      expect(welsh?.code).toBe(0);
      const a = JSON.parse(english?.stdout ?? '') as {
        totals: Record<string, string>;
        lines: { id: string; weekly: string; annual: string }[];
      };
      const b = JSON.parse(welsh?.stdout ?? '') as typeof a;
      expect(b.totals).toEqual(a.totals);
      expect(b.lines.map((line) => [line.id, line.weekly, line.annual])).toEqual(
        a.lines.map((line) => [line.id, line.weekly, line.annual]),
      );
      // And everything else the report holds: amounts, periods, settings, warnings.
      expect(b).toEqual(a);
    },
  );
});

describe('which example "Try an example" opens', () => {
  const files = ['../../examples/example-ann.cy.json', '../../examples/example-ann.json'];

  it('is the Welsh copy when the page is in Welsh', () => {
    expect(exampleFileFor(files, 'cy')).toBe('../../examples/example-ann.cy.json');
  });

  it('is the English in English, and in a language with no copy of its own', () => {
    expect(exampleFileFor(files, 'en')).toBe('../../examples/example-ann.json');
    expect(exampleFileFor(files, 'fr')).toBe('../../examples/example-ann.json');
    expect(exampleFileFor(['../../examples/example-ann.json'], 'cy')).toBe(
      '../../examples/example-ann.json',
    );
  });
});
