/**
 * The caseload's figures read a sorted view of its annual totals by halving (a few dozen
 * reads for 200,000 budgets): held here against the plain way, every amount read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCaseloadEntry, type CaseloadEntry } from '../../src/domain/caseload/entry';
import { histogramOf } from '../../src/domain/caseload/histogram';
import { countFrom, sortAmounts } from '../../src/domain/caseload/statistics';
import { summariseCaseload } from '../../src/domain/caseload/summary';
import { Dec, parseMoney, roundToPenny, type Money } from '../../src/domain/money';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { loadCard } from '../helpers/builders';

const england = loadCard('rate-cards/england-2025-26.json');
const AS_OF = '2025-10-15';

/** Amounts of money from nothing to £200,000, with many the same, as a caseload has. */
const amounts = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 20_000_000 }),
      fc.constantFrom(0, 1_000_000, 2_500_000, 5_000_000),
    ),
    { maxLength: 80 },
  )
  .map((pence) => sortAmounts(pence.map((p) => new Dec(p).div(100) as Money)));

describe('a sorted view read by halving', () => {
  it('counts the amounts at or above, and strictly above, any limit as a filter does', () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: -1, max: 20_000_001 }), (sorted, limitPence) => {
        // Limits that are amounts in the list, where ties decide the count, as well as others.
        const limits = [new Dec(limitPence).div(100), ...sorted.slice(0, 3)];
        for (const limit of limits) {
          expect(countFrom(sorted, limit)).toBe(sorted.filter((a) => a.gte(limit)).length);
          expect(countFrom(sorted, limit, true)).toBe(sorted.filter((a) => a.gt(limit)).length);
        }
      }),
    );
  });

  it('puts each amount in the band its value falls in, and the bands hold every amount', () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: 0, max: 20_000_000 }), (sorted, upToPence) => {
        const bands = histogramOf(sorted, new Dec(upToPence).div(100) as Money);
        const counted = bands.map(() => 0);
        for (const amount of sorted) {
          const band = bands.findIndex(
            (b) => amount.gte(b.from) && (b.to === null || amount.lt(b.to)),
          );
          counted[band] = (counted[band] ?? 0) + 1;
        }
        expect(bands.map((b) => b.count)).toEqual(counted);
        expect(bands.reduce((sum, b) => sum + b.count, 0)).toBe(sorted.length);
      }),
    );
  });
});

describe("a caseload's figures of its annual totals", () => {
  // Real entries, their annual totals then set at random (with ties) for each run.
  const entries = generateBudgets({ count: 40, seed: 3, rateCard: england }).map((budget) => {
    const priced = priceOnCard(budget, england, { asOf: AS_OF });
    if (!priced.ok) throw new Error('generated budget not priceable');
    return toCaseloadEntry(priced.value, `${budget.id}.json`);
  });
  const withAnnuals = (pence: readonly number[]): CaseloadEntry[] =>
    pence.map((p, index) => {
      const entry = entries[index % entries.length] as CaseloadEntry;
      const annual = new Dec(p).div(100).toFixed(2) as CaseloadEntry['totals']['annual'];
      return { ...entry, file: `${index}.json`, totals: { ...entry.totals, annual } };
    });

  it('gives the mean, median, outliers and highest as reading every total would', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom(100_000, 9_000_000)),
          { minLength: 1, maxLength: 60 },
        ),
        (pence) => {
          const caseload = withAnnuals(pence);
          const summary = summariseCaseload(caseload, england, AS_OF);
          const sorted = sortAmounts(caseload.map((entry) => parseMoney(entry.totals.annual)));
          const total = sorted.reduce((sum, amount) => sum.plus(amount), new Dec(0));
          expect(summary.annual?.mean).toBe(roundToPenny(total.div(sorted.length)).toFixed(2));
          expect(summary.annual?.lowest).toBe(sorted[0]?.toFixed(2));
          expect(summary.annual?.highest).toBe(sorted.at(-1)?.toFixed(2));
          const above = summary.annual?.quartiles?.outlierAbove;
          const outliers = above === undefined ? [] : sorted.filter((a) => a.gt(above));
          expect(summary.outliers.map((budget) => budget.annual)).toEqual(
            outliers.reverse().map((amount) => amount.toFixed(2)),
          );
          const covered = above === undefined ? sorted : sorted.filter((a) => a.lte(above));
          // The bands are drawn up to the highest total at or below the outlier threshold.
          const bands = histogramOf(sorted, covered.at(-1) ?? (new Dec(0) as Money));
          expect(summary.histogram).toEqual(
            bands.map((band) => ({
              from: band.from.toFixed(2),
              to: band.to?.toFixed(2) ?? null,
              count: band.count,
            })),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
