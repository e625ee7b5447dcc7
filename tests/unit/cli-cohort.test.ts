/**
 * `npm run price -- --cohort <folder>` gives the domain's caseload figures for a folder of
 * budget files, listing invalid ones and going on; `npm run generate` writes the files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchmarkOf } from '../../src/domain/benchmark/benchmark';
import { compareCards, nextEntryOf } from '../../src/domain/caseload/next-card';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { summariseCaseload } from '../../src/domain/caseload/summary';
import type { Budget } from '../../src/domain/schema/budget';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { runGenerate } from '../../src/cli/run-generate';
import { createI18n } from '../../src/i18n';
import { caseloadSummaryCsv, caseloadTableCsv } from '../../src/io/caseload-csv';
import { budgetFileText } from '../../src/io/budget-file';
import { loadCard } from '../helpers/builders';
import { price } from '../helpers/run-price';
import { localIsoDate } from '../../src/domain/local-date';

const england = loadCard('rate-cards/england-2025-26.json');
const england2026 = loadCard('rate-cards/england-2026-27.json');
const budgets = generateBudgets({ count: 40, seed: 21, rateCard: england });
const { t } = createI18n('en');
/** Every run here prices as at this one day, so the figures never depend on when the test runs. */
const AS_OF = '2025-10-15';
let folder = '';

/** The files as the folder holds them: 38 at the top, 2 in a subfolder, sorted by path. */
const fileOf = (index: number) =>
  index < 38 ? `${budgets[index]?.id}.json` : `later/${budgets[index]?.id}.json`;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'cohort-'));
  mkdirSync(join(folder, 'later'));
  budgets.forEach((budget, index) =>
    writeFileSync(join(folder, fileOf(index)), budgetFileText(budget)),
  );
  writeFileSync(join(folder, 'broken.json'), '{"format": "support-budget", ');
  const first = budgets[0] as Budget;
  writeFileSync(
    join(folder, 'bad-minutes.json'),
    budgetFileText({
      ...first,
      lines: [{ ...first.lines[0], minutes: 0 } as Budget['lines'][number]],
    }),
  );
  writeFileSync(join(folder, 'notes.txt'), 'not a budget');
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function expectedEntries(card = england) {
  return budgets
    .map((budget, index) => {
      const priced = priceCaseloadBudget(budget, card, fileOf(index), { asOf: AS_OF });
      if (!priced.ok) throw new Error('unpriceable');
      return priced.value;
    })
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}

describe('npm run price -- --cohort', { timeout: 30_000 }, () => {
  it('prints the same caseload figures as the domain, and lists each invalid file with its reasons', async () => {
    const run = await price(['--cohort', folder, '--as-of', AS_OF]);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    const entries = expectedEntries();
    expect(output.summary).toEqual(
      JSON.parse(JSON.stringify(summariseCaseload(entries, england, AS_OF))),
    );
    expect(output.budgets).toEqual(JSON.parse(JSON.stringify(entries)));
    expect(output.summary.count).toBe(40);
    expect(output.invalid.map((i: { file: string }) => i.file)).toEqual([
      'bad-minutes.json',
      'broken.json',
    ]);
    expect(run.stderr).toContain(
      'bad-minutes.json: lines[0].minutes: must be a whole number from 1 to 1440',
    );
    expect(run.stderr).toMatch(/^broken\.json: is not valid JSON/m);
  });

  it('prices every budget as at today without --as-of, and as at the day given with it', async () => {
    const today = JSON.parse((await price(['--cohort', folder])).stdout).summary.asOf;
    expect(today).toBe(localIsoDate(new Date()));
    const run = await price(['--cohort', folder, '--as-of', '2024-04-01']);
    const output = JSON.parse(run.stdout);
    expect(output.summary.asOf).toBe('2024-04-01');
    const first = budgets.findIndex(
      (budget) => budget.plan !== undefined && budget.plan.start > '2024-04-01',
    );
    expect(first).toBeGreaterThanOrEqual(0);
    // A plan that has not started on the day costs nothing on it.
    const entry = output.budgets.find((e: { file: string }) => e.file === fileOf(first));
    expect(entry.totals.weekly).toBe('0.00');
  });

  it('prices every budget on next year’s card as well with --next-card, and compares the two', async () => {
    const run = await price([
      '--cohort',
      folder,
      '--as-of',
      AS_OF,
      '--next-card',
      'england-2026-27',
    ]);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    const next = expectedEntries(england2026).map(nextEntryOf);
    expect(output.nextCard).toEqual(
      JSON.parse(JSON.stringify(compareCards(expectedEntries(), next, england, england2026))),
    );
    expect(output.nextCard.count).toBe(40);
    expect(Number(output.nextCard.annual.difference)).toBeGreaterThan(0);
    const refused = await price([
      '--cohort',
      folder,
      '--format',
      'phb-return',
      '--quarter',
      '2025-26-q1',
      '--next-card',
      'england-2026-27',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--next-card prices the caseload on next year');
  });

  it('takes --lang with --cohort: the CSV in Welsh', async () => {
    const run = await price([
      '--cohort',
      folder,
      '--format',
      'csv',
      '--as-of',
      AS_OF,
      '--lang',
      'cy',
    ]);
    expect(run.code).toBe(0);
    const { t: cy } = createI18n('cy');
    expect(run.stdout).toBe(
      caseloadSummaryCsv(summariseCaseload(expectedEntries(), england, AS_OF), england, cy, 'cy'),
    );
    expect(run.stdout.startsWith(`\uFEFF${cy('caseload.csv.column.section')},`)).toBe(true);
    expect((await price(['--cohort', folder, '--lang', 'fr'])).code).toBe(1);
  });

  it('writes the benchmark file with --format benchmark, and needs the area', async () => {
    const run = await price([
      '--cohort',
      folder,
      '--format',
      'benchmark',
      '--as-of',
      AS_OF,
      '--area',
      'North Shire',
      '--population',
      '250000',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(
      JSON.parse(
        JSON.stringify(
          benchmarkOf(expectedEntries(), {
            area: 'North Shire',
            asOf: AS_OF,
            rateCard: 'england-2025-26',
            population: 250_000,
          }),
        ),
      ),
    );
    expect((await price(['--cohort', folder, '--format', 'benchmark'])).code).toBe(1);
    expect(
      (await price(['--cohort', folder, '--format', 'benchmark', '--area', 'North\u001bShire']))
        .code,
    ).toBe(1);
  });

  it('prices on the rate card asked for', async () => {
    const run = await price([
      '--cohort',
      folder,
      '--rate-card',
      'england-2026-27',
      '--as-of',
      AS_OF,
    ]);
    const output = JSON.parse(run.stdout);
    expect(output.summary.rateCard).toBe('england-2026-27');
    expect(output.summary.totals).toEqual(
      summariseCaseload(expectedEntries(england2026), england2026, AS_OF).totals,
    );
  });

  it('gives the summary and the table as CSV for Excel, byte for byte what the app downloads', async () => {
    const summaryRun = await price(['--cohort', folder, '--format', 'csv', '--as-of', AS_OF]);
    const entries = expectedEntries();
    expect(summaryRun.stdout).toBe(
      caseloadSummaryCsv(summariseCaseload(entries, england, AS_OF), england, t),
    );
    expect(summaryRun.stdout.startsWith('\uFEFFSection,Item,Measure,Value\r\n')).toBe(true);
    expect(summaryRun.stdout).toContain(
      `Totals,All budgets,Annual,${summariseCaseload(entries, england, AS_OF).totals.annual}\r\n`,
    );
    const tableRun = await price(['--cohort', folder, '--format', 'table-csv', '--as-of', AS_OF]);
    expect(tableRun.stdout).toBe(caseloadTableCsv(entries, england, t, { today: AS_OF }));
    expect(tableRun.stdout.trimEnd().split('\r\n')).toHaveLength(41);
  });

  it('refuses a missing folder, an unknown card or a budget file given as well, printing nothing', async () => {
    for (const argv of [
      ['--cohort', join(folder, 'nowhere')],
      ['--cohort', folder, '--rate-card', 'atlantis-2025-26'],
      ['--cohort', folder, 'examples/example-ann.json'],
      ['--cohort', folder, '--format', 'pdf'],
    ]) {
      const run = await price(argv);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).not.toBe('');
    }
  });
});

describe('npm run generate', () => {
  it('writes the seeded budgets as files, the same for the same seed', () => {
    const out = join(folder, 'generated');
    const lines: string[] = [];
    const code = runGenerate(['--count', '5', '--seed', '9', '--out', out, '--lines', '20'], {
      stdout: (s) => lines.push(s),
      stderr: (s) => lines.push(s),
    });
    expect(code).toBe(0);
    expect(lines.join('')).toBe(`Wrote 5 synthetic budget files to ${out}\n`);
    expect(readdirSync(out)).toHaveLength(5);
    const first = generateBudgets({ count: 5, seed: 9, rateCard: england, linesPerBudget: 20 })[0];
    expect(readFileSync(join(out, `${first?.id}.json`), 'utf8')).toBe(
      budgetFileText(first as never),
    );
  });

  it('refuses a count that is not a whole number', () => {
    const errors: string[] = [];
    expect(
      runGenerate(['--count', 'ten', '--seed', '1', '--out', folder], {
        stdout: () => {},
        stderr: (s) => errors.push(s),
      }),
    ).toBe(1);
    expect(errors.join('')).toContain('Usage: npm run generate');
  });
});
