/**
 * A caseload with no budget priced (every file on another area's card, say) still gives a
 * benchmark file, every count withheld, instead of never finishing: a sum with no parts
 * has nothing more to withhold.
 */
import { describe, expect, it } from 'vitest';
import { benchmarkOf } from '../../src/domain/benchmark/benchmark';
import { readBenchmark } from '../../src/domain/benchmark/read-benchmark';
import { suppressedCounts } from '../../src/domain/benchmark/suppression';

describe('the benchmark file of an empty caseload', () => {
  it('withholds a total whose sum has no parts, and stops', () => {
    expect([...suppressedCounts(new Map([['all', 0]]), [{ total: 'all', parts: [] }])]).toEqual([
      'all',
    ]);
  });

  it('is a file a region reads, with every count withheld', () => {
    const built = readBenchmark(
      benchmarkOf([], {
        area: 'North Shire',
        asOf: '2025-11-20',
        rateCard: 'england-2025-26',
        population: null,
      }),
    );
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.value).toMatchObject({
      budgets: null,
      phbs: null,
      annualCost: null,
      costAvoidance: null,
    });
    expect(Object.values(built.value.counts.total)).toEqual([null, null, null, null]);
  });
});
