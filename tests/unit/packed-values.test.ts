/**
 * What a caseload worker keeps of each budget (src/workers/caseload/packed-values.ts)
 * unpacks equal to what was packed: every generated budget, read from its file as the
 * worker reads it, and any plain JSON value, with its keys in their order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { budgetFileText } from '../../src/io/budget-file';
import { readBudgetFileBytes } from '../../src/io/budget-file-read';
import { PackedValues } from '../../src/workers/caseload/packed-values';
import { loadCard } from '../helpers/builders';

const card = loadCard('rate-cards/england-2025-26.json');

/** Equal, and with every object's keys in the same order. */
function expectSame(unpacked: unknown, packed: unknown): void {
  expect(unpacked).toStrictEqual(packed);
  expect(JSON.stringify(unpacked)).toBe(JSON.stringify(packed));
}

describe('packed values', () => {
  it('gives back every budget read from its file, each as a new object', () => {
    const packed = new PackedValues();
    const budgets = generateBudgets({ count: 300, seed: 23, rateCard: card }).map((budget) => {
      const read = readBudgetFileBytes(new TextEncoder().encode(budgetFileText(budget)));
      if (!read.ok) throw new Error('a generated budget was refused');
      return read.value;
    });
    for (const [index, budget] of budgets.entries()) expect(packed.add(budget)).toBe(index);
    expect(packed.size).toBe(budgets.length);
    for (const [index, budget] of budgets.entries()) expectSame(packed.at(index), budget);
    expect(packed.at(0)).not.toBe(packed.at(0));
  });

  it('gives back any plain JSON value, in any order of adding', () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.anything({
        values: [
          fc.double(),
          fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
          fc.constant(-0),
          fc.constant(undefined),
          fc.string(),
          fc.boolean(),
          fc.constant(null),
        ],
        withObjectString: false,
        withNullPrototype: false,
        withMap: false,
        withSet: false,
        withBigInt: false,
        withDate: false,
        withTypedArray: false,
        withSparseArray: false,
        withBoxedValues: false,
      }),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 20 }), (values) => {
        const packed = new PackedValues();
        const indexes = values.map((each) => packed.add(each));
        for (const [at, each] of values.entries())
          expect(packed.at(indexes[at] as number)).toStrictEqual(each);
      }),
    );
  });

  it('keeps an own "__proto__" key a key', () => {
    const packed = new PackedValues();
    const value = JSON.parse('{"a":1,"__proto__":{"b":2}}') as unknown;
    expectSame(packed.at(packed.add(value)), value);
    expect(Object.getPrototypeOf(packed.at(0))).toBe(Object.prototype);
  });

  it('keeps a value larger than a page whole', () => {
    const packed = new PackedValues();
    const large = Array.from({ length: 1_100_000 }, (_, index) => index % 7);
    packed.add('before');
    packed.add(large);
    packed.add({ after: [1.5, -0] });
    // Compared as text: an element-by-element comparison of a million takes many seconds.
    expect(JSON.stringify(packed.at(1))).toBe(JSON.stringify(large));
    expect(packed.at(2)).toStrictEqual({ after: [1.5, -0] });
    expect(packed.at(0)).toBe('before');
  });

  it('gives back values whose words do not fit in 16 bits', () => {
    const packed = new PackedValues();
    // Strings and key lists past the 8,192nd, whose places need more than 13 bits with
    // the tag; the 8,192nd key list's word is the very word that marks a long one.
    const strings = Array.from({ length: 70_000 }, (_, index) => `s${index}`);
    const records = Array.from({ length: 8_300 }, (_, index) => ({ [`k${index}`]: index }));
    const numbers = [8191, 8192, -1, -8192, 2 ** 28 - 1, -(2 ** 28), 65535, 65536, -65536];
    const added = [...strings, ...records, numbers, [strings.at(-1), records.at(-1), -1]];
    for (const value of added) packed.add(value);
    expect(JSON.stringify(added.map((_, index) => packed.at(index)))).toBe(JSON.stringify(added));
    expect(packed.at(8_191 + 70_000)).toStrictEqual({ k8191: 8191 });
    expect(packed.at(added.length - 2)).toStrictEqual(numbers);
  });

  it('refuses what is not plain JSON', () => {
    expect(() => new PackedValues().add(new Date(0))).toThrow(TypeError);
    expect(() => new PackedValues().add({ when: new Map() })).toThrow(TypeError);
    expect(() => new PackedValues().at(0)).toThrow(RangeError);
  });
});
