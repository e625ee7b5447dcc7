/**
 * The headless PDF: `npm run price -- <budget.json> --format pdf --out <file.pdf>` writes
 * the same document the app makes, prints nothing, and shows the totals `--format json`
 * gives. Without --out it is refused with its usage line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/domain/format';
import { ROOT } from '../helpers/builders';
import { price, type Run } from '../helpers/run-price';

const EXAMPLE = join(ROOT, 'examples', 'example-ann.json');
const PDF_USAGE =
  'Usage: npm run price -- <budget.json> --format pdf --out <file.pdf> [--rate-card <id or path>] [--cards <folder>] [--lang cy|en]';
const RENDER_TIMEOUT = 60_000;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-pdf-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const pdfText = (file: string) =>
  execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

describe('--format pdf --out <file>', () => {
  let run: Run;
  let file = '';
  let totals: Record<'weekly' | 'annual' | 'oneOff' | 'firstYear', string>;
  beforeAll(async () => {
    file = join(dir, 'ann.pdf');
    run = await price([EXAMPLE, '--format', 'pdf', '--out', file]);
    const json = await price([EXAMPLE, '--format', 'json']);
    totals = (JSON.parse(json.stdout) as { totals: typeof totals }).totals;
  }, RENDER_TIMEOUT);

  it('exits 0, printing nothing on stdout or stderr', () => {
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('writes a PDF file', () => {
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('shows the same four totals as --format json', () => {
    const text = pdfText(file);
    expect(text).toMatch(new RegExp(`Weekly total\\s+${escape(formatMoney(totals.weekly))}`));
    expect(text).toMatch(new RegExp(`Annual total\\s+${escape(formatMoney(totals.annual))}`));
    expect(text).toMatch(new RegExp(`One-off costs\\s+${escape(formatMoney(totals.oneOff))}`));
    expect(text).toMatch(
      new RegExp(`First-year total\\s+${escape(formatMoney(totals.firstYear))}`),
    );
  });

  it(
    'accepts --out=<file> and another rate card, like the other options',
    async () => {
      const other = join(dir, 'ann-2026.pdf');
      const result = await price([
        EXAMPLE,
        '--rate-card',
        'england-2026-27',
        '--format=pdf',
        `--out=${other}`,
      ]);
      expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(pdfText(other)).toContain('England 2026-27');
    },
    RENDER_TIMEOUT,
  );
});

describe('command-line mistakes with a PDF', () => {
  it('without --out exits 1 with the reason and the PDF usage line, writing nothing', async () => {
    const run = await price([EXAMPLE, '--format', 'pdf']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `--format pdf needs --out <file.pdf>: a PDF is written to a file, not to the screen\n${PDF_USAGE}\n`,
    );
  });

  it('--out with a text format exits 1: those are written to standard output', async () => {
    const run = await price([EXAMPLE, '--format', 'csv', '--out', join(dir, 'ann.csv')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `--out is only for --format pdf: the other formats are written to standard output\n${PDF_USAGE}\n`,
    );
    expect(existsSync(join(dir, 'ann.csv'))).toBe(false);
  });

  it(
    'a folder that does not exist exits 1, naming the file, with no stack trace',
    async () => {
      const missing = join(dir, 'no-such-folder', 'ann.pdf');
      const run = await price([EXAMPLE, '--format', 'pdf', '--out', missing]);
      expect(run).toEqual({
        code: 1,
        stdout: '',
        stderr: `${missing}: could not be written, as its folder does not exist\n`,
      });
    },
    RENDER_TIMEOUT,
  );

  it(
    'a folder given as --out exits 1, saying it is a folder',
    async () => {
      const folder = join(dir, 'a-folder');
      mkdirSync(folder);
      const run = await price([EXAMPLE, '--format', 'pdf', '--out', folder]);
      expect(run).toEqual({ code: 1, stdout: '', stderr: `${folder}: is a folder, not a file\n` });
    },
    RENDER_TIMEOUT,
  );

  it('a bad budget is refused before any PDF is made', async () => {
    const out = join(dir, 'never.pdf');
    const run = await price([
      join(ROOT, 'tests', 'fixtures', 'hostile', 'budgets', 'minutes-zero.json'),
      '--format',
      'pdf',
      '--out',
      out,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('lines[0].minutes: must be a whole number from 1 to 1440\n');
    expect(existsSync(out)).toBe(false);
  });
});

describe('the real command, spawned', () => {
  it(
    'writes the PDF and prints nothing',
    () => {
      const out = join(dir, 'spawned.pdf');
      // node --import tsx rather than npx or npm run: npm adds its own lines to the output.
      const result = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          join('src', 'cli', 'price.ts'),
          EXAMPLE,
          '--format',
          'pdf',
          '--out',
          out,
        ],
        { cwd: ROOT, encoding: 'utf8', timeout: RENDER_TIMEOUT },
      );
      expect(result.error).toBeUndefined();
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe('');
      expect(result.status).toBe(0);
      expect(pdfText(out)).toMatch(/Page 1 of \d+/);
    },
    RENDER_TIMEOUT,
  );
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
