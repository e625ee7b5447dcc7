/**
 * A benchmark file is made from parts: each of the page's workers keeps the part of the
 * budgets it priced (counts, exact sums, annual totals in order), and one merges them.
 * Whatever the split, whatever order the budgets came in, and at any size (small ones
 * withhold counts under 5), the file is the one made from every budget at once, as the
 * command makes it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchmarkOf, benchmarkOfPart } from '../../src/domain/benchmark/benchmark';
import {
  BenchmarkPartBuilder,
  benchmarkPartOf,
  mergeBenchmarkParts,
} from '../../src/domain/benchmark/benchmark-part';
import type { CaseloadAmounts, CaseloadEntry } from '../../src/domain/caseload/entry';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { sumMoneyTexts } from '../../src/domain/pence';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { loadCard } from '../helpers/builders';

const AS_OF = '2025-10-15';
const card = loadCard('rate-cards/england-2025-26.json');
const entries: CaseloadEntry[] = generateBudgets({ count: 150, seed: 23, rateCard: card }).map(
  (budget) => {
    const priced = priceCaseloadBudget(budget, card, `${budget.id}.json`, { asOf: AS_OF });
    if (!priced.ok) throw new Error('a generated budget did not price');
    return priced.value;
  },
);
const options = { area: 'North Shire', asOf: AS_OF, rateCard: card.id, population: 250000 };

/** Some of the budgets in some order, cut into consecutive parts at the given places. */
const splits = fc
  .tuple(
    fc.shuffledSubarray(entries, { minLength: 0 }),
    fc.uniqueArray(fc.integer({ min: 1, max: entries.length - 1 }), { maxLength: 5 }),
  )
  .map(([chosen, cuts]) => {
    const at = [0, ...cuts.filter((cut) => cut < chosen.length).sort((a, b) => a - b)];
    return at.map((start, index) => chosen.slice(start, at[index + 1] ?? chosen.length));
  });

describe('a benchmark file made from parts', () => {
  it('is the file of every budget at once, however the budgets are split and ordered', () => {
    fc.assert(
      fc.property(splits, (parts) => {
        // As an engine does: a chunk at a time into one part; then the engines' parts merged.
        const engines = [new BenchmarkPartBuilder(), new BenchmarkPartBuilder()];
        for (const [index, part] of parts.entries()) engines[index % 2]?.add(part);
        const merged = mergeBenchmarkParts(
          // Through JSON, as a part crosses from a worker.
          engines.map(
            (engine) => JSON.parse(JSON.stringify(engine.part())) as ReturnType<typeof engine.part>,
          ),
        );
        const whole = parts.flat();
        expect(JSON.stringify(benchmarkOfPart(merged, options))).toBe(
          JSON.stringify(benchmarkOf(whole, options)),
        );
        expect(merged).toEqual(benchmarkPartOf(whole));
      }),
      { numRuns: 60 },
    );
  });

  it('counts a budget in an area of life only where it spends something there', () => {
    const [first, second] = entries as [CaseloadEntry, CaseloadEntry];
    const amounts = (annual: string) => ({ weekly: '0.00', annual }) as CaseloadAmounts;
    const named = { ...first, byDomain: { ...first.byDomain, 'no-spend': amounts('0.00') } };
    const spent = { ...second, byDomain: { ...second.byDomain, 'no-spend': amounts('0.01') } };
    expect(benchmarkPartOf([named]).buckets['domain:no-spend']).toBe(0);
    const part = benchmarkPartOf([named, spent]);
    expect(part.buckets['domain:no-spend']).toBe(1);
    expect(part.bucketAnnual['domain:no-spend']).toBe('0.01');
  });

  it('keeps the annual totals lowest first and every count and sum of the whole', () => {
    const part = benchmarkPartOf(entries);
    const annuals = part.annuals.map(Number);
    expect(annuals).toEqual([...annuals].sort((a, b) => a - b));
    expect(annuals).toHaveLength(entries.length);
    expect(Object.values(part.cells).reduce((sum, count) => sum + count, 0)).toBe(entries.length);
    expect(part.annuals.at(0)).toBe(
      [...entries].sort((a, b) => Number(a.totals.annual) - Number(b.totals.annual))[0]?.totals
        .annual,
    );
    expect(part.weekly).toBe(sumMoneyTexts(entries.map((entry) => entry.totals.weekly)));
  });
});
