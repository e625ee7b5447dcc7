/**
 * The caseload page keeps its rows and plans packed (src/state/caseload/packed-rows.ts,
 * packed-plans.ts), each repeated word once (shared-strings.ts): a row or plan read back
 * is the same row or plan, field for field, with the same keys (a missing plan date stays
 * a key whose value is missing, as the engines send it); a row's heading is the row less
 * its figures; rows repeating a list or a review state share one copy of it; and the
 * plans slice as a list of them would.
 */
import { describe, expect, it } from 'vitest';
import {
  CASELOAD_ROW_FIGURES,
  caseloadRowOf,
  rowHeadings,
  type CaseloadRow,
} from '../../src/domain/caseload/caseload-row';
import { returnFieldsOf } from '../../src/domain/caseload/phb-return';
import type { MoneyText } from '../../src/domain/money';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { PackedPlans } from '../../src/state/caseload/packed-plans';
import { PackedRows } from '../../src/state/caseload/packed-rows';
import { SharedStrings } from '../../src/state/caseload/shared-strings';
import type { ReturnRecord } from '../../src/workers/caseload/caseload-jobs';
import { loadCard } from '../helpers/builders';

const card = loadCard('rate-cards/england-2025-26.json');
const budgets = generateBudgets({ count: 400, seed: 47, rateCard: card });
/** What crosses from a worker: a copy, as structured cloning makes one. */
const sent = <T>(value: T): T => structuredClone(value);

const rows: CaseloadRow[] = budgets.map((budget) => {
  const priced = priceCaseloadBudget(budget, card, `${budget.id}.json`, { asOf: '2025-11-03' });
  if (!priced.ok) throw new Error('a generated budget did not price');
  return caseloadRowOf(priced.value);
});

function packedRows(): PackedRows {
  const names = new SharedStrings();
  const packed = new PackedRows(new SharedStrings(), (file) => names.one(file));
  for (const row of rows) packed.push(sent(row));
  return packed;
}

function plansRead(): ReturnRecord[] {
  const plans = budgets.map((budget) => ({
    file: `${budget.id}.json`,
    budget: returnFieldsOf(budget),
  }));
  // Without a plan at all, and with a plan that gives no dates.
  expect(plans.some(({ budget }) => budget.plan === undefined)).toBe(true);
  const { budget } = plans[0] as (typeof plans)[number];
  plans.push({ file: 'no-dates.json', budget: returnFieldsOf({ ...budget, plan: {} }) });
  return plans;
}

describe('packed rows', () => {
  it('give every row back as it came, and its heading without its figures', () => {
    const packed = packedRows();
    expect(packed).toHaveLength(rows.length);
    const back = rows.map((_, index) => packed.at(index));
    expect(back).toStrictEqual(rows);
    expect(JSON.stringify(back)).toBe(JSON.stringify(rows));
    const figures: readonly string[] = CASELOAD_ROW_FIGURES;
    const headings = rows.map((row) =>
      Object.fromEntries(Object.entries(row).filter(([field]) => !figures.includes(field))),
    );
    expect([...rowHeadings(packed)]).toStrictEqual(headings);
    for (const outside of [-1, rows.length, 1.5]) {
      expect(packed.at(outside)).toBeUndefined();
      expect(packed.heading(outside)).toBeUndefined();
    }
  });

  it('give back figures the generated rows lack: no percentage, negative money, averaged hours', () => {
    const first = rows[0] as CaseloadRow;
    const odd: CaseloadRow = {
      ...first,
      lines: 0,
      averagedHoursWeekly: { ...first.averagedHoursWeekly, 'unpaid-carer': '0.75' },
      traditional: { ...first.traditional, avoided: '-12.30' as MoneyText, percent: null },
      inYear: { ...first.inYear, quarterToDate: '0.00' as MoneyText },
    };
    const packed = new PackedRows(new SharedStrings(), (file) => file);
    packed.push(sent(odd));
    expect(packed.at(0)).toStrictEqual(odd);
  });

  it('keep one copy of each list and review state that rows repeat', () => {
    const packed = packedRows();
    // Every kind of row is among them: flagged, warned and neither.
    expect(rows.some((row) => row.carerFlags.length > 0)).toBe(true);
    expect(rows.some((row) => row.warnings.length > 0)).toBe(true);
    const plain = [...rowHeadings(packed)].filter(
      (row) => row.carerFlags.length === 0 && row.warnings.length === 0,
    );
    expect(plain.length).toBeGreaterThan(1);
    for (const row of plain) {
      expect(row.carerFlags).toBe(plain[0]?.carerFlags);
      expect(row.warnings).toBe(plain[0]?.warnings);
    }
    const byState = new Map<string, CaseloadRow['reviews']>();
    for (const { reviews } of rowHeadings(packed)) {
      const key = JSON.stringify(reviews);
      expect(reviews).toBe(byState.get(key) ?? reviews);
      byState.set(key, reviews);
    }
    expect(byState.size).toBeLessThan(rows.length);
  });
});

describe('packed plans', () => {
  it('give every plan back as it came, with and without its dates', () => {
    const plans = plansRead();
    const packed = new PackedPlans(new SharedStrings(), (file) => file);
    for (const plan of plans) packed.push(sent(plan));
    expect(packed).toHaveLength(plans.length);
    const back = packed.slice();
    expect(back).toStrictEqual(plans);
    expect(back.map((plan) => Object.keys(plan.budget.plan ?? {}))).toStrictEqual(
      plans.map((plan) => Object.keys(plan.budget.plan ?? {})),
    );
  });

  it('slice as a list of them does, and a snapshot keeps to the plans before it', () => {
    const plans = plansRead().slice(0, 30);
    const packed = new PackedPlans(new SharedStrings(), (file) => file);
    for (const plan of plans.slice(0, 20)) packed.push(plan);
    const snapshot = packed.snapshot();
    for (const plan of plans.slice(20)) packed.push(plan);
    const bounds = [undefined, -35, -20, -3, 0, 1, 7, 19, 20, 29, 30, 45];
    for (const start of bounds)
      for (const end of bounds) {
        expect(packed.slice(start, end)).toStrictEqual(plans.slice(start, end));
        expect(snapshot.slice(start, end)).toStrictEqual(plans.slice(0, 20).slice(start, end));
      }
    expect(snapshot).toHaveLength(20);
    expect(packed.snapshot()).not.toBe(packed.snapshot());
  });
});

describe('shared strings', () => {
  it('give each word back as it is, once, and missing words as missing', () => {
    const strings = new SharedStrings();
    expect(strings.one('draft')).toBe('draft');
    expect(strings.has('draft')).toBe(true);
    expect(strings.maybe(null)).toBeNull();
    expect(strings.maybe(undefined)).toBeUndefined();
    expect([...strings.all()]).toEqual(['draft']);
    strings.clear();
    expect(strings.has('draft')).toBe(false);
    expect(strings.one('draft')).toBe('draft');
  });
});
