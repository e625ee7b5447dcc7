/**
 * A file's problems on the page are said in people's words, with ordinals in English and
 * Welsh (Welsh ordinals agree with the noun: "y drydedd draul", "y trydydd angen"); the
 * command line's describeProblem keeps the path a person finds in the file.
 */
import { describe, expect, it } from 'vitest';
import { problem, withItemNames } from '../../src/domain/problems';
import { createI18n } from '../../src/i18n';
import { describeProblem, describeProblemInWords } from '../../src/i18n/problems';

const en = createI18n('en').t;
const cy = createI18n('cy').t;
const minutes = problem(['lines', 0, 'minutes'], 'validation.wholeNumber', { min: 1, max: 1440 });
const file = {
  lines: [{ activity: 'Help to get up' }],
  expenses: [{}, {}, { description: 'Taxi' }],
};

describe('problems in words', () => {
  it('names the need by its place and its name, in English and Welsh', () => {
    const [named] = withItemNames([minutes], file);
    if (named === undefined) throw new Error('no problem');
    expect(describeProblemInWords(named, en)).toBe(
      'The first need (Help to get up): minutes must be a whole number from 1 to 1440',
    );
    expect(describeProblemInWords(named, cy)).toBe(
      'Yr angen cyntaf (Help to get up), munudau: rhaid iddo fod yn rhif cyfan o 1 i 1440',
    );
    expect(describeProblem(named, en)).toBe(
      'lines[0].minutes: must be a whole number from 1 to 1440',
    );
  });

  it('says ordinals to the tenth, then a number, with the Welsh noun’s gender', () => {
    const at = (index: number, list = 'lines') =>
      problem([list, index, 'amount'], 'validation.money');
    expect(describeProblemInWords(at(1), en)).toMatch(/^The second need: amount must be/);
    expect(describeProblemInWords(at(2), en)).toMatch(/^The third need: amount must be/);
    expect(describeProblemInWords(at(9), en)).toMatch(/^The tenth need: amount/);
    expect(describeProblemInWords(at(10), en)).toMatch(/^Need 11: amount/);
    expect(describeProblemInWords(at(1), cy)).toMatch(/^Yr ail angen, swm: rhaid/);
    expect(describeProblemInWords(at(2), cy)).toMatch(/^Y trydydd angen, swm:/);
    expect(describeProblemInWords(at(7), cy)).toMatch(/^Yr wythfed angen, swm:/);
    expect(describeProblemInWords(at(2, 'expenses'), cy)).toMatch(/^Y drydedd draul, swm:/);
    expect(describeProblemInWords(at(0, 'expenses'), cy)).toMatch(/^Y draul gyntaf, swm:/);
    expect(describeProblemInWords(at(10, 'expenses'), cy)).toMatch(/^Traul 11, swm:/);
    const [taxi] = withItemNames([at(2, 'expenses')], file);
    if (taxi === undefined) throw new Error('no problem');
    expect(describeProblemInWords(taxi, en)).toMatch(/^The third expense \(Taxi\): amount must be/);
  });

  it('says a field outside a list, a nested field and the whole file', () => {
    expect(describeProblemInWords(problem(['fundingRoute'], 'validation.required'), en)).toBe(
      'Funding route is required',
    );
    expect(describeProblemInWords(problem(['fundingRoute'], 'validation.required'), cy)).toBe(
      "Llwybr ariannu: mae'n ofynnol",
    );
    expect(
      describeProblemInWords(problem(['lines', 0, 'agreedRate', 'hourly'], 'validation.money'), en),
    ).toMatch(/^The first need: agreed rate, hourly must be an amount of money/);
    expect(
      describeProblemInWords(problem(['lines', 0, 'days', 7], 'validation.invalid'), en),
    ).toMatch(/^The first need: days 8 is not valid$/);
    expect(describeProblemInWords(problem([], 'validation.readFile'), en)).toBe(
      'The file could not be read',
    );
    expect(describeProblemInWords(problem([], 'validation.readFile'), cy)).toBe(
      `Y ffeil: ${cy('validation.readFile')}`,
    );
  });

  it('keeps a name that is not text out, and cuts a long one short', () => {
    const [numbered] = withItemNames([minutes], { lines: [{ activity: 42 }] });
    expect(numbered?.itemName).toBeUndefined();
    const [long] = withItemNames([minutes], { lines: [{ activity: 'x'.repeat(500) }] });
    expect(long?.itemName).toHaveLength(60);
  });
});
