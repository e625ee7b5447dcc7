/**
 * The caseload table's model (src/present/caseload-table.ts) orders rows as a plain
 * comparison of exact amounts would, equal rows by file, for every column and direction,
 * and gives the CSV its column headings.
 */
import fc from 'fast-check';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { listedRows } from '../../src/domain/caseload/caseload-row';
import { entryHours, type CaseloadEntry } from '../../src/domain/caseload/entry';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { Dec, type MoneyText } from '../../src/domain/money';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { caseloadTableCsv } from '../../src/io/caseload-csv';
import {
  caseloadTable,
  entrySortKeys,
  NUMERIC_SORTS,
  sortColumnsOf,
  sortColumnsOfChunks,
  sortNamesOf,
  tableOrders,
  SORT_KEYS,
  type SortDirection,
  type SortKey,
} from '../../src/present/caseload-table';
import { createI18n } from '../../src/i18n';
import { loadCard } from '../helpers/builders';

const card = loadCard('rate-cards/england-2025-26.json');
const priced = generateBudgets({ count: 40, seed: 5, rateCard: card }).map((budget) => {
  const result = priceCaseloadBudget(budget, card, `${budget.id}.json`, { asOf: '2025-10-15' });
  if (!result.ok) throw new Error('unpriceable');
  return result.value;
});
const t = createI18n('en').t as TFunction;
const words = {
  t,
  locale: 'en-GB' as const,
  flag: (id: string) => id,
  warning: (id: string) => id,
};
const today = '2025-10-15';

/** The order of the table before it was virtualised: a comparison per pair, then by file. */
function expectedOrder(
  entries: readonly CaseloadEntry[],
  sort: SortKey,
  direction: SortDirection,
): string[] {
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const compare = (a: CaseloadEntry, b: CaseloadEntry): number => {
    switch (sort) {
      case 'person':
        return a.person.localeCompare(b.person, 'en-GB');
      case 'file':
        return byText(a.file, b.file);
      case 'annual':
        return new Dec(a.totals.annual).comparedTo(b.totals.annual);
      case 'weekly':
        return new Dec(a.totals.weekly).comparedTo(b.totals.weekly);
      case 'hours':
        return new Dec(entryHours(a)).comparedTo(entryHours(b));
      case 'flags':
        return a.carerFlags.length - b.carerFlags.length;
      case 'warnings':
        return a.warnings.length - b.warnings.length;
    }
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return [...entries]
    .sort((a, b) => sign * compare(a, b) || byText(a.file, b.file))
    .map((entry) => entry.file);
}

/** Entries with many equal amounts and names, in any order, under files in any order. */
const caseload = fc
  .array(
    fc.record({
      from: fc.integer({ min: 0, max: priced.length - 1 }),
      annual: fc.constantFrom('0.00', '1.50', '1.05', '12000.00', '999999.99', '1.5'),
      person: fc.constantFrom('Ann Lee', 'ann lee', 'Émile Zola', 'Bob', ''),
      file: fc.string({ minLength: 1, maxLength: 6 }),
    }),
    { maxLength: 60 },
  )
  .map((rows) =>
    rows.map(({ from, annual, person, file }, index): CaseloadEntry => ({
      ...(priced[from] as CaseloadEntry),
      totals: {
        ...(priced[from] as CaseloadEntry).totals,
        annual: new Dec(annual).toFixed(2) as MoneyText,
      },
      person,
      file: `${file}-${index}`,
    })),
  );

describe("the caseload table's order", () => {
  it('is the order of an exact comparison, equal rows by file, for every column and direction', () => {
    fc.assert(
      fc.property(
        caseload,
        fc.constantFrom(...SORT_KEYS),
        fc.constantFrom<SortDirection>('ascending', 'descending'),
        (entries, sort, direction) => {
          const table = caseloadTable(listedRows(entries), words);
          const order = table.order({ words: '', having: '', sort, direction }, today);
          expect(Array.from(order, (index) => (entries[index] as CaseloadEntry).file)).toEqual(
            expectedOrder(entries, sort, direction),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("is the same when every order comes worked out from the worker's keys, names and files", () => {
    fc.assert(
      fc.property(caseload, (entries) => {
        const orders = tableOrders(sortColumnsOf(entries));
        const table = caseloadTable(listedRows(entries), words, orders);
        for (const sort of SORT_KEYS)
          for (const direction of ['ascending', 'descending'] as const) {
            const order = table.order({ words: '', having: '', sort, direction }, today);
            expect(order).toBe(orders[`${sort} ${direction}`]);
            expect(Array.from(order, (index) => (entries[index] as CaseloadEntry).file)).toEqual(
              expectedOrder(entries, sort, direction),
            );
          }
      }),
      { numRuns: 100 },
    );
  });

  it("gives the same columns from each chunk's keys and names text as from every entry at once", () => {
    fc.assert(
      fc.property(caseload, fc.integer({ min: 1, max: 7 }), (entries, size) => {
        const keys: number[] = [];
        const names: string[] = [];
        for (let start = 0; start < entries.length; start += size) {
          const chunk = entries.slice(start, start + size);
          for (const entry of chunk) keys.push(...entrySortKeys(entry));
          names.push(sortNamesOf(chunk));
        }
        expect(keys).toHaveLength(entries.length * NUMERIC_SORTS.length);
        expect(sortColumnsOfChunks(Float64Array.from(keys), names)).toEqual(sortColumnsOf(entries));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps only rows with every word, in any case, and with the flag or warning asked for', () => {
    const table = caseloadTable(listedRows(priced), words);
    const first = priced[0] as CaseloadEntry;
    const found = table.order(
      {
        words: ` ${first.person.toUpperCase()}  ${first.file} `,
        having: '',
        sort: 'file',
        direction: 'ascending',
      },
      today,
    );
    expect(Array.from(found, (index) => (priced[index] as CaseloadEntry).file)).toEqual([
      first.file,
    ]);
    const warned = priced.filter((entry) => entry.warnings.length > 0);
    const id = warned[0]?.warnings[0] as string;
    const having = table.order(
      { words: '', having: id, sort: 'file', direction: 'ascending' },
      today,
    );
    expect(having.length).toBe(priced.filter((entry) => entry.warnings.includes(id)).length);
  });

  it('gives the CSV the headings the page shows', () => {
    const table = caseloadTable(listedRows(priced), words);
    const header = caseloadTableCsv(priced, card, t)
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0];
    for (const column of ['person', 'file', 'annual', 'weekly', 'hoursWeekly'] as const)
      expect(header).toContain(table.headings[column]);
  });
});
