/**
 * The table's CSV is written in pieces so the page can write a nation's table a few
 * pieces a task (src/io/caseload-csv.ts): the pieces, joined, are the whole file's bytes,
 * each ends at a row's end, and each says how many budgets are written by then.
 */
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { caseloadRowOf, type CaseloadRow } from '../../src/domain/caseload/caseload-row';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { createI18n } from '../../src/i18n';
import { caseloadTableCsv, caseloadTableCsvPieces } from '../../src/io/caseload-csv';
import { ROWS_A_PIECE } from '../../src/io/csv';
import { loadCard } from '../helpers/builders';

const card = loadCard('rate-cards/england-2025-26.json');
const t = createI18n('en').t as TFunction;
const options = { today: '2026-01-01', filter: 'only budgets matching "Smith"' };

const generated = generateBudgets({ count: 7, seed: 3, rateCard: card }).map((budget) => {
  const result = priceCaseloadBudget(budget, card, `${budget.id}.json`, { asOf: '2025-11-03' });
  if (!result.ok) throw new Error('a generated budget did not price');
  return caseloadRowOf(result.value);
});
/** More than two pieces' worth, each with a file of its own. */
const rows: CaseloadRow[] = Array.from({ length: ROWS_A_PIECE * 2 + 3 }, (_, index) => ({
  ...(generated[index % generated.length] as CaseloadRow),
  file: `budget-${index}.json`,
}));

const headerOf = (text: string) => text.slice(0, text.indexOf('\r\n') + 2);

describe("the caseload table's CSV in pieces", () => {
  it('joins to the whole file, byte for byte', () => {
    const pieces = [...caseloadTableCsvPieces(rows, card, t, options)];
    expect(pieces.map((piece) => piece.text).join('')).toBe(
      caseloadTableCsv(rows, card, t, options),
    );
  });

  it('starts with the headings alone, then a piece of rows at a time, each counted', () => {
    const pieces = [...caseloadTableCsvPieces(rows, card, t, options)];
    expect(pieces.map((piece) => piece.written)).toEqual([
      0,
      ROWS_A_PIECE,
      ROWS_A_PIECE * 2,
      rows.length,
    ]);
    const whole = caseloadTableCsv(rows, card, t, options);
    expect(pieces[0]?.text).toBe(headerOf(whole));
    expect(pieces[0]?.text.startsWith('\uFEFF')).toBe(true);
    // Each piece is its rows' own lines, in order: the file of those rows alone, less its headings.
    pieces.slice(1).forEach((piece, index) => {
      const own = rows.slice(index * ROWS_A_PIECE, (index + 1) * ROWS_A_PIECE);
      const alone = caseloadTableCsv(own, card, t, options);
      expect(piece.text).toBe(alone.slice(headerOf(alone).length));
      expect(piece.text.split('\r\n').filter((line) => line !== '')).toHaveLength(own.length);
    });
  });

  it('is its headings alone for no budgets', () => {
    const pieces = [...caseloadTableCsvPieces([], card, t, options)];
    expect(pieces).toHaveLength(1);
    expect(pieces[0]?.written).toBe(0);
    const whole = caseloadTableCsv(rows, card, t, options);
    expect(pieces[0]?.text).toBe(headerOf(whole));
  });

  it('says which position it could not read, and writes nothing more', () => {
    const holed = { length: 3, at: (position: number) => (position === 1 ? undefined : rows[0]) };
    expect(() => caseloadTableCsv(holed, card, t, options)).toThrow('No budget at position 1');
  });
});
