/** A council's rate spreadsheet becomes a rate card that passes the card checks, every figure sourced to its cell. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rateCardFromSheet } from '../../../src/domain/import/rate-sheet';
import type { Table } from '../../../src/domain/import/table';
import { sourcesOf } from '../../../src/domain/schema/rate-card-sources';
import { readCsv } from '../../../src/io/import/csv-table';
import { readWorkbook } from '../../../src/io/import/xlsx-table';
import { loadCard } from '../../helpers/builders';
import { makeXlsx } from '../../helpers/xlsx';

const england = loadCard('rate-cards/england-2026-27.json');
const read = readCsv(readFileSync('tests/fixtures/import/council-rates.csv'), 'council-rates.csv');
const table: Table = read.ok ? { ...read.table, name: 'Rates' } : { name: 'Rates', rows: [] };

describe('a council rate spreadsheet as a rate card', () => {
  const made = rateCardFromSheet(table, 'council-rates.csv', england);

  it('passes the rate card checks, with the council name, area and dates', () => {
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.value).toMatchObject({
      id: 'example-borough-2026-27',
      area: 'Example Borough',
      validFrom: '2026-04-01',
      validTo: '2027-03-31',
    });
    expect(made.value.illustrative).toBeUndefined();
  });

  it('takes each figure from its cell, sourced to the sheet and the cell', () => {
    if (!made.ok) throw new Error('refused');
    expect(made.value.registeredProvider.standard.day.weekday).toBe('24.50');
    expect(made.value.personalAssistant.payFloor).toBe('12.21');
    expect(sourcesOf(made.value, 'registeredProvider.standard.day.weekday')).toEqual([
      {
        figure: 'registeredProvider.standard.day.weekday',
        text: 'council-rates.csv, sheet Rates, cell C10',
      },
    ]);
    expect(sourcesOf(made.value, 'settings[nursing].weeklyFee')).toEqual([
      { figure: 'settings[nursing].weeklyFee', text: 'council-rates.csv, sheet Rates, cell C25' },
    ]);
  });

  it('keeps the base card figures the sheet does not give, with the base card sources', () => {
    if (!made.ok) throw new Error('refused');
    expect(made.value.carerPolicy).toEqual(england.carerPolicy);
    const text = sourcesOf(england, 'carerPolicy.highHours').map((source) => source.text);
    expect(sourcesOf(made.value, 'carerPolicy.highHours').map((source) => source.text)).toEqual(
      text,
    );
  });

  it('reads the same sheet from a workbook, by sheet name', () => {
    const bytes = makeXlsx([
      { name: 'Notes', rows: [['About these rates']] },
      { name: 'Rates', rows: table.rows },
    ]);
    const workbook = readWorkbook(bytes, 'Rates');
    if (!workbook.ok) throw new Error(workbook.key);
    const fromXlsx = rateCardFromSheet(workbook.sheets[0] as Table, 'rates.xlsx', england);
    expect(fromXlsx.ok && fromXlsx.value.registeredProvider.standard.sleepIn).toBe('130.00');
    expect(
      fromXlsx.ok && sourcesOf(fromXlsx.value, 'registeredProvider.standard.sleepIn')[0]?.text,
    ).toBe('rates.xlsx, sheet Rates, cell C14');
  });

  it.each([
    ['24.505', 'C10', 'importing.cell.pennies'],
    ['=B10*1.1', 'C10', 'importing.cell.formula'],
    ['twenty', 'C10', 'importing.cell.decimal'],
  ])('refuses %s, naming the cell', (value, cell, key) => {
    const rows = table.rows.map((row, index) =>
      index === 9 ? [row[0] ?? '', row[1] ?? '', value] : row,
    );
    const refused = rateCardFromSheet({ ...table, rows }, 'x.csv', england);
    expect(refused).toEqual({
      ok: false,
      problems: [expect.objectContaining({ path: cell, key })],
    });
  });

  it('refuses a sheet without the card details, naming what is missing', () => {
    const rows = table.rows.filter((row) => row[0] !== 'Card id');
    expect(rateCardFromSheet({ ...table, rows }, 'x.csv', england)).toEqual({
      ok: false,
      problems: [expect.objectContaining({ path: 'id', key: 'importing.rates.missing' })],
    });
  });

  it('refuses figures that break the card rules, with the card problems at their cells', () => {
    const rows = table.rows.map((row) =>
      row[0] === 'Valid to' ? [row[0], '', '01/01/2026'] : row,
    );
    const refused = rateCardFromSheet({ ...table, rows }, 'x.csv', england);
    expect(refused).toEqual({
      ok: false,
      // The card check names the figure; the problem is named at the cell it came from.
      problems: [expect.objectContaining({ path: 'C7', key: 'validation.validToBeforeFrom' })],
    });
  });
});
