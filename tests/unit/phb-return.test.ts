/**
 * The quarterly PHB return (rule 16): the quarter as written on the command line, the
 * worked examples kept as data (tests/phb-return-examples) and invariants over random
 * caseloads.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PHB_COHORTS,
  RETURN_COUNTS,
  phbReturn,
  type PhbReturn,
  type ReturnBudget,
} from '../../src/domain/caseload/phb-return';
import {
  lastEndedQuarter,
  parseQuarter,
  quarterHolding,
  quarterOf,
  quartersToOffer,
  type Quarter,
} from '../../src/domain/caseload/quarter';
import { COHORTS, FUNDING_ROUTES, PLAN_STATUSES } from '../../src/domain/schema/budget-values';
import { readJson, ROOT } from '../helpers/builders';

function quarter(text: string): Quarter {
  const parsed = parseQuarter(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('a financial-year quarter', () => {
  it.each([
    ['2026-27-q1', '2026-04-01', '2026-06-30'],
    ['2026-27-q2', '2026-07-01', '2026-09-30'],
    ['2026-27-q3', '2026-10-01', '2026-12-31'],
    ['2026-27-q4', '2027-01-01', '2027-03-31'],
    ['2099-00-q4', '2100-01-01', '2100-03-31'],
  ])('%s runs from %s to %s, its year from 1 April', (text, from, to) => {
    expect(quarter(text)).toEqual({ id: text, from, to, yearFrom: `${text.slice(0, 4)}-04-01` });
  });

  it.each(['2026-27-q5', '2026-27-q0', '2026-27-Q1', '2026-q1', '26-27-q1', '2026-27-q1 ', ''])(
    '"%s" is refused, naming the quarter',
    (text) => {
      expect(parseQuarter(text)).toEqual({
        ok: false,
        problems: [{ path: 'quarter', key: 'validation.quarter', values: { value: text } }],
      });
    },
  );

  it('a second year that does not follow the first is refused, saying which it should be', () => {
    expect(parseQuarter('2026-28-q1')).toEqual({
      ok: false,
      problems: [
        {
          path: 'quarter',
          key: 'validation.quarterYears',
          values: { value: '2026-28-q1', next: '27' },
        },
      ],
    });
  });

  it.each([
    ['2026-04-01', '2026-27-q1'],
    ['2026-06-30', '2026-27-q1'],
    ['2026-12-31', '2026-27-q3'],
    ['2027-01-01', '2026-27-q4'],
    ['2027-03-31', '2026-27-q4'],
  ])('%s is in %s', (date, id) => {
    expect(quarterHolding(date).id).toBe(id);
  });
});

describe('the quarters the caseload page offers', () => {
  it('first chosen: the last quarter that has ended, across the turn of the financial year', () => {
    expect(lastEndedQuarter('2026-12-04').id).toBe('2026-27-q2');
    expect(lastEndedQuarter('2026-04-01').id).toBe('2025-26-q4');
    expect(lastEndedQuarter('2027-01-01').id).toBe('2026-27-q3');
  });

  it('every quarter from last year, or the earliest plan date, to the latest, newest first', () => {
    expect(quartersToOffer([], '2026-12-04').map((q) => q.id)).toEqual([
      '2026-27-q4',
      '2026-27-q3',
      '2026-27-q2',
      '2026-27-q1',
      '2025-26-q4',
      '2025-26-q3',
      '2025-26-q2',
      '2025-26-q1',
    ]);
    const offered = quartersToOffer(['2023-05-01', '2028-04-01'], '2026-12-04').map((q) => q.id);
    expect(offered[0]).toBe('2028-29-q4');
    expect(offered.at(-1)).toBe('2023-24-q1');
  });

  it("the quarters of a nation's plans: 400,000 dates, as many as 200,000 plans give", () => {
    const dates = Array.from({ length: 400_000 }, (_, index) =>
      index === 123_456 ? '2028-04-01' : index === 7 ? '2023-05-01' : '2026-06-30',
    );
    const offered = quartersToOffer(dates, '2026-12-04').map((q) => q.id);
    expect(offered[0]).toBe('2028-29-q4');
    expect(offered.at(-1)).toBe('2023-24-q1');
    expect(offered).toHaveLength(24);
  });

  it('at most ten financial years, the newest, however far back a date goes', () => {
    const offered = quartersToOffer(['1926-05-01'], '2026-12-04');
    expect(offered).toHaveLength(40);
    expect(offered.at(-1)?.id).toBe('2017-18-q1');
  });
});

interface Example {
  title: string;
  quarter: string;
  budgets: ReturnBudget[];
  expected: Partial<PhbReturn>;
  working: string[];
}

const DIR = 'tests/phb-return-examples';
const files = readdirSync(join(ROOT, DIR))
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('worked examples of the return', () => {
  it.each(files)('%s', (file) => {
    const example = readJson(`${DIR}/${file}`) as Example;
    expect(example.working.length, file).toBeGreaterThan(0);
    expect(phbReturn(example.budgets, quarter(example.quarter)), example.title).toMatchObject(
      example.expected,
    );
  });
});

describe('the shape of the return', () => {
  it('every PHB cohort appears in every count with all three routes, social care in none', () => {
    const empty = phbReturn([], quarter('2026-27-q1'));
    for (const count of RETURN_COUNTS) {
      expect(Object.keys(empty.counts[count])).toEqual([...PHB_COHORTS]);
      for (const cohort of PHB_COHORTS)
        expect(empty.counts[count][cohort]).toEqual({
          'direct-payment': 0,
          notional: 0,
          'third-party': 0,
        });
    }
    expect(PHB_COHORTS).not.toContain('social-care');
    expect(empty).toMatchObject({
      totals: { counted: 0, yearToDate: 0 },
      personalBudgets: { counted: 0 },
      undated: [],
    });
  });
});

// Days from 2025-01-01 to 2028-12-31, so plans start and end before, in and after 2026-27.
const FIRST_DAY = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;
const isoDay = (offset: number) => new Date(FIRST_DAY + offset * DAY).toISOString().slice(0, 10);

const planArbitrary = fc
  .record({
    start: fc.option(fc.integer({ min: 0, max: 1460 }), { nil: undefined }),
    length: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
    status: fc.option(fc.constantFrom(...PLAN_STATUSES), { nil: undefined }),
    cohort: fc.option(fc.constantFrom(...COHORTS), { nil: undefined }),
  })
  .map(({ start, length, status, cohort }) => ({
    start: start === undefined ? undefined : isoDay(start),
    end: start === undefined || length === undefined ? undefined : isoDay(start + length),
    status,
    cohort,
  }));

const budgetArbitrary = (id: number) =>
  fc
    .record({
      fundingRoute: fc.constantFrom(...FUNDING_ROUTES),
      plan: fc.option(planArbitrary, { nil: undefined }),
    })
    .map((budget): ReturnBudget => ({ id: `b${String(id)}`, ...budget }));
const caseloadArbitrary = fc
  .integer({ min: 0, max: 30 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => budgetArbitrary(i))));
const quarterArbitrary = fc.record({
  year: fc.integer({ min: 2024, max: 2028 }),
  number: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
});

/** Counted in `from`..`to`, by the return's own rule: a one-budget return over that period. */
function countedIn(budget: ReturnBudget, from: string, to: string): boolean {
  const period = { id: 'period', from, to, yearFrom: from };
  const result = phbReturn([budget], period);
  return result.totals.counted + result.personalBudgets.counted === 1;
}

function monthsOf(q: Quarter): [string, string][] {
  const year = Number(q.from.slice(0, 4));
  const month = Number(q.from.slice(5, 7));
  return [0, 1, 2].map((k) => {
    const first = new Date(Date.UTC(year, month - 1 + k, 1));
    const last = new Date(Date.UTC(year, month + k, 0));
    return [first.toISOString().slice(0, 10), last.toISOString().slice(0, 10)];
  });
}

describe('for any caseload and quarter', () => {
  it('each total is the sum of its table, and each budget is in at most one cell of a count [H17.1]', () => {
    fc.assert(
      fc.property(caseloadArbitrary, quarterArbitrary, (budgets, { year, number }) => {
        const result = phbReturn(budgets, quarterOf(year, number));
        for (const count of RETURN_COUNTS) {
          let sum = 0;
          for (const cohort of PHB_COHORTS)
            for (const route of FUNDING_ROUTES) sum += result.counts[count][cohort][route];
          expect(sum).toBe(result.totals[count]);
          expect(
            result.totals[count] + result.personalBudgets[count] + result.undated.length,
          ).toBeLessThanOrEqual(budgets.length);
        }
      }),
    );
  });

  it('the return is the sum of the returns of its budgets, in any order', () => {
    fc.assert(
      fc.property(caseloadArbitrary, quarterArbitrary, (budgets, { year, number }) => {
        const q = quarterOf(year, number);
        const whole = phbReturn(budgets, q);
        expect(phbReturn([...budgets].reverse(), q)).toEqual(whole);
        for (const count of RETURN_COUNTS) {
          const ones = budgets.map((budget) => phbReturn([budget], q));
          expect(ones.reduce((sum, one) => sum + one.totals[count], 0)).toBe(whole.totals[count]);
          expect(ones.reduce((sum, one) => sum + one.personalBudgets[count], 0)).toBe(
            whole.personalBudgets[count],
          );
        }
        expect(whole.undated).toEqual(
          budgets
            .filter((b) => b.plan?.start === undefined)
            .map((b) => b.id)
            .sort(),
        );
      }),
    );
  });

  it('a budget is counted in a quarter exactly when it is counted in one of its months [H17.2]', () => {
    fc.assert(
      fc.property(budgetArbitrary(0), quarterArbitrary, (budget, { year, number }) => {
        const q = quarterOf(year, number);
        expect(countedIn(budget, q.from, q.to)).toBe(
          monthsOf(q).some(([from, to]) => countedIn(budget, from, to)),
        );
      }),
    );
  });

  it('the year to date is counted exactly when counted in one of the quarters so far [H17.3]', () => {
    fc.assert(
      fc.property(budgetArbitrary(0), quarterArbitrary, (budget, { year, number }) => {
        const ytd = phbReturn([budget], quarterOf(year, number));
        const sofar = ([1, 2, 3, 4] as const)
          .filter((n) => n <= number)
          .map((n) => phbReturn([budget], quarterOf(year, n)));
        expect(ytd.totals.yearToDate).toBe(Math.max(0, ...sofar.map((r) => r.totals.counted)));
        expect(ytd.personalBudgets.yearToDate).toBe(
          Math.max(0, ...sofar.map((r) => r.personalBudgets.counted)),
        );
      }),
    );
  });

  it('live at the end, new and ended are each within counted, and counted within the year to date', () => {
    fc.assert(
      fc.property(budgetArbitrary(0), quarterArbitrary, (budget, { year, number }) => {
        const r = phbReturn([budget], quarterOf(year, number));
        for (const part of [r.totals, r.personalBudgets]) {
          expect(part.liveAtEnd).toBeLessThanOrEqual(part.counted);
          expect(part.new).toBeLessThanOrEqual(part.counted);
          expect(part.ended).toBeLessThanOrEqual(part.counted);
          expect(part.counted).toBeLessThanOrEqual(part.yearToDate);
        }
      }),
    );
  });

  it('a budget live at the end of one quarter is counted in the next, unless it ends that last day', () => {
    fc.assert(
      fc.property(budgetArbitrary(0), quarterArbitrary, (budget, { year, number }) => {
        const q = quarterOf(year, number);
        const next =
          number === 4 ? quarterOf(year + 1, 1) : quarterOf(year, (number + 1) as 2 | 3 | 4);
        const now = phbReturn([budget], q);
        const later = phbReturn([budget], next);
        fc.pre(
          now.totals.liveAtEnd + now.personalBudgets.liveAtEnd === 1 && budget.plan?.end !== q.to,
        );
        expect(later.totals.counted + later.personalBudgets.counted).toBe(1);
      }),
    );
  });
});
