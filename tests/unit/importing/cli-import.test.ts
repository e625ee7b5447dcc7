/**
 * `npm run import`: budget files written, one line per refused row, the differences from
 * the source's prices, and a file already in the folder left as it was.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../src/cli/run-import';
import { readBudget } from '../../../src/domain/read';
import { makeXlsx } from '../../helpers/xlsx';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await runImport(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { status, stdout, stderr };
}

describe('npm run import', () => {
  it('writes one budget file per person, each a valid budget', async () => {
    const out = mkdtempSync(join(tmpdir(), 'import-'));
    const result = await run([
      'tests/fixtures/import/council-domiciliary.csv',
      '--profile',
      'council-domiciliary',
      '--out',
      out,
    ]);
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'imp-DOM-1001.json',
      'imp-DOM-1002.json',
      'imp-DOM-1003.json',
    ]);
    for (const name of readdirSync(out))
      expect(readBudget(JSON.parse(readFileSync(join(out, name), 'utf8'))).ok).toBe(true);
    expect(result.stdout.split('\n')).toEqual([
      'Row 4 (DOM-1001, line l3): rate on sat sun 33.75 in the source, 35.35 as priced (+1.60)',
      'Row 4 (DOM-1001, line l3): weekly cost 120.00 in the source, 119.73 as priced (-0.27)',
      `Rows read: 6. Budget files written to ${out}: 3. Rows refused: 0. Differences from the source's prices: 2.`,
      '',
    ]);
    expect(result.stderr).toBe('');
  });

  it('prints one line per refused row, naming its row and columns, and goes on with the rest', async () => {
    const out = mkdtempSync(join(tmpdir(), 'import-'));
    const file = join(out, 'schedule.csv');
    const text = readFileSync('tests/fixtures/import/council-domiciliary.csv', 'utf8').replace(
      'DOM-1002,Bob Sample,Shopping and cleaning,Domestic,Example Home Support Ltd,60,1,Wed',
      'DOM-1002,Bob Sample,=HYPERLINK("x"),Domestic,Example Home Support Ltd,sixty,1,Wed',
    );
    writeFileSync(file, text);
    const result = await run([
      file,
      '--profile',
      'council-domiciliary',
      '--out',
      join(out, 'budgets'),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'Row 5, column “Service”: looks like a spreadsheet formula (it starts with =, +, - or @); type the value itself; Row 5, column “Visit length (mins)”: must be a whole number from 1 to 1440\n',
    );
    expect(readdirSync(join(out, 'budgets'))).toHaveLength(3);
  });

  it('never overwrites a budget file already in the folder', async () => {
    const out = mkdtempSync(join(tmpdir(), 'import-'));
    writeFileSync(join(out, 'imp-PA-01.json'), 'kept');
    const result = await run([
      'tests/fixtures/import/pa-weekly-hours.csv',
      '--profile',
      'pa-weekly-hours',
      '--out',
      out,
    ]);
    expect(readFileSync(join(out, 'imp-PA-01.json'), 'utf8')).toBe('kept');
    expect(existsSync(join(out, 'imp-PA-02.json'))).toBe(true);
    expect(result.stderr).toContain('imp-PA-01.json is already there and was left as it is');
    expect(result.status).toBe(1);
  });

  it('reads a workbook, and a profile from a file', async () => {
    const out = mkdtempSync(join(tmpdir(), 'import-'));
    const csv = readFileSync('tests/fixtures/import/pa-weekly-hours.csv', 'utf8')
      .trim()
      .split('\n');
    const rows = csv.map(
      (line) =>
        line
          .match(/("[^"]*"|[^,]*)(,|$)/g)
          ?.map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, ''))
          .slice(0, 12) ?? [],
    );
    writeFileSync(join(out, 'pa.xlsx'), makeXlsx([{ name: 'PA packages', rows }]));
    writeFileSync(join(out, 'profile.json'), readFileSync('import-profiles/pa-weekly-hours.json'));
    const result = await run([
      join(out, 'pa.xlsx'),
      '--profile',
      join(out, 'profile.json'),
      '--out',
      join(out, 'budgets'),
    ]);
    expect(result.stderr).toBe('');
    expect(readdirSync(join(out, 'budgets')).sort()).toEqual(['imp-PA-01.json', 'imp-PA-02.json']);
  });

  it('refuses a profile it does not know, naming the shipped ones', async () => {
    const result = await run(['x.csv', '--profile', 'nope', '--out', tmpdir()]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '--profile: No profile is named nope; the shipped ones are council-domiciliary, chc-package, pa-weekly-hours, service-agreement',
    );
  });

  it('refuses a profile file with a field it does not know, naming the field', async () => {
    const out = mkdtempSync(join(tmpdir(), 'import-'));
    const profile = JSON.parse(readFileSync('import-profiles/chc-package.json', 'utf8')) as Record<
      string,
      unknown
    >;
    writeFileSync(
      join(out, 'bad.json'),
      JSON.stringify({
        ...profile,
        columns: { ...(profile['columns'] as object), colour: 'Colour' },
      }),
    );
    const result = await run(['x.csv', '--profile', join(out, 'bad.json'), '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bad.json columns.colour');
  });

  it('speaks Welsh with --lang cy', async () => {
    const out = mkdtempSync(join(tmpdir(), 'import-'));
    const result = await run([
      'tests/fixtures/import/chc-package.csv',
      '--profile',
      'chc-package',
      '--out',
      out,
      '--lang',
      'cy',
    ]);
    expect(result.stdout).toContain(
      'Rhes 4 (485 777 3456, llinell l2): cyfradd ar sat sun 38.00 yn y ffynhonnell, 38.57 fel y',
    );
  });
});
