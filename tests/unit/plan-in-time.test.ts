/** Invariants of the plan in time (rules 9-12), over random budgets and random dates. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, isoDate } from '../../src/domain/calendar';
import { cutToPlan, cutToPlanTotal, periodCost } from '../../src/domain/pricing/periods';
import { priceOnCard, type BudgetPricing } from '../../src/domain/pricing/price-budget';
import { readBudget } from '../../src/domain/read';
import { toReport } from '../../src/domain/report';
import type { Budget, NeedLine } from '../../src/domain/schema/budget';
import { budgetArbitrary } from '../helpers/arbitraries';
import { splitCard } from '../helpers/builders';

const card = splitCard();
const FIRST = dayNumber('2025-01-01');
const LAST = dayNumber('2032-12-31');
const day = fc.integer({ min: FIRST, max: LAST });

function priceAt(budget: Budget, asOf: string): BudgetPricing {
  const read = readBudget(JSON.parse(JSON.stringify(budget)));
  fc.pre(read.ok);
  if (!read.ok) throw new Error('unreachable');
  const result = priceOnCard(read.value, card, { asOf });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** Budgets with dates: each line given a random run of days, some lines one week in N. */
const datedBudget = fc
  .tuple(
    budgetArbitrary,
    fc.array(fc.tuple(day, fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 3 })), {
      maxLength: 12,
    }),
  )
  .map(([budget, dates]) => ({
    ...budget,
    lines: budget.lines.map((line, index): NeedLine => {
      const [from, length, every] = dates[index] ?? [FIRST, 0, 0];
      const dated = { ...line, from: isoDate(from), until: isoDate(from + length) };
      return every < 2 ? dated : { ...dated, frequency: { everyWeeks: every } };
    }),
  }));

describe('the cost of a period', () => {
  it('split in two costs the whole within one penny for each line and recurring amount', () => {
    // Each rounded cost is within half a penny of its exact share, so two halves and the
    // whole differ by under 1.5p, and being whole pennies by at most 1p an item.
    fc.assert(
      fc.property(
        datedBudget,
        day,
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        (budget, from, a, b) => {
          const pricing = priceAt(budget, isoDate(from));
          const start = isoDate(from);
          const cut = addDays(start, a - 1);
          const end = addDays(cut, b + 1);
          const whole = periodCost(pricing, start, end);
          const first = periodCost(pricing, start, cut);
          const second = periodCost(pricing, addDays(cut, 1), end);
          whole.items.forEach((item, index) => {
            const parts = (first.items[index]?.recurring ?? item.recurring).plus(
              second.items[index]?.recurring ?? 0,
            );
            expect(parts.minus(item.recurring).abs().lte('0.01'), item.id).toBe(true);
            expect(
              first.items[index]?.oneOff.plus(second.items[index]?.oneOff ?? 0).equals(item.oneOff),
            ).toBe(true);
          });
          const recurringItems = whole.items.filter((item) => !item.annual.isZero()).length;
          expect(
            first.total
              .plus(second.total)
              .minus(whole.total)
              .abs()
              .lte(recurringItems * 0.01),
          ).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('of a full year of 365 days is exactly the annual figure of every line active all year', () => {
    fc.assert(
      fc.property(budgetArbitrary, (budget) => {
        const pricing = priceAt(budget, '2026-06-01');
        const year = periodCost(pricing, '2026-04-01', '2027-03-31');
        expect(year.days).toBe(365);
        for (const item of year.items)
          if (item.oneOff.isZero()) expect(item.recurring.equals(item.annual), item.id).toBe(true);
        expect(year.recurring.toFixed(2)).toBe(pricing.totals.annual.toFixed(2));
      }),
      { numRuns: 80 },
    );
  });
});

describe("the caseload's cost in a period, without its breakdowns", () => {
  it('is the total of the full working of the same period, cut to the plan', () => {
    fc.assert(
      fc.property(datedBudget, day, fc.integer({ min: 0, max: 800 }), (budget, from, length) => {
        const pricing = priceAt(budget, isoDate(from));
        const start = isoDate(from);
        const end = addDays(start, length);
        expect(cutToPlanTotal(pricing, start, end).toFixed(2)).toBe(
          cutToPlan(pricing, start, end).total.toFixed(2),
        );
      }),
      { numRuns: 80 },
    );
  });
});

describe('a file with no dates', () => {
  it('prices exactly as in version 2, whatever the as-at date', () => {
    fc.assert(
      fc.property(budgetArbitrary, day, day, (budget, one, other) => {
        const { asOf: _one, ...first } = toReport(priceAt(budget, isoDate(one)));
        const { asOf: _other, ...second } = toReport(priceAt(budget, isoDate(other)));
        expect(first).toEqual(second);
        // Every line and amount is active, as no line could be inactive before dates existed.
        expect(first.lines.every((line) => line.active)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
