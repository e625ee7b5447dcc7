/**
 * Hostile rate sheets and rate sheet profiles, beside the hostile packages in
 * import-hostile.test.ts: each bad cell is refused naming its cell (row and column) and
 * why, a sheet with any problem makes no card, a file that cannot be read is refused whole,
 * and nothing a sheet or a profile says reaches past the card it makes.
 */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readRateSheet } from '../../../src/domain/import/rate-sheet';
import { layoutOf } from '../../../src/domain/import/rate-sheet-profile';
import type { Table } from '../../../src/domain/import/table';
import { createI18n } from '../../../src/i18n';
import { describeSheetProblem } from '../../../src/i18n/import-words';
import {
  readRateSheetProfile,
  readRateSheetProfileBytes,
} from '../../../src/io/import/rate-sheet-profile-file';
import { readSpreadsheet } from '../../../src/io/import/spreadsheet';
import { SCHEDULE_FILE, scheduleProfile, scheduleTable } from '../../helpers/rate-sheet';
import { loadCard } from '../../helpers/builders';
import { expectPrototypesUntouched } from '../../helpers/hostile-corpus';
import { zipParts } from '../../helpers/xlsx';

const england = loadCard('rate-cards/england-2026-27.json');
const FILE = SCHEDULE_FILE;
const table = scheduleTable();
const profile = scheduleProfile();
const { t } = createI18n('en');

/** The sheet with the figure in one row (by its label in column B) written as `value`. */
function withValue(label: string, value: string): Table {
  const rows = table.rows.map((row) =>
    row[1] === label ? [row[0] ?? '', label, row[2] ?? '', row[3] ?? '', value, ''] : row,
  );
  expect(table.rows.some((row) => row[1] === label)).toBe(true);
  return { ...table, rows };
}

function refused(sheet: Table, layout = layoutOf(profile)) {
  const result = readRateSheet(sheet, FILE, england, layout);
  if (result.ok) throw new Error('the sheet was read into a card');
  return result.problems;
}

const WEEKDAY = 'Home care - weekday daytime';
const FROM = 'Effective from';

const CELLS: readonly (readonly [label: string, value: string, key: string])[] = [
  [WEEKDAY, '=D10*1.05', 'importing.cell.formula'],
  [WEEKDAY, '+32.50', 'importing.cell.formula'],
  [WEEKDAY, '-32.50', 'importing.cell.decimal'],
  [WEEKDAY, '-', 'importing.cell.formula'],
  [WEEKDAY, '@SUM(E10:E14)', 'importing.cell.formula'],
  [WEEKDAY, '\t=1+1', 'importing.cell.formula'],
  [WEEKDAY, '\r=1+1', 'importing.cell.formula'],
  [WEEKDAY, '=HYPERLINK("http://example.invalid","x")', 'importing.cell.formula'],
  [WEEKDAY, '#REF!', 'importing.cell.decimal'],
  [WEEKDAY, '32.505', 'importing.cell.pennies'],
  [WEEKDAY, '32.5001', 'importing.cell.pennies'],
  [WEEKDAY, 'thirty two fifty', 'importing.cell.decimal'],
  [WEEKDAY, '32,50', 'importing.cell.decimal'],
  [WEEKDAY, '1e3', 'importing.cell.decimal'],
  [WEEKDAY, 'NaN', 'importing.cell.decimal'],
  [WEEKDAY, 'Infinity', 'importing.cell.decimal'],
  [WEEKDAY, '99999999', 'importing.cell.decimal'],
  [WEEKDAY, ' ', 'importing.cell.required'],
  ['PA sleep-in allowance', '=E14*0.6', 'importing.cell.formula'],
  ['National Living Wage (21 and over)', '12.7O', 'importing.cell.decimal'],
  ['NHS funded nursing care', '=267.68', 'importing.cell.formula'],
  [FROM, '01/04/26', 'importing.cell.date'],
  [FROM, '31/02/2026', 'importing.cell.noSuchDay'],
  [FROM, '2026-13-01', 'importing.cell.noSuchDay'],
  [FROM, '46113.5', 'importing.cell.date'],
  [FROM, '60', 'importing.cell.date'],
  [FROM, 'next April', 'importing.cell.date'],
  [FROM, '=DATE(2026,4,1)', 'importing.cell.formula'],
  ['Rate card reference', '=id', 'importing.cell.formula'],
  ['Published as', '@name', 'importing.cell.formula'],
];

describe('a hostile cell in a rate sheet is refused at its cell, and no card is made', () => {
  it.each(CELLS)('%s written as %j', (label, value, key) => {
    const row = table.rows.findIndex((cells) => cells[1] === label) + 1;
    const problems = refused(withValue(label, value));
    expect(problems).toEqual([expect.objectContaining({ path: `E${row}`, key })]);
    expect(describeSheetProblem(problems[0] as never, t)).toMatch(
      new RegExp(`^Cell E${row} \\(row ${row}, column E\\): `),
    );
  });
});

describe('dates written three ways and as a serial number are read alike', () => {
  it.each(['01/04/2026', '1 Apr 2026', '2026-04-01', '46113'])('%s', (value) => {
    const made = readRateSheet(withValue(FROM, value), FILE, england, layoutOf(profile));
    expect(made.ok && made.value.card.validFrom).toBe('2026-04-01');
  });
});

describe('rows and details that break the card rules are refused at their cells', () => {
  it.each([
    ['Rate card reference', 'england-2026-27 copy', 'E3', 'validation.id'],
    ['Rate card reference', '../../etc/passwd', 'E3', 'validation.id'],
    ['Published as', 'Northshire\u0007 rates', 'E4', ''],
    ['Published as', 'x'.repeat(201), 'E4', ''],
    ['Effective to', '31/03/2025', 'E7', 'validation.validToBeforeFrom'],
  ])('%s written as %j', (label, value, cell, key) => {
    const problems = refused(withValue(label, value));
    expect(problems.map((found) => found.path)).toContain(cell);
    if (key !== '') expect(problems).toContainEqual(expect.objectContaining({ path: cell, key }));
  });

  it('a label given twice (a row copied down) is refused at the second, naming the first', () => {
    const rows = [...table.rows, ['HC9', WEEKDAY, 'per hour', '', '40.00', '']];
    expect(refused({ ...table, rows })).toEqual([
      expect.objectContaining({
        path: `E${rows.length}`,
        key: 'importing.rates.repeated',
        values: { label: WEEKDAY, cell: 'E10' },
      }),
    ]);
  });

  it.each([
    'Rate card reference',
    'Published as',
    'Council area',
    'Effective from',
    'Effective to',
  ])('a sheet without “%s” is refused, naming the label the profile looks for', (label) => {
    const rows = table.rows.filter((row) => row[1] !== label);
    expect(refused({ ...table, rows })).toEqual([
      expect.objectContaining({ key: 'importing.rates.missing', values: { label } }),
    ]);
  });

  it('a figure for a care home setting the base card does not have is refused', () => {
    const layout = layoutOf({
      ...profile,
      labels: { ...profile.labels, 'settings[hospice].weeklyFee': 'Hospice weekly fee' },
    });
    const rows = [...table.rows, ['', 'Hospice weekly fee', '', '', '2000.00', '']];
    expect(refused({ ...table, rows }, layout)).toEqual([
      expect.objectContaining({ key: 'importing.rates.noSuchFigure' }),
    ]);
  });

  it('an empty sheet names every detail it lacks', () => {
    expect(refused({ name: FILE, rows: [] })).toHaveLength(5);
  });

  it('labels in the wrong column find nothing, and the details are named as missing', () => {
    expect(refused(table, layoutOf({ ...profile, labelColumn: 'C' }))).toHaveLength(5);
  });
});

describe('hostile profiles and sheets reach nothing past the card', () => {
  it.each([
    'constructor.prototype.polluted',
    'constructor.prototype',
    'toString',
    'registeredProvider.constructor.prototype.isAdmin',
    'personalAssistant.pay.day.weekday.length',
  ])('a profile label aimed at %s sets nothing and is refused at its cell', (target) => {
    const checked = readRateSheetProfile({
      ...profile,
      labels: { ...profile.labels, [target]: 'Aimed' },
    });
    const rows = [...table.rows, ['', 'Aimed', '', '', '1.00', '']];
    if (checked.ok) {
      const problems = refused({ ...table, rows }, layoutOf(checked.value));
      expect(problems).toEqual([
        expect.objectContaining({ path: `E${rows.length}`, key: 'importing.rates.noSuchFigure' }),
      ]);
    }
    expectPrototypesUntouched();
  });

  it.each(['__proto__', 'a.__proto__.b', 'settings[x]]', ''])(
    'a profile label aimed at %j, as a file holds it, is refused by the profile schema',
    (target) => {
      const text = JSON.stringify({ ...profile, labels: { placeholder: 'x' } });
      const file = text.replace('"placeholder"', JSON.stringify(target));
      const checked = readRateSheetProfileBytes(strToU8(file));
      expect(checked.ok).toBe(false);
      expectPrototypesUntouched();
    },
  );

  it('a label written as __proto__ in the sheet is a note, passed over', () => {
    const rows = [
      ...table.rows,
      ['', '__proto__', '', '', '1.00', ''],
      ['', 'constructor', '', '', '2'],
    ];
    const made = readRateSheet({ ...table, rows }, FILE, england, layoutOf(profile));
    expect(made.ok).toBe(true);
    expectPrototypesUntouched();
  });

  it('50,000 rows are refused whole, saying the limit', () => {
    const rows = Array.from({ length: 50_000 }, () => ['', 'Note', '', '', '', '']);
    expect(refused({ ...table, rows: [...table.rows, ...rows] })).toEqual([
      expect.objectContaining({ key: 'importing.file.tooManyRows' }),
    ]);
    expect(describeSheetProblem(refused({ ...table, rows })[0] as never, t)).toMatch(
      /^The sheet: /,
    );
  });

  it('201 columns are refused whole', () => {
    const rows = [...table.rows, Array.from({ length: 201 }, () => 'x')];
    expect(refused({ ...table, rows })).toEqual([
      expect.objectContaining({ key: 'importing.file.tooManyColumns' }),
    ]);
  });
});

describe('hostile rate sheet files are refused whole before any cell is read', () => {
  it.each([
    [
      'random bytes named .xlsx',
      'rates.xlsx',
      new Uint8Array(4096).fill(7),
      'importing.file.notZip',
    ],
    ['a CSV named .xlsx', 'rates.xlsx', strToU8('Card id,x\n'), 'importing.file.notZip'],
    [
      'a zip bomb',
      'rates.xlsx',
      zipParts({
        '[Content_Types].xml': strToU8('<Types/>'),
        'xl/workbook.xml': strToU8(
          '<workbook><sheets><sheet name="Rates" r:id="rId1"/></sheets></workbook>',
        ),
        'xl/worksheets/sheet1.xml': new Uint8Array(30_000_000),
      }),
      '',
    ],
    ['a PDF', 'rates.pdf', strToU8('%PDF-1.7'), 'importing.file.notSpreadsheet'],
    [
      'Latin-1 text',
      'rates.csv',
      new Uint8Array([0x43, 0x61, 0x72, 0x64, 0xa3]),
      'validation.notUnicode',
    ],
    [
      'an unclosed quotation mark',
      'rates.csv',
      strToU8('Card id,"x\n'),
      'importing.file.csvQuotes',
    ],
  ])('%s', async (_name, file, bytes, key) => {
    const result = await readSpreadsheet(bytes, file);
    expect(result.ok).toBe(false);
    if (!result.ok && key !== '') expect(result.key).toBe(key);
  });
});
