/**
 * The page's workers each sum the budgets they priced into a part (summary-parts.ts); the
 * summary of the merged parts must be the summary of the whole caseload, exactly, however
 * the budgets were shared out and in whatever order the parts came back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseloadEntry } from '../../src/domain/caseload/entry';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { summariseCaseload, summariseParts } from '../../src/domain/caseload/summary';
import { caseloadPartOf } from '../../src/domain/caseload/summary-parts';
import type { Budget } from '../../src/domain/schema/budget';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { loadCard } from '../helpers/builders';

const england = loadCard('rate-cards/england-2025-26.json');
const AS_OF = '2025-10-15';

function entriesOf(budgets: readonly Budget[]): CaseloadEntry[] {
  return budgets.map((budget, index) => {
    const result = priceCaseloadBudget(budget, england, `folder/${index}.json`, { asOf: AS_OF });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.value;
  });
}

/** The entries shared out as the workers are given them: each to the part its index says. */
function shareOut(entries: readonly CaseloadEntry[], parts: number, owners: readonly number[]) {
  const shared: CaseloadEntry[][] = Array.from({ length: parts }, () => []);
  entries.forEach((entry, index) => shared[(owners[index] ?? 0) % parts]?.push(entry));
  return shared;
}

describe('a caseload summed in parts', { timeout: 60_000 }, () => {
  const entries = entriesOf(generateBudgets({ count: 150, seed: 23, rateCard: england }));
  const whole = summariseCaseload(entries, england, AS_OF);

  it('has carer flags, warnings, budgets costing more than their traditional package and outliers to merge', () => {
    expect(Object.values(whole.carerFlags).some((count) => count > 0)).toBe(true);
    expect(Object.values(whole.warnings).some((count) => count > 0)).toBe(true);
    expect(whole.traditional.costMore.length).toBeGreaterThan(1);
    expect(whole.outliers.length).toBeGreaterThan(0);
  });

  it('merges to exactly the summary of the whole, however it is split and ordered', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.nat(5), { minLength: entries.length, maxLength: entries.length }),
        fc.boolean(),
        (count, owners, reversed) => {
          const shared = shareOut(entries, count, owners);
          const parts = shared.map((part) => caseloadPartOf(part, england, AS_OF));
          // Parts cross from the workers by structured clone, and come back in any order.
          const arrived = structuredClone(reversed ? [...parts].reverse() : parts);
          expect(summariseParts(arrived, england, AS_OF)).toEqual(whole);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('works out the median and quartiles from every budget, never from each part’s own', () => {
    const [low, middle, high] = [...entries]
      .sort((a, b) => Number(a.totals.annual) - Number(b.totals.annual))
      .filter((_, index, all) => index === 0 || index === 75 || index === all.length - 1);
    if (low === undefined || middle === undefined || high === undefined) throw new Error('entries');
    const parts = [[low, high], [middle]].map((part) => caseloadPartOf(part, england, AS_OF));
    const merged = summariseParts(parts, england, AS_OF);
    expect(merged.annual?.median).toBe(middle.totals.annual);
    expect(merged.highest.map((budget) => budget.file)).toEqual([high.file, middle.file, low.file]);
    expect(merged).toEqual(summariseCaseload([low, middle, high], england, AS_OF));
  });

  it('of no budgets at all is the summary of an empty caseload', () => {
    expect(summariseParts([caseloadPartOf([], england, AS_OF)], england, AS_OF)).toEqual(
      summariseCaseload([], england, AS_OF),
    );
    expect(summariseParts([], england, AS_OF)).toEqual(summariseCaseload([], england, AS_OF));
  });
});
