/**
 * The generator puts a share of its budgets in time (budget file version 3): every one
 * still reads back valid and prices on its card, the same seed gives the same bytes, each
 * plan-in-time feature appears, and the command prices and counts a generated folder.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/cli/run-generate';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import { readBudget } from '../../src/domain/read';
import type { Budget } from '../../src/domain/schema/budget';
import { COHORTS, PLAN_STATUSES } from '../../src/domain/schema/budget-values';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { budgetFileText } from '../../src/io/budget-file';
import { loadCard } from '../helpers/builders';
import { price } from '../helpers/run-price';

const england = loadCard('rate-cards/england-2025-26.json');
const wales = loadCard('rate-cards/wales-2025-26.json');
const england2026 = loadCard('rate-cards/england-2026-27.json');

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const fileText = (budgets: readonly Budget[]) => budgets.map(budgetFileText).join('');
const TIME_FIELDS = ['from', 'until', 'frequency', 'assistant'] as const;

describe('generated budgets put in time', { timeout: 60_000 }, () => {
  const runs = [
    { seed: 1, card: england },
    { seed: 42, card: wales },
    { seed: 2026, card: england2026 },
    { seed: 4_000_000_000, card: england },
  ].map(({ seed, card }) => ({
    seed,
    card,
    budgets: generateBudgets({ count: 500, seed, rateCard: card }),
  }));
  const all = runs.flatMap((run) => run.budgets);

  it('every one reads back as a valid file and prices on its card', () => {
    for (const { card, budgets } of runs) {
      for (const budget of budgets) {
        const read = readBudget(JSON.parse(budgetFileText(budget)));
        expect(read.ok ? [] : [budget.id, read.problems]).toEqual([]);
        expect(priceOnCard(budget, card, { asOf: '2026-05-15' }).ok).toBe(true);
      }
    }
  });

  it('the same seed gives byte-identical files, and another seed different ones', () => {
    expect(fileText(generateBudgets({ count: 500, seed: 1, rateCard: england }))).toBe(
      fileText(runs[0]?.budgets ?? []),
    );
    expect(fileText(generateBudgets({ count: 500, seed: 2, rateCard: england }))).not.toBe(
      fileText(runs[0]?.budgets ?? []),
    );
  });

  it("writes a visits line's fields in the one order the generator has always written them", () => {
    // A seed's files stay the same from one version of the generator to the next. Budgets
    // without a plan hold only the lines first made; a plan's own lines are its own.
    const visits = all
      .filter((budget) => budget.plan === undefined)
      .flatMap((budget) => budget.lines.filter((line) => line.kind === 'visits'));
    // Every order is met: each who-gives-it, a carer named and a provider named.
    expect(new Set(visits.map((line) => line.resource)).size).toBe(4);
    expect(visits.some((line) => line.carer !== undefined)).toBe(true);
    expect(visits.some((line) => line.provider !== undefined)).toBe(true);
    for (const line of visits) {
      const order = [
        ...['id', 'kind', 'domain', 'activity', 'minutes', 'visitsPerDay', 'period', 'days'],
        ...['resource', ...(line.carer === undefined ? [] : ['carer']), 'workers'],
        ...(line.provider === undefined ? [] : ['provider']),
      ];
      expect(Object.keys(line)).toEqual(order);
    }
  });

  it('gives some budgets a plan and leaves the rest as they were before plans existed', () => {
    for (const { budgets } of runs) {
      const planned = budgets.filter((b) => b.plan !== undefined).length;
      expect(planned).toBeGreaterThan(250);
      expect(planned).toBeLessThan(350);
    }
    for (const budget of all.filter((b) => b.plan === undefined)) {
      expect(budget.assistants).toBeUndefined();
      expect(
        budget.lines.flatMap((line) => TIME_FIELDS.filter((field) => line[field] !== undefined)),
      ).toEqual([]);
      expect(budget.expenses.filter((e) => e.date !== undefined || e.effect !== undefined)).toEqual(
        [],
      );
    }
  });

  it('starts plans within the card’s financial year and the one before, ending never before they start', () => {
    for (const { card, budgets } of runs) {
      const first = `${Number(card.validFrom.slice(0, 4)) - 1}-04-01`;
      for (const { plan } of budgets) {
        if (plan === undefined) continue;
        expect(plan.start >= first && plan.start <= card.validTo).toBe(true);
        if (plan.end !== undefined) expect(plan.end >= plan.start).toBe(true);
        if (plan.status === 'ended') expect(plan.end).toBeDefined();
      }
    }
  });

  it('uses every status, mostly active, and every cohort, some with a recorded comparator', () => {
    const plans = all.flatMap((b) => (b.plan === undefined ? [] : [b.plan]));
    const statuses = plans.map((plan) => plan.status);
    expect(new Set(statuses)).toEqual(new Set(PLAN_STATUSES));
    expect(statuses.filter((s) => s === 'active').length).toBeGreaterThan(plans.length / 2);
    expect(new Set(plans.map((plan) => plan.cohort))).toEqual(new Set(COHORTS));
    expect(plans.filter((plan) => plan.comparatorAnnual !== undefined).length).toBeGreaterThan(0);
    expect(
      plans.filter((plan) => plan.end !== undefined && plan.status !== 'ended').length,
    ).toBeGreaterThan(0);
  });

  it('holds six-week uplifts, respite weeks a year and lines every other week', () => {
    const lines = all.flatMap((b) => b.lines);
    const uplifts = lines.filter((l) => l.activity.endsWith('(extra after hospital discharge)'));
    expect(uplifts.length).toBeGreaterThan(0);
    for (const line of uplifts) {
      expect(Date.parse(line.until ?? '') - Date.parse(line.from ?? '')).toBe(41 * 86_400_000);
    }
    const respite = lines.filter((l) => l.frequency?.weeksAYear !== undefined);
    expect(respite.length).toBeGreaterThan(0);
    expect(respite.every((l) => l.days.length === 7 && l.domain === 'carers-breaks')).toBe(true);
    expect(lines.filter((l) => l.frequency?.everyWeeks === 2).length).toBeGreaterThan(0);
  });

  it('names personal assistants only in direct-payment budgets, each on PA lines', () => {
    const withAssistants = all.filter((b) => (b.assistants ?? []).length > 0);
    expect(withAssistants.length).toBeGreaterThan(0);
    for (const budget of withAssistants) expect(budget.fundingRoute).toBe('direct-payment');
    const named = all.flatMap((b) => b.lines).filter((l) => l.assistant !== undefined);
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((l) => l.resource === 'personal-assistant')).toBe(true);
  });

  it('holds dated investments that end one line with until and start another with from', () => {
    const investments = runs.flatMap(({ card, budgets }) =>
      budgets.flatMap((b) =>
        b.expenses.filter((e) => e.effect !== undefined).map((e) => ({ b, e, card })),
      ),
    );
    expect(investments.length).toBeGreaterThan(0);
    for (const { b, e, card } of investments) {
      expect([e.kind, e.frequency]).toEqual(['investment', 'one-off']);
      const [ended] = b.lines.filter((l) => e.effect?.ends?.includes(l.id));
      const [started] = b.lines.filter((l) => e.effect?.starts?.includes(l.id));
      expect(started?.from).toBe(e.date);
      expect(ended?.until !== undefined && ended.until < (e.date ?? '')).toBe(true);
      // Each investment lightens the care it replaces, so each one pays back.
      const priced = priceOnCard(b, card, { asOf: '2026-05-15' });
      expect(
        priced.ok && priced.value.warnings.filter((w) => w.id === 'investment-no-saving'),
      ).toEqual([]);
    }
  });

  it('keeps the lines asked for when a count is given', () => {
    for (const budget of generateBudgets({
      count: 200,
      seed: 5,
      rateCard: england,
      linesPerBudget: 3,
    })) {
      expect(budget.lines).toHaveLength(3);
    }
  });
});

describe('npm run price on a generated folder', { timeout: 60_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'generated-'));
  folders.push(folder);
  const written = runGenerate(['--count', '50', '--seed', '15', '--out', folder], {
    stdout: () => {},
    stderr: () => {},
  });

  it('prices the caseload as at a date', async () => {
    expect(written).toBe(0);
    expect(readdirSync(folder)).toHaveLength(50);
    const run = await price(['--cohort', folder, '--as-of', '2026-05-15']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as { invalid: unknown[]; summary: { count: number } };
    expect(output.invalid).toEqual([]);
    expect(output.summary.count).toBe(50);
  });

  it('counts the quarterly PHB return', async () => {
    const quarter = ['--quarter', '2026-27-q1'];
    const run = await price(['--cohort', folder, '--format', 'phb-return', ...quarter]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as {
      totals: Record<string, number>;
      personalBudgets: Record<string, number>;
      undated: string[];
    };
    expect(output.totals.counted).toBeGreaterThan(0);
    expect(output.totals.yearToDate).toBeGreaterThan(0);
    expect(output.personalBudgets.counted).toBeGreaterThan(0);
    expect(output.undated.length).toBeGreaterThan(0);
  });
});
