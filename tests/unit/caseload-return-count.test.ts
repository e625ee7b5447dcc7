/**
 * The caseload page's PHB return counted a slice of plans at a time gives the same
 * figures as counting every plan at once, and counting at once gives what the page
 * worked out before: the quarters from every plan's dates, the return of every budget,
 * and the first undated ids with their files.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mergePhbReturns,
  phbReturn,
  type ReturnBudget,
} from '../../src/domain/caseload/phb-return';
import { lastEndedQuarter, quarterOf, quartersToOffer } from '../../src/domain/caseload/quarter';
import { COHORTS, FUNDING_ROUTES, PLAN_STATUSES } from '../../src/domain/schema/budget-values';
import {
  countReturn,
  countReturnInSlices,
  UNDATED_SHOWN,
} from '../../src/ui/caseload/caseload-return-count';
import type { ReturnRecord } from '../../src/workers/caseload/caseload-jobs';

const FIRST_DAY = Date.UTC(2019, 0, 1);
const isoDay = (offset: number) =>
  new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);

const record = fc
  .record({
    // Few ids, so that some files share one, as real files may.
    id: fc.integer({ min: 0, max: 80 }),
    file: fc.integer({ min: 0, max: 1_000_000 }),
    fundingRoute: fc.constantFrom(...FUNDING_ROUTES),
    dated: fc.boolean(),
    start: fc.integer({ min: 0, max: 4000 }),
    length: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
    status: fc.option(fc.constantFrom(...PLAN_STATUSES), { nil: undefined }),
    cohort: fc.option(fc.constantFrom(...COHORTS), { nil: undefined }),
    planless: fc.boolean(),
  })
  .map(({ id, file, fundingRoute, dated, start, length, status, cohort, planless }) => {
    const budget: ReturnBudget = planless
      ? { id: `b${id}`, fundingRoute }
      : {
          id: `b${id}`,
          fundingRoute,
          plan: {
            start: dated ? isoDay(start) : undefined,
            end: length === undefined ? undefined : isoDay(start + length),
            status,
            cohort,
          },
        };
    return { file: `f${file}.json`, budget } satisfies ReturnRecord;
  });
const plansArbitrary = fc.array(record, { maxLength: 300 });
const today = fc.integer({ min: 1500, max: 3000 }).map(isoDay);
const quarterArbitrary = fc
  .record({
    year: fc.integer({ min: 2018, max: 2032 }),
    number: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
  })
  .map(({ year, number }) => quarterOf(year, number));
const chosen = quarterArbitrary.map((quarter) => quarter.id);

describe('the PHB return in slices', () => {
  it('merges the returns of any split of the budgets into the return of them all', () => {
    fc.assert(
      fc.property(
        plansArbitrary,
        fc.integer({ min: 1, max: 50 }),
        quarterArbitrary,
        (plans, size, quarter) => {
          const budgets = plans.map(({ budget }) => budget);
          const parts = [];
          for (let start = 0; start < budgets.length; start += size)
            parts.push(phbReturn(budgets.slice(start, start + size), quarter));
          expect(mergePhbReturns(parts, quarter)).toEqual(phbReturn(budgets, quarter));
        },
      ),
    );
  });

  it('counts every plan at once as the page did', () => {
    fc.assert(
      fc.property(plansArbitrary, today, chosen, (plans, day, id) => {
        const quarters = quartersToOffer(
          plans.flatMap(({ budget }) =>
            [budget.plan?.start, budget.plan?.end].filter((date) => date !== undefined),
          ),
          day,
        );
        const quarter = quarters.find((q) => q.id === id) ?? quarters[0] ?? lastEndedQuarter(day);
        const counted = phbReturn(
          plans.map(({ budget }) => budget),
          quarter,
        );
        const files = new Map<string, string[]>();
        for (const undated of counted.undated) files.set(undated, []);
        for (const { file, budget } of plans)
          if (budget.plan?.start === undefined) files.get(budget.id)?.push(file);
        const undated = [...files]
          .slice(0, UNDATED_SHOWN)
          .map(([undatedId, named]) => ({ id: undatedId, files: named.join('; ') }));
        expect(countReturn(plans, day, id)).toEqual({ quarters, quarter, counted, undated });
      }),
    );
  });

  it('gives the same in slices of any size as at once', async () => {
    await fc.assert(
      fc.asyncProperty(
        plansArbitrary,
        today,
        chosen,
        fc.integer({ min: 1, max: 60 }),
        async (plans, day, id, size) => {
          const sliced = await countReturnInSlices(plans, day, id, () => false, size);
          expect(sliced).toEqual(countReturn(plans, day, id));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('stops between slices when told', async () => {
    let asked = 0;
    const plans = Array.from({ length: 10 }, (_, index) => ({
      file: `f${index}.json`,
      budget: { id: `b${index}`, fundingRoute: 'notional' as const },
    }));
    expect(await countReturnInSlices(plans, '2026-01-01', 'x', () => ++asked > 2, 3)).toBeNull();
    expect(asked).toBe(3);
  });
});
