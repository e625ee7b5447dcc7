/**
 * The headless pricing command (docs/command-line.md):
 * `npm run price -- <budget.json> [--rate-card <id or path>] [--format json|csv|text]`.
 * The bulk runs in-process through `runPrice`; two tests spawn the real command.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { price, type Run } from '../helpers/run-price';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLE = join(ROOT, 'examples', 'example-ann.json');
const SCRIPT_AND_FORMULA = join(
  ROOT,
  'tests',
  'fixtures',
  'hostile',
  'budgets',
  'valid-script-and-formula-activity.json',
);
const HOSTILE_MINUTES = join(ROOT, 'tests', 'fixtures', 'hostile', 'budgets', 'minutes-zero.json');
const CARD_2026 = join(ROOT, 'rate-cards', 'england-2026-27.json');

const USAGE =
  'Usage: npm run price -- <budget.json> [--rate-card <id or path>] [--cards <folder>] [--format json|csv|text|pdf|phb-schedule|payroll|service-agreement] [--out <file.pdf>] [--lang cy|en] [--as-of YYYY-MM-DD] [--period YYYY-MM-DD..YYYY-MM-DD]';
const COHORT_USAGE =
  'Usage for a caseload: npm run price -- --cohort <folder> [--rate-card <id or path>] [--cards <folder>] [--format json|csv|table-csv|phb-return|phb-return-csv|benchmark|text] [--quarter YYYY-YY-qN] [--as-of YYYY-MM-DD] [--next-card <id or path>] [--area <name> --population <people>] [--lang cy|en]';
const MONEY = /^-?\d+\.\d{2}$/;
const HOURS = /^\d+\.\d{2}$/;
const RESOURCES = ['registered-provider', 'personal-assistant', 'unpaid-carer', 'community'];
const MONEY_KEYS = new Set([
  'weekly',
  'annual',
  'oneOff',
  'firstYear',
  'difference',
  'amount',
  'over',
  'paWeekly',
  'providerWeekly',
]);
/** A translation key or a placeholder that reached the reader untranslated. */
const UNTRANSLATED = /\b(?:validation|terms|report|csv|cli|app)\.[a-zA-Z]|\{\{/;

/** Prices a file that must price: exit 0, nothing on stderr. */
async function priced(argv: readonly string[]): Promise<string> {
  const run = await price(argv);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

interface Recurring {
  weekly: string;
  annual: string;
}

interface Report {
  budget: string;
  rateCard: string;
  totals: Record<'weekly' | 'annual' | 'oneOff' | 'firstYear', string>;
  hoursWeekly: Record<string, string>;
  byDomain: Record<string, Recurring>;
  byResource: Record<string, Recurring>;
  lines: { id: string; active: boolean; hoursWeekly: string; weekly: string; annual: string }[];
  carers: { id: string; hoursWeekly: string; nightsWeekly: number; flags: string[] }[];
  settings: { id: string; weekly: string; annual: string; difference: string }[];
  warnings: { id: string; line?: string }[];
}

async function report(argv: readonly string[]): Promise<Report> {
  return JSON.parse(await priced(argv)) as Report;
}

/** Every value under a money key, anywhere in the report. */
function moneyValues(value: unknown, key = ''): [string, unknown][] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => moneyValues(item, `${key}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([name, nested]) => {
      const path = key === '' ? name : `${key}.${name}`;
      if (MONEY_KEYS.has(name) && typeof nested !== 'object')
        return [[path, nested] as [string, unknown]];
      return moneyValues(nested, path);
    });
  }
  return [];
}

/** RFC 4180, as the command writes it: CRLF rows, quoted cells with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const scriptAndFormula = JSON.parse(readFileSync(SCRIPT_AND_FORMULA, 'utf8')) as {
  lines: { id: string; activity: string }[];
  expenses: { id: string; description: string }[];
};
const SCRIPT = '<script>alert(1)</script>';
const FORMULA = scriptAndFormula.lines[1]?.activity as string;
const AT_FORMULA = scriptAndFormula.expenses[0]?.description as string;

describe('json output', () => {
  let run: Run;
  let output: Report;
  beforeAll(async () => {
    run = await price([EXAMPLE]);
    output = JSON.parse(run.stdout) as Report;
  });

  it('is the default format: one JSON object on stdout, exit 0, nothing on stderr', async () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.endsWith('}\n')).toBe(true);
    expect(typeof output).toBe('object');
    expect((await price([EXAMPLE, '--format', 'json'])).stdout).toBe(run.stdout);
  });

  it('holds every key docs/command-line.md lists', () => {
    for (const key of [
      'budget',
      'rateCard',
      'totals',
      'hoursWeekly',
      'byDomain',
      'byResource',
      'lines',
      'carers',
      'settings',
      'warnings',
    ]) {
      expect(output).toHaveProperty(key);
    }
    expect(output.budget).toBe('example-ann');
    expect(output.rateCard).toBe('england-2025-26');
    expect(Object.keys(output.totals).sort()).toEqual(['annual', 'firstYear', 'oneOff', 'weekly']);
    expect(Object.keys(output.hoursWeekly).sort()).toEqual([...RESOURCES].sort());
    for (const hours of Object.values(output.hoursWeekly)) expect(hours).toMatch(HOURS);
    expect(Array.isArray(output.warnings)).toBe(true);
  });

  it('breaks the totals down by every domain of the card and by every resource', () => {
    for (const domain of ['personal-care', 'domestic', 'social', 'education', 'work']) {
      expect(output.byDomain[domain], domain).toEqual({
        weekly: expect.stringMatching(MONEY),
        annual: expect.stringMatching(MONEY),
        oneOff: expect.stringMatching(MONEY),
      });
    }
    for (const resource of RESOURCES) {
      expect(output.byResource[resource], resource).toMatchObject({
        weekly: expect.stringMatching(MONEY),
        annual: expect.stringMatching(MONEY),
      });
    }
  });

  it('has one entry per need line, carer and setting, each with its id and figures', () => {
    const budget = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { lines: { id: string }[] };
    expect(output.lines.map((line) => line.id)).toEqual(budget.lines.map((line) => line.id));
    for (const line of output.lines) {
      expect(line.hoursWeekly).toMatch(HOURS);
      expect(line.weekly).toMatch(MONEY);
      expect(line.annual).toMatch(MONEY);
    }
    expect(output.carers).toHaveLength(1);
    expect(output.carers[0]).toMatchObject({
      id: 'sam',
      hoursWeekly: expect.stringMatching(HOURS),
      flags: expect.any(Array),
    });
    expect(Number.isInteger(output.carers[0]?.nightsWeekly)).toBe(true);
    expect(output.settings.map((setting) => setting.id)).toEqual(['residential', 'nursing']);
  });

  it('writes every amount of money as a string with two decimals, never a JSON number', () => {
    const values = moneyValues(output);
    expect(values.length).toBeGreaterThan(50);
    for (const [path, value] of values) {
      expect(typeof value, path).toBe('string');
      expect(value, path).toMatch(MONEY);
    }
  });

  it('names each warning by id and, for a line warning, the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-warnings-'));
    try {
      const budget = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
      const path = join(dir, 'notional.json');
      writeFileSync(path, JSON.stringify({ ...budget, fundingRoute: 'notional' }));
      const warnings = (await report([path])).warnings;
      expect(warnings).toContainEqual({ id: 'pa-needs-direct-payment', line: 'lunch' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prices script and formula text as data, printing it unchanged and never escaped', async () => {
    const json = await priced([SCRIPT_AND_FORMULA]);
    const out = JSON.parse(json) as Report;
    expect(out.budget).toBe('script-and-formula');
    expect(out.lines.map((line) => line.id)).toEqual(scriptAndFormula.lines.map((line) => line.id));
    // The json report names lines by id and holds no free text; if it ever does, it holds it as typed.
    expect(json).not.toMatch(/&lt;|&gt;|&quot;|&#/);
    const text = await priced([SCRIPT_AND_FORMULA, '--format', 'text']);
    expect(text).toContain(SCRIPT);
    expect(text).toContain(FORMULA);
    expect(text).toContain(AT_FORMULA);
  });
});

describe('csv output', () => {
  let csv = '';
  beforeAll(async () => {
    csv = await priced([EXAMPLE, '--format', 'csv']);
  });

  it('starts with the UTF-8 byte-order mark and ends every row with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('has a header naming every column in words, with no untranslated key', () => {
    const [header = []] = parseCsv(csv.slice(1));
    expect(header.length).toBeGreaterThan(5);
    for (const name of header) expect(name).not.toMatch(UNTRANSLATED);
  });

  it('has a row for every line and the same totals as the json output', async () => {
    const rows = parseCsv(csv.slice(1));
    const [header = [], ...body] = rows;
    for (const row of body) expect(row).toHaveLength(header.length);
    const json = await report([EXAMPLE]);
    // The lines active on the as-at day: the example's uplift after hospital has ended.
    const active = json.lines.filter((line) => line.active);
    expect(active.length).toBeLessThan(json.lines.length);
    for (const line of active) expect(body.some((row) => row[1] === line.id)).toBe(true);
    const total = body.find((row) => row[0] === 'total') ?? [];
    expect(total).toContain(json.totals.weekly);
    expect(total).toContain(json.totals.annual);
    expect(total).toContain(json.totals.firstYear);
  });

  it('prices script and formula text and neutralises the formula with a leading single quote', async () => {
    const rows = parseCsv((await priced([SCRIPT_AND_FORMULA, '--format', 'csv'])).slice(1));
    const cellOf = (id: string): string => {
      const row = rows.find((candidate) => candidate[1] === id);
      expect(row, id).toBeDefined();
      return row?.[4] as string;
    };
    expect(cellOf('morning')).toBe(SCRIPT);
    expect(cellOf('cleaning')).toBe(`'${FORMULA}`);
    expect(cellOf('day-centre')).toBe(`'${AT_FORMULA}`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });
});

describe('text output', () => {
  let text = '';
  beforeAll(async () => {
    text = await priced([EXAMPLE, '--format', 'text']);
  });

  it('shows the working: hours × rate for each line, then the half-up rounding', () => {
    expect(text).toContain('× £');
    expect(text).toContain('rounds half-up');
    expect(text).toContain('£869.79');
  });

  it('has no untranslated key and nothing JavaScript-shaped', () => {
    expect(text).not.toMatch(UNTRANSLATED);
    for (const leak of ['undefined', 'NaN', '[object Object]']) expect(text).not.toContain(leak);
  });
});

describe('--rate-card', () => {
  let onOwnCard: Report;
  beforeAll(async () => {
    onOwnCard = await report([EXAMPLE]);
  });

  it('by shipped id prices on that card and changes the figures [H3.4]', async () => {
    const on2026 = await report([EXAMPLE, '--rate-card', 'england-2026-27']);
    expect(on2026.rateCard).toBe('england-2026-27');
    expect(on2026.totals.weekly).not.toBe(onOwnCard.totals.weekly);
    expect(on2026.totals.annual).not.toBe(onOwnCard.totals.annual);
  });

  it('by path, absolute or relative, gives the same figures as by id', async () => {
    const byId = await priced([EXAMPLE, '--rate-card', 'england-2026-27']);
    expect(await priced([EXAMPLE, '--rate-card', CARD_2026])).toBe(byId);
    expect(await priced([EXAMPLE, `--rate-card=${CARD_2026}`])).toBe(byId);
    expect(await priced([EXAMPLE, '--rate-card', relative(process.cwd(), CARD_2026)])).toBe(byId);
  });

  it('an id that is not shipped is refused, listing the shipped cards', async () => {
    const run = await price([EXAMPLE, '--rate-card', 'nowhere-2025-26']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^rateCard: names rate card "nowhere-2025-26", which is not a shipped card \(england-2025-26, england-2026-27, wales-2025-26, wales-2026-27\)/,
    );
  });

  it('a card path that does not exist is refused, naming the card', async () => {
    const missing = join(ROOT, 'rate-cards', 'no-such-card.json');
    const run = await price([EXAMPLE, '--rate-card', missing]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${missing}: there is no file by that name\n`);
  });
});

describe('command-line mistakes', () => {
  async function expectUsageError(argv: readonly string[], message: string): Promise<void> {
    const run = await price(argv);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${message}\n${USAGE}\n`);
  }

  it('a single-dash option is an unknown option, not a second file name', async () => {
    await expectUsageError([EXAMPLE, '-f', 'csv'], 'Unknown option -f');
  });

  it('an unknown option exits 1 with the usage line', async () => {
    await expectUsageError([EXAMPLE, '--frobnicate'], 'Unknown option --frobnicate');
  });

  it('an option without its value exits 1 with the usage line', async () => {
    await expectUsageError([EXAMPLE, '--rate-card'], '--rate-card needs a value');
    await expectUsageError([EXAMPLE, '--format='], '--format needs a value');
  });

  it('a format other than json, csv or text exits 1 with the usage line', async () => {
    await expectUsageError(
      [EXAMPLE, '--format', 'xml'],
      '--format must be json, csv, text, pdf, phb-schedule, payroll or service-agreement',
    );
  });

  it('no budget file exits 1 with the usage line', async () => {
    await expectUsageError([], 'Give exactly one budget file');
  });

  it('two budget files exit 1 with the usage line', async () => {
    await expectUsageError([EXAMPLE, EXAMPLE], 'Give exactly one budget file');
  });

  it('a budget file that does not exist exits 1, naming the file and saying so in words', async () => {
    const missing = join(ROOT, 'examples', 'no-such-budget.json');
    const run = await price([missing]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${missing}: there is no file by that name\n`);
  });

  it('a folder given as the budget exits 1, naming it and saying it is a folder', async () => {
    const folder = join(ROOT, 'examples');
    const run = await price([folder]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${folder}: is a folder, not a file\n`);
  });

  it('--help and -h print the usage and exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const run = await price([flag]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(`${USAGE}\n${COHORT_USAGE}\n`);
    }
  });
});

describe('the real command, spawned', () => {
  // node --import tsx rather than npx or npm run: npm adds its own lines to the output.
  const spawn = (file: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', join('src', 'cli', 'price.ts'), file], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('exits 1 for a hostile file, with messages and no stack trace on stderr and nothing on stdout', () => {
    const result = spawn(HOSTILE_MINUTES);
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('lines[0].minutes: must be a whole number from 1 to 1440\n');
    expect(result.stderr).not.toMatch(/^\s*at\s/m);
  }, 30_000);

  it('exits 0 for a good file, with valid JSON on stdout and nothing on stderr', async () => {
    const result = spawn(EXAMPLE);
    expect(result.error).toBeUndefined();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as Report;
    expect(output).toEqual(await report([EXAMPLE]));
  }, 30_000);
});
