/**
 * The one string order for file names, ids and ISO dates (src/domain/code-unit-order.ts):
 * the order `<` gives, not the reader's language's.
 */
import { describe, expect, it } from 'vitest';
import { byCodeUnits, byFile } from '../../src/domain/code-unit-order';

describe('strings in code-unit order', () => {
  it('puts capitals before small letters and accented letters last, whatever the language', () => {
    const names = ['b.json', 'é.json', 'B.json', 'a.json', 'Z.json'];
    expect(names.slice().sort(byCodeUnits)).toEqual([
      'B.json',
      'Z.json',
      'a.json',
      'b.json',
      'é.json',
    ]);
  });

  it('orders ISO dates in time', () => {
    const dates = ['2026-04-01', '2025-12-31', '2026-03-31', '2025-04-06'];
    expect(dates.slice().sort(byCodeUnits)).toEqual([
      '2025-04-06',
      '2025-12-31',
      '2026-03-31',
      '2026-04-01',
    ]);
  });

  it('gives 0 for equal strings and opposite signs either way round', () => {
    expect(byCodeUnits('card', 'card')).toBe(0);
    expect(byCodeUnits('card', 'cards')).toBeLessThan(0);
    expect(byCodeUnits('cards', 'card')).toBeGreaterThan(0);
  });

  it("orders what was read from files by the files' names, in the same order", () => {
    const read = [{ file: 'b.json' }, { file: 'B.json' }, { file: 'a/z.json' }];
    expect(
      read
        .slice()
        .sort(byFile)
        .map(({ file }) => file),
    ).toEqual(['B.json', 'a/z.json', 'b.json']);
  });
});
