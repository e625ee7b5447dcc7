/**
 * `npm run price -- compare`: two revisions of one file, two files, or one plan on
 * another rate card; the figures are the domain's, checked by hand in revisions-diff.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareBudgets } from '../../src/domain/reprice';
import { toDiffReport, type DiffReport } from '../../src/domain/revisions/diff-report';
import { addRevision, budgetAtRevision } from '../../src/domain/revisions/history';
import type { Budget } from '../../src/domain/schema/budget';
import { loadCard, ROOT } from '../helpers/builders';
import { planA, planB } from '../helpers/revision-budgets';
import { price } from '../helpers/run-price';

const dir = mkdtempSync(join(tmpdir(), 'compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const EXAMPLE = join(ROOT, 'examples', 'example-ann.json');
const CARD_2026 = join(ROOT, 'rate-cards', 'england-2026-27.json');
const details = { date: '2026-05-01', reason: 'Review', role: 'care-coordinator' as const };

function write(name: string, data: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(data));
  return path;
}

/** The hand-checked plans of the domain tests, on a shipped card the command can find. */
const onShipped = (budget: Budget): Budget => ({ ...budget, rateCard: 'england-2025-26' });
const revised = addRevision(
  { ...addRevision(onShipped(planA()), details), lines: planB().lines, expenses: planB().expenses },
  details,
);
const history = write('history.json', revised);
const a = write('a.json', onShipped(planA()));
const b = write('b.json', onShipped(planB()));
const england = () => loadCard('rate-cards/england-2025-26.json');

function expectedReport(
  from: Budget,
  to: Budget,
  versions?: { from: number | 'current'; to: number | 'current' },
) {
  const diff = compareBudgets(from, england(), to, england());
  if (!diff.ok) throw new Error(JSON.stringify(diff.problems));
  return toDiffReport(diff.value, versions);
}

async function json(argv: string[]): Promise<DiffReport> {
  const run = await price(argv);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as DiffReport;
}

describe('npm run price -- compare', () => {
  it('compares two revisions of one file: the same report as the domain, to the penny', async () => {
    const [one, two] = revised.revisions ?? [];
    if (one === undefined || two === undefined) throw new Error('expected two revisions');
    const report = await json(['compare', history, '--from', '1', '--to', '2']);
    expect(report).toEqual(
      expectedReport(budgetAtRevision(revised, one), budgetAtRevision(revised, two), {
        from: 1,
        to: 2,
      }),
    );
    expect(report.lines.map((line) => [line.id, line.change])).toEqual([
      ['l1', 'changed'],
      ['l2', 'removed'],
      ['l3', 'added'],
    ]);
  });

  it('compares two files, each as it is now', async () => {
    expect(await json(['compare', a, b])).toEqual(
      expectedReport(onShipped(planA()), onShipped(planB())),
    );
  });

  it('re-prices one plan on another card: each side equals pricing it on that card', async () => {
    const report = await json(['compare', EXAMPLE, '--rate-card', CARD_2026]);
    const before = JSON.parse((await price([EXAMPLE])).stdout) as { totals: unknown };
    const after = JSON.parse((await price([EXAMPLE, '--rate-card', 'england-2026-27'])).stdout) as {
      totals: unknown;
    };
    expect(report.from.totals).toEqual(before.totals);
    expect(report.to.totals).toEqual(after.totals);
    expect(report.to.rateCard).toBe('england-2026-27');
    expect(report.lines.every((line) => line.difference.hoursWeekly === '0.00')).toBe(true);
  });

  it('says what changed in plain English, line by line and for each carer', async () => {
    const text = (await price(['compare', history, '--from', '1', '--to', '2', '--format', 'text']))
      .stdout;
    expect(text).toContain('From: revision 1, on England 2025-26');
    expect(text).toContain('Changed  l1  Help to wash and dress (Personal care)');
    // The England card has one standard rate for every day, so the rate itself is unchanged.
    expect(text).toContain('Changed: when, hours, cost');
    expect(text).toContain('Removed  l2  Meals and housework (Domestic tasks)');
    expect(text).toContain('Added  l3  Swimming (Social and community life)');
    expect(text).toContain('Sam: 21.00 → 0.00 hours a week (-21.00)');
    expect(text).toContain('No longer flagged: Substantial unpaid care, No day off in the week');
  });

  it('gives a CSV of the same figures, ending with the totals', async () => {
    const report = await json(['compare', history, '--from', '1', '--to', '2']);
    const csv = (await price(['compare', history, '--from', '1', '--to', '2', '--format', 'csv']))
      .stdout;
    const rows = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(rows[0]).toBe(
      'section,id,change,whatChanged,description,hoursWeeklyFrom,hoursWeeklyTo,hoursWeeklyDifference,weeklyFrom,weeklyTo,weeklyDifference,annualFrom,annualTo,annualDifference',
    );
    expect(rows[1]).toMatch(
      /^line,l1,Changed,when; hours; cost,Help to wash and dress,5.00,7.00,2.00,/,
    );
    const { from, to, totals } = report;
    expect(rows.at(-1)).toBe(
      `total,,,,,26.00,10.00,-16.00,${from.totals.weekly},${to.totals.weekly},${totals.weekly},${from.totals.annual},${to.totals.annual},${totals.annual}`,
    );
  });

  it('names a revision that is not in the file, and prints nothing else', async () => {
    const run = await price(['compare', history, '--from', '1', '--to', '7']);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `--to: ${history} has no revision 7 (its revisions: 1–2)\n`,
    });
  });

  it('refuses a call with nothing to compare, or a bad option, with the usage', async () => {
    for (const argv of [
      ['compare', a],
      ['compare'],
      ['compare', a, '--from', 'first'],
      ['compare', a, b, '--format', 'pdf'],
      ['compare', a, b, '--lang', 'fr'],
    ]) {
      const run = await price(argv);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('Usage: npm run price -- compare <a.json> [<b.json>]');
    }
  });

  it('says the text and the CSV in Welsh with --lang cy: the words of the Welsh compare page', async () => {
    const versions = ['compare', history, '--from', '1', '--to', '2', '--lang', 'cy'];
    const run = await price([...versions, '--format', 'text']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('O: diwygiad 1, gyda ');
    expect(run.stdout).toContain('\nAnghenion a newidiodd\n---------------------\n');
    expect(run.stdout).toContain('Newidiwyd  l1  Help to wash and dress (Gofal personol)');
    expect(run.stdout).toContain('Sam: 21.00 → 0.00 awr yr wythnos (-21.00)');
    const csv = await price([...versions, '--format', 'csv']);
    const rows = csv.stdout.replace('\uFEFF', '').trim().split('\r\n');
    // The section is read by machines, so English; the change and what changed are Welsh.
    expect(rows[1]).toMatch(/^line,l1,Newidiwyd,yr amser; yr oriau; y gost,/);
  });

  it('refuses a hostile file as pricing does, naming the field', async () => {
    const hostile = join(ROOT, 'tests', 'fixtures', 'hostile', 'budgets', 'minutes-zero.json');
    const run = await price(['compare', hostile, '--rate-card', 'england-2026-27']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^lines\[\d+\]\.minutes: must be a whole number from 1 to 1440\n/);
  });
});

describe('the revision line of the text report', () => {
  it('names the latest revision, says when the draft has changed since, or says draft', async () => {
    const text = async (path: string) => (await price([path, '--format', 'text'])).stdout;
    expect(await text(history)).toContain('\nRevision: 2, agreed on 2026-05-01\n');
    const changed = write('changed.json', { ...revised, title: 'Renamed since' });
    expect(await text(changed)).toContain(
      '\nRevision: draft, changed since revision 2 agreed on 2026-05-01\n',
    );
    expect(await text(EXAMPLE)).toContain('\nRevision: not yet revised (draft)\n');
  });
});
