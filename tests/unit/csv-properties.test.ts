/**
 * The CSV for finance, read back as a spreadsheet would: whatever text a person types, no
 * cell can start a formula or hold a line break or control character, no number is
 * altered, and every row keeps its columns.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import { readBudget } from '../../src/domain/read';
import type { Budget } from '../../src/domain/schema/budget';
import { createI18n } from '../../src/i18n';
import { inertText } from '../../src/domain/plain-text';
import { budgetCsv } from '../../src/io/budget-csv';
import {
  csvPieces,
  joinPieces,
  neutraliseFormula,
  number,
  ROWS_A_PIECE,
  text,
  toCsv,
} from '../../src/io/csv';
import { budgetArbitrary } from '../helpers/arbitraries';
import { splitCard } from '../helpers/builders';
import { parseCsv } from '../helpers/parse-csv';
import { isRefusedCharacter, refusedCharacters } from '../helpers/refused-characters';

const FORMULA_START = /^[=+\-@\t\r]/;
const withoutControls = (value: string) =>
  [...value].filter((char) => !isRefusedCharacter(char)).join('');
const formulaStart = fc.constantFrom('=', '+', '-', '@', '\t', '\r');

/** Any text, weighted towards what breaks CSV: formula starts, quotes, commas, line breaks. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.tuple(formulaStart, fc.string({ unit: 'binary' })).map(([start, rest]) => start + rest),
  fc.string({
    unit: fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '\n',
      '"',
      ',',
      "'",
      ' ',
      'a',
      '£',
      'ŵ',
      'ŷ',
    ),
  }),
);

describe('a CSV text cell', () => {
  it('never starts a formula once read back, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 5 }), (texts) => {
        const [row] = parseCsv(toCsv([texts.map(text)]));
        expect(row).toHaveLength(texts.length);
        row?.forEach((field, index) => {
          expect(field).not.toMatch(FORMULA_START);
          expect(refusedCharacters(field)).toEqual([]);
          // Nothing else is lost: the text as typed (each break or tab a space, any other
          // control character U+FFFD), behind an apostrophe only when it needs one.
          const plain = inertText(texts[index] ?? '');
          expect(field).toBe(neutraliseFormula(plain));
          expect([plain, `'${plain}`]).toContain(field);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('starting with = + - @ is shown as typed behind an apostrophe', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('=', '+', '-', '@'),
        fc.string({ unit: 'binary' }),
        (start, rest) => {
          const [[field]] = parseCsv(toCsv([[text(start + rest)]])) as [[string]];
          expect(field).toBe(`'${start}${inertText(rest)}`);
        },
      ),
    );
  });

  it('starting with a tab or CR starts with a space instead, and no formula', () => {
    fc.assert(
      fc.property(fc.constantFrom('\t', '\r'), fc.string({ unit: 'binary' }), (start, rest) => {
        const [[field]] = parseCsv(toCsv([[text(start + rest)]])) as [[string]];
        // A CR and a line feed after it are one line break: one space.
        expect(field).toBe(inertText(start + rest));
        expect(field.startsWith(' ')).toBe(true);
      }),
    );
  });
});

describe('a CSV number cell', () => {
  it('is written exactly as given, minus sign and all', () => {
    const amount = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.constantFrom(0, 1, 2, 4))
      .map(([negative, digits, places]) => {
        const whole = digits.toString().padStart(places + 1, '0');
        const point = places === 0 ? whole : `${whole.slice(0, -places)}.${whole.slice(-places)}`;
        return negative ? `-${point}` : point;
      });
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 5 }), (amounts) => {
        expect(parseCsv(toCsv([amounts.map(number)]))).toEqual([amounts]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the budget CSV', () => {
  const card = splitCard();
  const { t } = createI18n('en');
  const withActivities = fc
    // Text a file can hold: refused characters taken out (their refusal is plain-text.test.ts's).
    .tuple(
      budgetArbitrary,
      fc.array(anyText.map(withoutControls), { minLength: 12, maxLength: 12 }),
    )
    .map(([budget, activities]): Budget => ({
      ...budget,
      lines: budget.lines.map((line, index) => ({ ...line, activity: activities[index] ?? '' })),
    }));

  it('keeps every row to the same number of fields, whatever a need is called', () => {
    let checked = 0;
    fc.assert(
      fc.property(withActivities, (budget) => {
        // Only what a file could hold: readBudget refuses blank or over-long activities.
        const read = readBudget(JSON.parse(JSON.stringify(budget)));
        fc.pre(read.ok);
        if (!read.ok) return;
        const priced = priceOnCard(read.value, card);
        if (!priced.ok) throw new Error(JSON.stringify(priced.problems));
        const rows = parseCsv(budgetCsv(priced.value, t));
        const pricing = priced.value;
        // The heading, a row per line and per amount, and the totals.
        expect(rows).toHaveLength(
          1 + pricing.lines.length + pricing.expenses.length + pricing.employerCosts.length + 1,
        );
        const width = rows[0]?.length;
        // Twelve columns, then who and which card (five); no time columns without dates.
        expect(width).toBe(17);
        for (const row of rows) expect(row).toHaveLength(width ?? 0);
        pricing.lines.forEach((line, index) => {
          expect(rows[index + 1]?.[4]).toBe(neutraliseFormula(line.line.activity));
        });
        // Every cell of the file is a plain number or text that cannot start a formula.
        for (const field of rows.flat())
          expect(/^\d+(\.\d+)?$/.test(field) || !FORMULA_START.test(field)).toBe(true);
        checked++;
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(100);
    // 300 budgets priced in full: on a machine shared by several builds this can pass the
    // default 5 s with nothing wrong. The test asserts outcomes, not speed.
  }, 30_000);
});

describe('a CSV written in pieces', () => {
  it('is the same text as written at once, each piece ending at a row’s end', () => {
    const row = fc.array(
      fc.oneof(
        anyText.map(text),
        fc.integer().map((value) => number(String(value))),
      ),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(row, fc.array(row, { maxLength: ROWS_A_PIECE * 2 + 5 }), (header, rows) => {
        const pieces = [...csvPieces(header, rows)];
        expect(joinPieces(pieces)).toBe(toCsv([header, ...rows]));
        expect(pieces.map((piece) => piece.written)).toEqual([
          0,
          ...Array.from({ length: Math.ceil(rows.length / ROWS_A_PIECE) }, (_, index) =>
            Math.min(rows.length, (index + 1) * ROWS_A_PIECE),
          ),
        ]);
        for (const piece of pieces) expect(piece.text.endsWith('\r\n')).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
