/**
 * `npm run price -- --cohort <folder> --format phb-return --quarter <q>`: the worked
 * examples of the return (tests/phb-return-examples) written as budget files, counted by
 * the command; the CSV layout; a quarter refused with a message naming --quarter.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReturnBudget } from '../../src/domain/caseload/phb-return';
import { BUDGET_VERSION, type Budget } from '../../src/domain/schema/budget';
import { budgetFileText } from '../../src/io/budget-file';
import { budget, readJson, ROOT } from '../helpers/builders';
import { price } from '../helpers/run-price';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A folder of budget files of the current version, one per budget, named by id. */
function folderOf(budgets: readonly ReturnBudget[], extra: Record<string, string> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'phb-return-'));
  folders.push(folder);
  for (const { id, fundingRoute, plan } of budgets) {
    const file = budget({
      version: BUDGET_VERSION,
      id,
      fundingRoute,
      ...(plan === undefined ? {} : { plan }),
    } as Partial<Budget>);
    writeFileSync(join(folder, `${id}.json`), budgetFileText(file));
  }
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(folder, name), text);
  return folder;
}

interface Example {
  quarter: string;
  budgets: ReturnBudget[];
  expected: Record<string, unknown>;
}

const DIR = 'tests/phb-return-examples';
// A version 3 plan must have a start: the examples of plans without one are domain-only.
const examples = readdirSync(join(ROOT, DIR))
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => [name, readJson(`${DIR}/${name}`) as Example] as const)
  .filter(([, example]) =>
    example.budgets.every((b) => b.plan === undefined || b.plan.start !== undefined),
  );

describe('npm run price -- --cohort --format phb-return', () => {
  it.each(examples)(
    '%s: the command counts the files as the worked example does',
    async (_name, example) => {
      const run = await price([
        '--cohort',
        folderOf(example.budgets),
        '--format',
        'phb-return',
        '--quarter',
        example.quarter,
      ]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject(example.expected);
    },
  );

  it('prints exactly the contract keys, lists version 2 files as undated, needs no rate card, and names invalid files [H17.4]', async () => {
    const folder = folderOf(
      [
        {
          id: 'chc-1',
          fundingRoute: 'notional',
          plan: { start: '2026-05-01', status: 'active', cohort: 'adult-chc' },
        },
        {
          id: 'care-act',
          fundingRoute: 'third-party',
          plan: { start: '2026-04-01', end: '2026-04-30', status: 'ended', cohort: 'social-care' },
        },
        { id: 'old-file', fundingRoute: 'direct-payment' },
      ],
      { 'broken.json': '{"format": "support-budget", ' },
    );
    const run = await price([
      '--cohort',
      folder,
      '--format',
      'phb-return',
      '--quarter',
      '2026-27-q1',
      '--rate-card',
      'no-such-card',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^broken\.json: /);
    const output = JSON.parse(run.stdout);
    expect(Object.keys(output)).toEqual([
      'quarter',
      'from',
      'to',
      'counts',
      'totals',
      'personalBudgets',
      'undated',
    ]);
    expect(output.totals).toEqual({ counted: 1, liveAtEnd: 1, new: 1, ended: 0, yearToDate: 1 });
    expect(output.personalBudgets).toEqual({
      counted: 1,
      liveAtEnd: 0,
      new: 1,
      ended: 1,
      yearToDate: 1,
    });
    expect(output.counts.new['adult-chc']).toEqual({
      'direct-payment': 0,
      notional: 1,
      'third-party': 0,
    });
    expect(Object.keys(output.counts.counted)).not.toContain('social-care');
    expect(output.undated).toEqual(['old-file']);
  });

  it('gives the CSV tables a commissioner submits: cohorts by route with totals, social care apart, undated ids', async () => {
    const folder = folderOf([
      {
        id: 'a',
        fundingRoute: 'direct-payment',
        plan: { start: '2026-01-01', status: 'active', cohort: 'section-117' },
      },
      {
        id: 'b',
        fundingRoute: 'third-party',
        plan: { start: '2026-06-01', status: 'agreed', cohort: 'section-117' },
      },
      {
        id: 'c',
        fundingRoute: 'notional',
        plan: { start: '2026-06-01', status: 'active', cohort: 'social-care' },
      },
      { id: 'z-undated', fundingRoute: 'notional' },
    ]);
    const run = await price([
      '--cohort',
      folder,
      '--format',
      'phb-return-csv',
      '--quarter',
      '2026-27-q1',
    ]);
    expect(run.code).toBe(0);
    const lines = run.stdout.replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe('"PHB return, 2026-27-q1: 2026-04-01 to 2026-06-30"');
    expect(lines.slice(1, 4)).toEqual([
      '',
      'PHBs in place during the quarter',
      'Cohort,Direct payment,Notional budget,Third-party budget,Total',
    ]);
    expect(lines).toContain('Section 117 aftercare,1,0,1,2');
    expect(lines[14]).toBe('All PHBs,1,0,1,2');
    const newTable = lines.indexOf('New PHBs: plans that started in the quarter');
    expect(lines.slice(newTable).find((line) => line.startsWith('Section 117'))).toBe(
      'Section 117 aftercare,0,0,1,1',
    );
    const personal = lines.indexOf('Social-care personal budgets');
    expect(lines.slice(personal + 1, personal + 7)).toEqual([
      'Count,Budgets',
      'PHBs in place during the quarter,1',
      "PHBs in place on the quarter's last day,1",
      'New PHBs: plans that started in the quarter,1',
      'PHBs that ended in the quarter,0',
      '"PHBs in place at any time in the year to date, from 1 April",1',
    ]);
    expect(lines.slice(-4)).toEqual([
      'Budgets without a plan start date',
      'Budget id',
      'z-undated',
      '',
    ]);
  });

  it.each([
    [
      ['--quarter', '2026-28-q1'],
      '--quarter must name two years in a row, as in 2026-27: in "2026-28-q1" the second year should be 27',
    ],
    [
      ['--quarter', '2026-27-q5'],
      '--quarter must be a financial-year quarter written as YYYY-YY-qN with N from 1 to 4',
    ],
    [[], '--format phb-return needs the quarter to count'],
  ])('refuses %j with a message naming --quarter, printing nothing', async (extra, message) => {
    const run = await price(['--cohort', folderOf([]), '--format', 'phb-return', ...extra]);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('refuses --quarter with a format that prices', async () => {
    const run = await price(['--cohort', folderOf([]), '--quarter', '2026-27-q1']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('--quarter goes with --format phb-return, phb-return-csv or text');
  });
});
