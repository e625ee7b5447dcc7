/** Invariants that hold for any valid budget, checked over thousands of random ones. */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import { readBudget } from '../../src/domain/read';
import { toReport, type PricingReport } from '../../src/domain/report';
import type { Budget, NeedLine } from '../../src/domain/schema/budget';
import { budgetArbitrary } from '../helpers/arbitraries';
import { splitCard } from '../helpers/builders';

const card = splitCard();

/** Prices a generated budget, or returns null when it breaks a cross-field rule (rare). */
function priced(budget: Budget): PricingReport | null {
  const read = readBudget(budget);
  if (!read.ok) return null;
  const result = priceOnCard(read.value, card);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return toReport(result.value);
}

function priceValid(budget: Budget): PricingReport {
  const report = priced(budget);
  fc.pre(report !== null);
  return report;
}

const sum = (amounts: string[]) =>
  amounts.reduce((total, a) => total.plus(a), new Decimal(0)).toFixed(2);
const PENNIES = /^\d+\.\d{2}$/;

describe('for any budget', () => {
  it('the totals are the sums of the amounts shown, to the penny [H1.5]', () => {
    fc.assert(
      fc.property(budgetArbitrary, (budget) => {
        const r = priceValid(budget);
        expect(r.totals.weekly).toBe(
          sum([...r.lines.map((l) => l.weekly), ...r.amounts.map((a) => a.weekly)]),
        );
        expect(r.totals.annual).toBe(
          sum([...r.lines.map((l) => l.annual), ...r.amounts.map((a) => a.annual)]),
        );
        expect(r.totals.oneOff).toBe(sum(r.amounts.map((a) => a.oneOff)));
        expect(r.totals.firstYear).toBe(sum([r.totals.annual, r.totals.oneOff]));
      }),
      { numRuns: 500 },
    );
  });

  it('the breakdowns by domain and by resource add up to the totals [H6.4]', () => {
    fc.assert(
      fc.property(budgetArbitrary, (budget) => {
        const r = priceValid(budget);
        for (const buckets of [r.byDomain, r.byResource]) {
          const all = Object.values(buckets);
          expect(sum(all.map((b) => b.weekly))).toBe(r.totals.weekly);
          expect(sum(all.map((b) => b.annual))).toBe(r.totals.annual);
          expect(sum(all.map((b) => b.oneOff))).toBe(r.totals.oneOff);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('no amount is negative or not a number', () => {
    fc.assert(
      fc.property(budgetArbitrary, (budget) => {
        const r = priceValid(budget);
        const amounts = [
          ...Object.values(r.totals),
          ...r.lines.flatMap((l) => [l.weekly, l.annual, l.hoursWeekly]),
          ...r.amounts.flatMap((a) => [a.weekly, a.annual, a.oneOff]),
          ...r.settings.flatMap((s) => [s.weekly, s.annual]),
          ...r.carers.flatMap((c) => [
            c.hoursWeekly,
            ...c.details.flatMap((d) => [d.toMove.paWeekly, d.toMove.providerWeekly]),
          ]),
        ];
        for (const amount of amounts) expect(amount).toMatch(PENNIES);
      }),
      { numRuns: 300 },
    );
  });

  it('more minutes on a paid line never cost less [H1.6]', () => {
    fc.assert(
      fc.property(
        budgetArbitrary,
        fc.nat(),
        fc.integer({ min: 1, max: 60 }),
        (budget, pick, extra) => {
          const visits = budget.lines.filter(
            (l): l is Extract<NeedLine, { kind: 'visits' }> => l.kind === 'visits',
          );
          fc.pre(visits.length > 0);
          const target = visits[pick % visits.length] as Extract<NeedLine, { kind: 'visits' }>;
          fc.pre(target.minutes + extra <= 240);
          const longer = {
            ...budget,
            lines: budget.lines.map((l) =>
              l === target ? { ...target, minutes: target.minutes + extra } : l,
            ),
          };
          const before = priceValid(budget);
          const after = priced(longer);
          fc.pre(after !== null);
          const line = (r: PricingReport) => r.lines.find((l) => l.id === target.id)?.weekly ?? '';
          expect(new Decimal(line(after)).gte(line(before))).toBe(true);
          expect(new Decimal(after.totals.annual).gte(before.totals.annual)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a dearer provider never costs less', () => {
    // On the test card p2 is dearer than the standard rate, which is dearer than p1, in every slot.
    fc.assert(
      fc.property(budgetArbitrary, (budget) => {
        const withProvider = (provider: string | undefined) => ({
          ...budget,
          lines: budget.lines.map((l) => {
            if (l.resource !== 'registered-provider') return l;
            const { provider: _old, ...rest } = l;
            return provider === undefined ? rest : { ...rest, provider };
          }),
        });
        const cheap = priceValid(withProvider('p1'));
        const standard = priceValid(withProvider(undefined));
        const dear = priceValid(withProvider('p2'));
        expect(new Decimal(standard.totals.weekly).gte(cheap.totals.weekly)).toBe(true);
        expect(new Decimal(dear.totals.weekly).gte(standard.totals.weekly)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('reordering lines, carers or expenses changes no figure', () => {
    fc.assert(
      fc.property(budgetArbitrary, fc.infiniteStream(fc.nat()), (budget, randoms) => {
        const shuffle = <T>(items: readonly T[]) =>
          items
            .map((item) => ({ item, key: randoms.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.item);
        const original = priceValid(budget);
        const reordered = priceValid({
          ...budget,
          lines: shuffle(budget.lines),
          expenses: shuffle(budget.expenses),
          carers: shuffle(budget.carers),
        });
        expect(reordered.totals).toEqual(original.totals);
        expect(reordered.byDomain).toEqual(original.byDomain);
        expect(reordered.byResource).toEqual(original.byResource);
        expect(reordered.hoursWeekly).toEqual(original.hoursWeekly);
        const byId = <T extends { id: string }>(items: readonly T[]) =>
          [...items].sort((a, b) => a.id.localeCompare(b.id));
        expect(byId(reordered.lines)).toEqual(byId(original.lines));
        expect(byId(reordered.carers)).toEqual(byId(original.carers));
        expect(reordered.settings).toEqual(original.settings);
      }),
      { numRuns: 200 },
    );
  });

  it('a budget written to JSON and read back prices the same', () => {
    fc.assert(
      fc.property(budgetArbitrary, (budget) => {
        const original = priceValid(budget);
        expect(priced(JSON.parse(JSON.stringify(budget)) as Budget)).toEqual(original);
      }),
      { numRuns: 200 },
    );
  });
});
