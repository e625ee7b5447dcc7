/**
 * fast-check arbitraries for the tests that hold a hand-written reader equal to its zod
 * schema (ledger-fast-read.test.ts, budget-fast-read.test.ts): field values, right and
 * wrong, and objects that are now and then wrong in one place.
 */
import fc from 'fast-check';

export type Arb = fc.Arbitrary<unknown>;

export const ids = fc.constantFrom('t1', 't2', 't3', 'a.b_c-9', 'Z', 'x'.repeat(64));
export const badIds = ['', '-a', 'a b', 'x'.repeat(65), 'é', 7, null, true];

export const days = fc
  .integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2040, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
export const badDays = [
  '2025-02-29',
  '2025-04-31',
  '2025-13-01',
  '2025-1-01',
  '0050-01-01',
  '0000-02-29',
  '2025-02-28T00:00',
  ' 2025-02-28',
  20250228,
];
/** Dates near the edges: leap days, a century, years a round trip through Date changes. */
export const edgeDays = fc.constantFrom(
  '2024-02-29',
  '2000-02-29',
  '1900-02-28',
  '0100-03-01',
  '9999-12-31',
);

export const pennies = fc.integer({ min: 0, max: 99_999_999_999 });
export const moneyText = (pence: number) =>
  `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
export const money = pennies.map(moneyText);
export const badMoney = [
  '-0.00',
  '1,000.00',
  '£5.00',
  '5',
  '05.00',
  '1000000000.00',
  '1.5',
  '(5.00)',
  5,
];
export const badUnsigned = [...badMoney, '-5.00'];

export const words = fc.constantFrom(
  'Bright Days Care',
  'TESCO STORES 2231',
  'Ann’s bus pass',
  '🙂 café',
);
export const badText = [
  'tab\there',
  'line\nbreak',
  'over\u202Eride',
  'nul\u0000',
  'x'.repeat(201),
  3,
];

/**
 * The same generators with `wrong` now and then (one time in `rarity + 1`) give a wrong
 * value or a broken object; a document of many fields wants a larger `rarity`, so that a
 * good share of documents are right and the rest wrong in one or two places.
 */
export function sometimesWrong(wrong: boolean, rarity = 40) {
  /** Mostly `good`, now and then one of `bad`: a document is wrong in one or two places. */
  const mostly = (good: Arb, ...bad: unknown[]): Arb =>
    wrong
      ? fc.oneof(
          { weight: rarity, arbitrary: good },
          { weight: 1, arbitrary: fc.constantFrom(...bad) },
        )
      : good;

  /**
   * An object of the given fields, each optional one there or not, now and then with a
   * stray, and now and then (right or wrong) with its fields in the other order: a file
   * may write them in any order, which a reader must give back in the schema's.
   */
  function object(fields: Record<string, Arb>, optional: readonly string[]): Arb {
    const keys = Object.keys(fields).filter((key) => !optional.includes(key));
    return fc
      .tuple(
        fc.record(fields, { requiredKeys: keys }),
        mostly(fc.constant('none'), 'missing', 'stray', 'undefined', 'array', 'null'),
        fc.oneof({ weight: 7, arbitrary: fc.constant(false) }, fc.constant(true)),
      )
      .map(([value, change, reversed]) => {
        const entries = reversed ? Object.entries(value).reverse() : Object.entries(value);
        const copy: Record<string, unknown> = Object.fromEntries(
          change === 'missing' ? entries.filter(([key]) => key !== keys[0]) : entries,
        );
        if (change === 'stray') copy['extra'] = 1;
        if (change === 'undefined') copy[optional[0] ?? keys[0] ?? ''] = undefined;
        if (change === 'array') return [copy];
        if (change === 'null') return null;
        return copy;
      });
  }

  /** A list of up to `most` items, now and then not a list. */
  const list = (item: Arb, most = 8) =>
    mostly(fc.array(item, { maxLength: most }), 'none', null, { 0: 'not a list' });

  return { mostly, object, list };
}

/** Generated documents as a file holds them (through JSON, where no field is `undefined`), where `kept`. */
export function asFiles(documents: Arb, kept: (document: unknown) => boolean): Arb {
  return documents.map((value) => JSON.parse(JSON.stringify(value)) as unknown).filter(kept);
}
