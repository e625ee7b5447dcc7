/**
 * fast-check over mutated valid files: flip a field's type, delete it, make a number huge,
 * negative or fractional, repeat an item (duplicate ids), or slip in a `__proto__`,
 * `constructor` or `prototype` key. Whatever the mutation, reading never throws; it either
 * accepts a budget that reads back the same, or names problems whose messages exist in
 * English; and no prototype changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, type Problem, type Result } from '../../src/domain/problems';
import { readBudget, readRateCard } from '../../src/domain/read';
import { createI18n } from '../../src/i18n';
import { readBudgetFileText } from '../../src/io/budget-file-read';
import { budgetArbitrary } from '../helpers/arbitraries';
import { readJson } from '../helpers/builders';
import { expectPrototypesUntouched } from '../helpers/hostile-corpus';

const i18n = createI18n('en');
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a document a mutation can reach: [] is the whole, then each field and item. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value))
    return here.concat(value.flatMap((item, index) => paths(item, [...at, index])));
  if (value !== null && typeof value === 'object')
    return here.concat(Object.entries(value).flatMap(([key, item]) => paths(item, [...at, key])));
  return here;
}

const REPLACEMENTS: readonly Json[] = [
  null,
  true,
  false,
  0,
  -1,
  -0.5,
  1.5,
  1e308,
  -1e308,
  2 ** 53 + 1,
  Number.MAX_SAFE_INTEGER,
  '',
  ' ',
  '1e400',
  'NaN',
  '-12.00',
  '99999999999.99',
  '<script>alert(1)</script>',
  '=1+1',
  '\u202e',
  [],
  [null],
  {},
  { en: 1 },
];
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;

type Mutation =
  | { kind: 'replace'; pick: number; value: Json }
  | { kind: 'delete'; pick: number }
  | { kind: 'repeat'; pick: number }
  | { kind: 'forbidden'; pick: number; key: (typeof FORBIDDEN)[number] }
  | { kind: 'scale'; pick: number; factor: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    pick: fc.nat(),
    value: fc.constantFrom(...REPLACEMENTS),
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('forbidden' as const),
    pick: fc.nat(),
    key: fc.constantFrom(...FORBIDDEN),
  }),
  fc.record({
    kind: fc.constant('scale' as const),
    pick: fc.nat(),
    factor: fc.constantFrom(-1, 0.5, 1e6, 1e300, 1.0000001),
  }),
);

/** Applies mutations to a copy, written back as JSON text, as a file would arrive. */
function mutate(document: Json, mutations: readonly Mutation[]): string {
  let copy = JSON.parse(JSON.stringify(document)) as Json;
  for (const change of mutations) {
    const all = paths(copy);
    const path = all[change.pick % all.length] ?? [];
    const parentPath = path.slice(0, -1);
    const last = path.at(-1);
    const parent = parentPath.reduce<Json>(
      (node, key) => (node as Record<string | number, Json>)[key] as Json,
      copy,
    ) as Record<string | number, Json> | Json[] | null;
    const current =
      last === undefined ? copy : ((parent as Record<string | number, Json>)[last] as Json);
    const set = (value: Json) => {
      if (last === undefined) copy = value;
      else (parent as Record<string | number, Json>)[last] = value;
    };
    if (change.kind === 'replace') set(change.value);
    else if (change.kind === 'scale')
      set(typeof current === 'number' ? current * change.factor : current);
    else if (change.kind === 'delete' && last !== undefined) {
      if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
      else Reflect.deleteProperty(parent as Record<string, Json>, last);
    } else if (change.kind === 'repeat' && Array.isArray(current) && current.length > 0) {
      current.push(JSON.parse(JSON.stringify(current[0])) as Json); // the same id twice
    } else if (
      change.kind === 'forbidden' &&
      current !== null &&
      typeof current === 'object' &&
      !Array.isArray(current)
    ) {
      // defineProperty, as JSON.parse does: an own field called "__proto__", not a new prototype.
      Object.defineProperty(current, change.key, {
        value: { polluted: 'yes' },
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }
  }
  return JSON.stringify(copy) ?? '';
}

function expectReadCleanly(
  result: Result<unknown>,
  reread: (value: unknown) => Result<unknown>,
): void {
  if (result.ok) {
    // Accepted: it is a valid document, and reads back as itself.
    const again = reread(JSON.parse(JSON.stringify(result.value)));
    expect(again.ok).toBe(true);
    expect(again.ok ? again.value : null).toEqual(result.value);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const found of result.problems as Problem[]) {
      expect(i18n.exists(found.key), found.key).toBe(true);
      expect(typeof found.path === 'string' && found.path.length > 0).toBe(true);
    }
  }
  expectPrototypesUntouched();
}

const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

describe('mutated valid files', () => {
  it('a mutated budget file is read without throwing: accepted whole, or refused with known messages [H10.3]', () => {
    const example = readJson('examples/example-ann.json') as Json;
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(example), budgetArbitrary as unknown as fc.Arbitrary<Json>),
        mutations,
        (document, changes) => {
          const text = mutate(document, changes);
          expectReadCleanly(readBudgetFileText(text), readBudget);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a mutated rate card is read without throwing: accepted whole, or refused with known messages', () => {
    const card = readJson('rate-cards/england-2025-26.json') as Json;
    fc.assert(
      fc.property(mutations, (changes) => {
        const data: unknown = JSON.parse(mutate(card, changes));
        expectReadCleanly(readRateCard(data), readRateCard);
      }),
      { numRuns: 200 },
    );
  });

  it('a forbidden key anywhere in a budget is always refused, naming where it sits', () => {
    const example = readJson('examples/example-ann.json') as Json;
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(...FORBIDDEN), (pick, key) => {
        const objects = paths(example).filter((path) => {
          const node = path.reduce<Json>(
            (at, part) => (at as Record<string | number, Json>)[part] as Json,
            example,
          );
          return node !== null && typeof node === 'object' && !Array.isArray(node);
        });
        const target = objects[pick % objects.length] ?? [];
        const all = paths(example);
        const result = readBudgetFileText(
          mutate(example, [
            {
              kind: 'forbidden',
              pick: all.findIndex((path) => path.join('/') === target.join('/')),
              key,
            },
          ]),
        );
        expect(result.ok).toBe(false);
        expect(
          result.ok ? [] : result.problems.map((found) => `${found.path} ${found.key}`),
        ).toEqual([`${formatPath(target)} validation.forbiddenKey`]);
        expectPrototypesUntouched();
      }),
      { numRuns: 100 },
    );
  });
});
