/**
 * What each outcome costs: a line's cost shared equally between the outcomes it serves,
 * worked to the penny by the largest remainder, so that the outcomes, what serves none
 * and the PA employer costs add up to the budget's totals (docs/plan-around-money.md).
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, sharePennies, type Money } from '../../src/domain/money';
import { outcomeCosts, type OutcomeCosts } from '../../src/domain/outcomes/outcome-costs';
import { priceOnCard, type BudgetPricing } from '../../src/domain/pricing/price-budget';
import { readBudget } from '../../src/domain/read';
import type { Budget, Outcome } from '../../src/domain/schema/budget';
import { budgetArbitrary } from '../helpers/arbitraries';
import { expense, price, splitCard, visits } from '../helpers/builders';

const text = (amounts: readonly Money[]) => amounts.map((amount) => amount.toFixed(2));
const OUTCOMES: Outcome[] = [
  { id: 'o1', words: 'I get up when I choose' },
  { id: 'o2', words: 'I see my friends' },
  { id: 'o3', words: 'I stay safe at night' },
];
const figures = (costs: OutcomeCosts) =>
  costs.outcomes.map((cost) => [
    cost.outcome.id,
    cost.weekly.toFixed(2),
    cost.annual.toFixed(2),
    cost.oneOff.toFixed(2),
  ]);

describe('sharing pennies by the largest remainder', () => {
  const whole = (...parts: number[]) => parts.map((part) => new Dec(part));

  it('gives a left-over penny to the part with the largest remainder', () => {
    // 333.4p, 333.6p and 333p over a denominator of 10: £10.00 in all.
    expect(text(sharePennies(whole(3334, 3336, 3330), new Dec(10)))).toEqual([
      '3.33',
      '3.34',
      '3.33',
    ]);
  });

  it('gives a tied penny to the earlier part: £10.00 in thirds is £3.34, £3.33 and £3.33', () => {
    expect(text(sharePennies(whole(1000, 1000, 1000), new Dec(3)))).toEqual([
      '3.34',
      '3.33',
      '3.33',
    ]);
  });

  it('refuses parts that do not add up to whole pennies, or are not whole', () => {
    expect(() => sharePennies(whole(1), new Dec(2))).toThrow(/whole pennies/);
    expect(() => sharePennies([new Dec('0.5')], new Dec(1))).toThrow(/whole/);
  });

  it('adds up to the whole amount and leaves each part less than a penny from its exact share, for any amounts and splits', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 7 })),
          { minLength: 1, maxLength: 20 },
        ),
        (items) => {
          // Each item's pennies split into `ways` equal parts, over the denominator 420 (1 to 7 all divide it).
          const denominator = new Dec(420);
          const numerators: Decimal[] = [];
          let total = 0;
          for (const [pennies, ways] of items) {
            total += pennies;
            for (let way = 0; way < ways; way++)
              numerators.push(new Dec(pennies).times(420 / ways));
          }
          const shares = sharePennies(numerators, denominator);
          const sum = shares.reduce(
            (running: Decimal, share: Money) => running.plus(share),
            new Dec(0),
          );
          expect(sum.toFixed(2)).toBe(new Dec(total).div(100).toFixed(2));
          shares.forEach((share: Money, index: number) => {
            expect(share.decimalPlaces()).toBeLessThanOrEqual(2);
            const exact = (numerators[index] ?? new Dec(0)).div(denominator);
            expect(share.times(100).minus(exact).abs().lt(1)).toBe(true);
          });
        },
      ),
    );
  });
});

describe('the cost of each outcome', () => {
  it('shares a line equally between the outcomes it serves and gives the whole of a line serving one to that one', () => {
    // 60 minutes Monday at £20.00 on the split-rates card: £20.00 a week.
    const pricing = price({
      outcomes: OUTCOMES,
      lines: [
        visits({ id: 'l1', minutes: 60, days: ['mon'], outcomes: ['o1', 'o2', 'o3'] }),
        visits({ id: 'l2', minutes: 60, days: ['mon'], outcomes: ['o2'] }),
      ],
    });
    const costs = outcomeCosts(pricing);
    expect(pricing.lines.map((line) => line.weekly.toFixed(2))).toEqual(['20.00', '20.00']);
    // Exactly £6.666…, £26.666… and £6.666…: two pennies are left over, and the three
    // remainders tie, so the first two outcomes take one each.
    expect(figures(costs).map(([, weekly]) => weekly)).toEqual(['6.67', '26.67', '6.66']);
    expect(costs.outcomes.map((cost) => cost.servedBy)).toEqual([1, 2, 1]);
    expectAddsUp(pricing, costs);
  });

  it('works £10.00 a week on three outcomes to £3.34, £3.33 and £3.33', () => {
    const pricing = price({
      outcomes: OUTCOMES,
      expenses: [expense({ amount: '10.00', frequency: 'weekly', outcomes: ['o1', 'o2', 'o3'] })],
    });
    expect(figures(outcomeCosts(pricing)).map(([, weekly]) => weekly)).toEqual([
      '3.34',
      '3.33',
      '3.33',
    ]);
  });

  it('shares a one-off expense in the one-off column only', () => {
    const pricing = price({
      outcomes: OUTCOMES,
      expenses: [
        expense({
          amount: '1800.01',
          frequency: 'one-off',
          kind: 'investment',
          outcomes: ['o1', 'o3'],
        }),
      ],
    });
    expect(figures(outcomeCosts(pricing))).toEqual([
      ['o1', '0.00', '0.00', '900.01'],
      ['o2', '0.00', '0.00', '0.00'],
      ['o3', '0.00', '0.00', '900.00'],
    ]);
  });

  it('keeps what serves no outcome, and the PA employer costs, apart', () => {
    const pricing = price({
      outcomes: OUTCOMES,
      lines: [
        visits({ id: 'l1', minutes: 60, days: ['mon'], outcomes: ['o1'] }),
        visits({ id: 'l2', resource: 'personal-assistant', minutes: 60, days: ['tue'] }),
      ],
    });
    const costs = outcomeCosts(pricing);
    expect(costs.unserved.weekly.toFixed(2)).toBe(pricing.lines[1]?.weekly.toFixed(2));
    expect(costs.employerCosts.weekly.isZero()).toBe(false);
    expectAddsUp(pricing, costs);
  });

  it('gives an outcome nothing serves £0.00 everywhere, and counts only the lines active on the as-at day', () => {
    const pricing = price({
      plan: { start: '2026-04-01' },
      outcomes: OUTCOMES,
      lines: [
        visits({ id: 'l1', minutes: 60, days: ['mon'], outcomes: ['o1'], until: '2026-04-30' }),
        visits({ id: 'l2', minutes: 60, days: ['mon'], outcomes: ['o2'] }),
      ],
    });
    const later = priceOnCard(pricing.budget, pricing.card, { asOf: '2026-06-01' });
    if (!later.ok) throw new Error('not priced');
    const costs = outcomeCosts(later.value);
    expect(figures(costs)[0]).toEqual(['o1', '0.00', '0.00', '0.00']);
    expect(costs.outcomes[0]?.servedBy).toBe(0);
    expectAddsUp(later.value, costs);
  });

  it('adds up to the budget’s weekly, annual, one-off and first-year totals to the penny, for any budget and any outcomes served', () => {
    const card = splitCard();
    const served = fc.array(fc.subarray(['o1', 'o2', 'o3']), { minLength: 20, maxLength: 20 });
    fc.assert(
      fc.property(
        budgetArbitrary,
        served,
        fc.integer({ min: 0, max: 3 }),
        (generated, choices, outcomeCount) => {
          const outcomes = OUTCOMES.slice(0, outcomeCount);
          const known = new Set(outcomes.map((outcome) => outcome.id));
          const pick = (index: number) =>
            (choices[index % choices.length] ?? []).filter((id) => known.has(id));
          const withOutcomes: Budget = {
            ...generated,
            outcomes,
            lines: generated.lines.map((line, index) => ({ ...line, outcomes: pick(index) })),
            expenses: generated.expenses.map((item, index) => ({
              ...item,
              outcomes: pick(index + 12),
            })),
          };
          const read = readBudget(withOutcomes);
          fc.pre(read.ok);
          if (!read.ok) return;
          const pricing = priceOnCard(read.value, card);
          if (!pricing.ok) throw new Error(JSON.stringify(pricing.problems));
          expectAddsUp(pricing.value, outcomeCosts(pricing.value));
        },
      ),
      { numRuns: 100 },
    );
    // Pricing a hundred budgets takes a few seconds on a busy machine: the test asserts sums, not speed.
  }, 60_000);
});

/** Σ outcomes + what serves none + employer costs = the totals, in every column. */
function expectAddsUp(pricing: BudgetPricing, costs: OutcomeCosts): void {
  for (const column of ['weekly', 'annual', 'oneOff', 'firstYear'] as const) {
    const rows = [
      ...costs.outcomes.map((cost) => cost[column]),
      costs.unserved[column],
      costs.employerCosts[column],
    ];
    const sum = rows.reduce((total: Decimal, amount) => total.plus(amount), new Dec(0));
    expect(sum.toFixed(2), column).toBe(pricing.totals[column].toFixed(2));
    for (const amount of rows) expect(amount.decimalPlaces(), column).toBeLessThanOrEqual(2);
  }
}
