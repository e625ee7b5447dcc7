/**
 * `npm run import -- rate-sheet`: a council's rate spreadsheet written as a rate card that
 * passes the card checks, each figure printed with its cell; a refused sheet writes
 * nothing and names each problem by row and column; a card file already there is kept.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../src/cli/run-import';
import { readRateCard } from '../../../src/domain/read';
import { sourcesOf } from '../../../src/domain/schema/rate-card-sources';
import { makeXlsx } from '../../helpers/xlsx';

const SHEET = 'tests/fixtures/import/council-rate-schedule.csv';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await runImport(['rate-sheet', ...argv], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { status, stdout, stderr };
}

const folder = () => mkdtempSync(join(tmpdir(), 'rate-sheet-'));

/** The sample schedule changed by `change`, read with its profile into card.json beside it. */
async function runChanged(change: (text: string) => string) {
  const dir = folder();
  writeFileSync(join(dir, 'rates.csv'), change(readFileSync(SHEET, 'utf8')));
  const out = join(dir, 'card.json');
  const result = await run([
    join(dir, 'rates.csv'),
    '--profile',
    'council-rate-schedule',
    '--out',
    out,
  ]);
  return { ...result, out };
}

describe('npm run import -- rate-sheet', () => {
  it('writes the card, printing each figure with its cell and a summary', async () => {
    const out = join(folder(), 'card.json');
    const result = await run([SHEET, '--profile', 'council-rate-schedule', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const card = readRateCard(JSON.parse(readFileSync(out, 'utf8')));
    expect(card.ok).toBe(true);
    if (!card.ok) return;
    expect(card.value.id).toBe('northshire-2026-27');
    expect(sourcesOf(card.value, 'registeredProvider.standard.day.weekday')).toEqual([
      {
        figure: 'registeredProvider.standard.day.weekday',
        text: 'council-rate-schedule.csv, cell E10',
      },
    ]);
    const lines = result.stdout.split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[5]).toBe(
      'Cell E10: Home care, weekday day (an hour) 32.50 (“Home care - weekday daytime”)',
    );
    expect(lines[19]).toBe(
      `Rate card northshire-2026-27 written to ${out}: 19 figures and details from the sheet, the rest from england-2026-27.`,
    );
  });

  it('reads a workbook by the sheet named, in Welsh when asked', async () => {
    const dir = folder();
    const text = readFileSync(SHEET, 'utf8');
    const rows = text
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    writeFileSync(
      join(dir, 'rates.xlsx'),
      makeXlsx([
        { name: 'Notes', rows: [['About these rates']] },
        { name: 'Rates', rows },
      ]),
    );
    const out = join(dir, 'card.json');
    const result = await run([
      join(dir, 'rates.xlsx'),
      '--profile',
      'council-rate-schedule',
      '--sheet',
      'Rates',
      '--out',
      out,
      '--lang',
      'cy',
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Y gell E14: Gofal cartref, cysgu i mewn (y noson) 155.00 (“Home care - sleep-in”)',
    );
    const card = JSON.parse(readFileSync(out, 'utf8')) as { sources: { text: string }[] };
    expect(card.sources.map((source) => source.text)).toContain(
      'rates.xlsx, sheet Rates, cell E14',
    );
  });

  it('takes a profile file by its path and the base card from --rate-card', async () => {
    const dir = folder();
    const profile = JSON.parse(readFileSync('import-profiles/standard-rate-sheet.json', 'utf8'));
    writeFileSync(join(dir, 'ours.json'), JSON.stringify({ ...profile, id: 'ours' }));
    const out = join(dir, 'card.json');
    const result = await run([
      'tests/fixtures/import/council-rates.csv',
      '--profile',
      join(dir, 'ours.json'),
      '--rate-card',
      'england-2025-26',
      '--out',
      out,
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n').at(-1)).toContain('the rest from england-2025-26.');
    const card = JSON.parse(readFileSync(out, 'utf8')) as { id: string; weeksPerYear: string };
    expect(card.id).toBe('example-borough-2026-27');
  });

  it('refuses a sheet with problems, naming each by row and column, and writes nothing', async () => {
    const result = await runChanged((text) =>
      text
        .replace('per hour,31.10,32.50,', 'per hour,31.10,32.505,')
        .replace('per night,86.00,90.00,', 'per night,86.00,=E14*0.6,')
        .replace(',Effective to,,,31/03/2027,', ',Effective to,,,31/03/2025,'),
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      'Cell E10 (row 10, column E): must be an amount in pounds and pence, such as 24.50',
      'Cell E21 (row 21, column E): looks like a spreadsheet formula (it starts with =, +, - or @); type the value itself',
      '',
    ]);
    expect(existsSync(result.out)).toBe(false);
  });

  it('a card that breaks the card checks is refused at the cell of the figure', async () => {
    const result = await runChanged((text) =>
      text.replace(',Effective to,,,31/03/2027,', ',Effective to,,,31/03/2025,'),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Cell E7 \(row 7, column E\): /);
    expect(existsSync(result.out)).toBe(false);
  });

  it('never overwrites a card file already there', async () => {
    const out = join(folder(), 'card.json');
    writeFileSync(out, 'kept');
    const result = await run([SHEET, '--profile', 'council-rate-schedule', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${out} is already there and was left as it is\n`);
    expect(readFileSync(out, 'utf8')).toBe('kept');
  });

  it.each([
    [['--profile', 'council-rate-schedule', '--out', 'x.json'], 'Give one rate spreadsheet'],
    [[SHEET, '--out', 'x.json'], 'Give one rate spreadsheet'],
    [
      [SHEET, '--profile', 'nowhere', '--out', 'x.json'],
      'No profile is named nowhere; the shipped ones are standard-rate-sheet, council-rate-schedule',
    ],
    [
      [SHEET, '--profile', 'council-domiciliary', '--out', 'x.json'],
      'No profile is named council-domiciliary',
    ],
    [[SHEET, '--colour', 'red'], '--colour'],
  ])('refuses %j, saying why', async (argv, words) => {
    const result = await run(argv);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(words);
  });

  it('refuses a package import profile given as a file, naming its format', async () => {
    const result = await run([
      SHEET,
      '--profile',
      'import-profiles/council-domiciliary.json',
      '--out',
      join(folder(), 'card.json'),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('support-rate-sheet-profile');
  });

  it('prints its usage with --help', async () => {
    const result = await run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run import -- rate-sheet /);
  });
});
