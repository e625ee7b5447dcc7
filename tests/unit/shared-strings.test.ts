/**
 * The caseload page keeps one copy of the words its rows and plans repeat
 * (src/state/caseload/shared-strings.ts): a row or plan with its words shared is the same
 * row or plan, field for field, with the same keys (a missing plan date stays a key whose
 * value is missing, as the engines send it), and every row without flags or warnings
 * shares one empty list.
 */
import { describe, expect, it } from 'vitest';
import { caseloadRowOf } from '../../src/domain/caseload/caseload-row';
import { returnFieldsOf } from '../../src/domain/caseload/phb-return';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { SharedStrings, sharedPlan, sharedRow } from '../../src/state/caseload/shared-strings';
import { loadCard } from '../helpers/builders';

const card = loadCard('rate-cards/england-2025-26.json');
const budgets = generateBudgets({ count: 400, seed: 47, rateCard: card });
/** What crosses from a worker: a copy, as structured cloning makes one. */
const sent = <T>(value: T): T => structuredClone(value);

describe('shared strings', () => {
  it('keep every row as it came', () => {
    const strings = new SharedStrings();
    const names = new Map<string, string>();
    const nameOf = (file: string) => names.get(file) ?? (names.set(file, file), file);
    const rows = budgets.map((budget) => {
      const priced = priceCaseloadBudget(budget, card, `${budget.id}.json`, { asOf: '2025-11-03' });
      if (!priced.ok) throw new Error('a generated budget did not price');
      return caseloadRowOf(priced.value);
    });
    const shared = rows.map((row) => sharedRow(sent(row), strings, nameOf));
    expect(shared).toStrictEqual(rows);
    expect(JSON.stringify(shared)).toBe(JSON.stringify(rows));
    // Every kind of row is among them: flagged, warned and neither.
    expect(rows.some((row) => row.carerFlags.length > 0)).toBe(true);
    expect(rows.some((row) => row.warnings.length > 0)).toBe(true);
    const plain = shared.filter((row) => row.carerFlags.length === 0 && row.warnings.length === 0);
    expect(plain.length).toBeGreaterThan(1);
    for (const row of plain) {
      expect(row.carerFlags).toBe(plain[0]?.carerFlags);
      expect(row.warnings).toBe(plain[0]?.carerFlags);
    }
  });

  it('keep every plan as it came, with and without its dates', () => {
    const strings = new SharedStrings();
    const plans = budgets.map((budget) => ({
      file: `${budget.id}.json`,
      budget: returnFieldsOf(budget),
    }));
    // Without a plan at all, and with a plan that gives no dates.
    expect(plans.some(({ budget }) => budget.plan === undefined)).toBe(true);
    const { budget } = plans[0] as (typeof plans)[number];
    plans.push({ file: 'no-dates.json', budget: returnFieldsOf({ ...budget, plan: {} }) });
    const shared = plans.map((plan) => sharedPlan(sent(plan), strings, (file) => file));
    expect(shared).toStrictEqual(plans);
    expect(shared.map((plan) => Object.keys(plan.budget.plan ?? {}))).toStrictEqual(
      plans.map((plan) => Object.keys(plan.budget.plan ?? {})),
    );
  });

  it('give each word back as it is, and missing words as missing', () => {
    const strings = new SharedStrings();
    expect(strings.one('draft')).toBe('draft');
    expect(strings.each([])).toBe(strings.each([]));
    expect(strings.each(['a', 'b'])).toStrictEqual(['a', 'b']);
    expect(strings.maybe(null)).toBeNull();
    expect(strings.maybe(undefined)).toBeUndefined();
    strings.clear();
    expect(strings.one('draft')).toBe('draft');
  });
});
