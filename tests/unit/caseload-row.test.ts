/**
 * What the caseload page keeps of a priced budget (caseload-row.ts) is the entry's own
 * values, field by field, and every figure the page shows or downloads from the rows is
 * the one it showed from the whole entries: the table's rows, orders and filters, its CSV
 * and the reviews panel.
 */
import fc from 'fast-check';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  CASELOAD_ROW_FIELDS,
  caseloadRowOf,
  listedRows,
  rowHeadings,
} from '../../src/domain/caseload/caseload-row';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { caseloadReviews } from '../../src/domain/caseload/reviews';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { createI18n } from '../../src/i18n';
import { caseloadTableCsv } from '../../src/io/caseload-csv';
import { caseloadTable, REVIEW_FILTERS, SORT_KEYS } from '../../src/present/caseload-table';
import { PackedRows } from '../../src/state/caseload/packed-rows';
import { SharedStrings } from '../../src/state/caseload/shared-strings';
import { loadCard } from '../helpers/builders';

const card = loadCard('rate-cards/england-2025-26.json');
const t = createI18n('en').t as TFunction;
const words = {
  t,
  locale: 'en-GB' as const,
  flag: (id: string) => id,
  warning: (id: string) => id,
};

const pricedOf = (seed: number, asOf: string) =>
  generateBudgets({ count: 12, seed, rateCard: card }).map((budget) => {
    const result = priceCaseloadBudget(budget, card, `${budget.id}.json`, { asOf });
    if (!result.ok) throw new Error('a generated budget did not price');
    return result.value;
  });

const days = fc
  .date({ min: new Date('2025-04-01'), max: new Date('2027-03-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe("the caseload page's rows", () => {
  it('hold the entry’s own values of their fields, and no others', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), days, (seed, asOf) => {
        for (const entry of pricedOf(seed, asOf)) {
          const row = caseloadRowOf(entry);
          expect(Object.keys(row)).toEqual([...CASELOAD_ROW_FIELDS]);
          for (const field of CASELOAD_ROW_FIELDS) expect(row[field]).toBe(entry[field]);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('give the table, its CSV and the reviews the entries gave', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), days, days, (seed, asOf, today) => {
        const entries = pricedOf(seed, asOf);
        const rows = entries.map(caseloadRowOf);
        const fromEntries = caseloadTable(listedRows(entries), words);
        const fromRows = caseloadTable(listedRows(rows), words);
        // As the caseload page keeps them: packed, and put back together as they are read.
        const packed = new PackedRows(new SharedStrings(), (file) => file);
        for (const row of rows) packed.push(structuredClone(row));
        const fromPacked = caseloadTable(packed, words);
        const havings = ['', ...REVIEW_FILTERS, ...new Set(entries.flatMap((e) => e.warnings))];
        for (const sort of SORT_KEYS)
          for (const having of havings) {
            const query = { words: '', having, sort, direction: 'descending' } as const;
            expect(fromRows.order(query, today)).toEqual(fromEntries.order(query, today));
            expect(fromPacked.order(query, today)).toEqual(fromEntries.order(query, today));
          }
        const person = { words: entries[0]?.person ?? '', having: '', sort: 'file' } as const;
        const query = { ...person, direction: 'ascending' } as const;
        expect(fromRows.order(query, today)).toEqual(fromEntries.order(query, today));
        expect(fromPacked.order(query, today)).toEqual(fromEntries.order(query, today));
        rows.forEach((_, index) => {
          expect(fromRows.row(index, today)).toEqual(fromEntries.row(index, today));
          expect(fromPacked.row(index, today)).toEqual(fromEntries.row(index, today));
        });
        expect(caseloadTableCsv(rows, card, t, { today })).toBe(
          caseloadTableCsv(entries, card, t, { today }),
        );
        expect(caseloadReviews(rows, today)).toEqual(caseloadReviews(entries, today));
        expect(caseloadReviews(rowHeadings(packed), today)).toEqual(
          caseloadReviews(entries, today),
        );
      }),
      { numRuns: 10 },
    );
  });
});
