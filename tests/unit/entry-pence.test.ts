/**
 * The caseload entry's money in whole pence (src/domain/pricing/line-pence.ts and
 * src/domain/caseload/entry-pence.ts) is the decimal pricing's, field for field: every
 * line on every basis, and every entry's totals, breakdowns, settings, traditional
 * package and agreed rates, on cards and lines made at random, on the half pennies where
 * the rounding rule decides, and on the caseload generator's budgets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryMoneyInDecimals } from '../../src/domain/caseload/entry';
import { entryMoneyInPence } from '../../src/domain/caseload/entry-pence';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { parseMoney, toMoneyText, type Money } from '../../src/domain/money';
import { penceOf } from '../../src/domain/pence';
import { atCardRates } from '../../src/domain/pricing/agreed';
import { priceLine } from '../../src/domain/pricing/line';
import { amountPence, linePence, type LineBasis } from '../../src/domain/pricing/line-pence';
import { weeksPerYearOf } from '../../src/domain/pricing/per-card';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import { priceByFrequency } from '../../src/domain/pricing/recurring';
import { FREQUENCIES, type Budget, type NeedLine } from '../../src/domain/schema/budget';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { budgetStream } from '../../src/generate/generate-budgets';
import { budget } from '../helpers/builders';
import {
  base,
  cardArbitrary,
  DOMAINS,
  lineArbitrary,
  moneyText,
} from '../helpers/pence-arbitraries';

/** The line each basis prices, as the decimal pricing makes it (agreed.ts, traditional.ts). */
function lineOnBasis(line: NeedLine, basis: LineBasis): NeedLine {
  if (basis === 'own') return line;
  const atCard = atCardRates(line);
  if (basis === 'card-rates') return atCard;
  const { provider: _provider, assistant: _assistant, ...rest } = atCard;
  return { ...rest, resource: 'registered-provider' };
}

/**
 * Decimal money as whole pence, read exactly from its two-decimal text whatever its size:
 * a number while it is a safe integer, a bigint beyond, which no whole-pence answer equals.
 */
function pence(amount: Money): number | bigint {
  const exact = BigInt(toMoneyText(amount).replace('.', ''));
  const safe = BigInt(Number.MAX_SAFE_INTEGER);
  return exact <= safe && exact >= -safe ? Number(exact) : exact;
}

function decimalPence(
  line: NeedLine,
  card: RateCard,
): { weekly: number | bigint; annual: number | bigint } {
  const priced = priceLine(line, card, weeksPerYearOf(card));
  return { weekly: pence(priced.weekly), annual: pence(priced.annual) };
}

const BASES: readonly LineBasis[] = ['own', 'card-rates', 'standard-provider'];

describe('a line priced in whole pence', () => {
  it('gives the pence the decimal pricing gives, on every basis, or leaves the line to it [H23.8]', () => {
    let answered = 0;
    let asked = 0;
    fc.assert(
      fc.property(cardArbitrary, lineArbitrary, (card, line) => {
        for (const basis of BASES) {
          asked++;
          const fast = linePence(line, card, basis);
          if (fast === null) continue;
          answered++;
          expect(fast).toEqual(decimalPence(lineOnBasis(line, basis), card));
        }
      }),
      { numRuns: 3_000 },
    );
    console.log(`lines answered in whole pence: ${answered} of ${asked}`);
    // Beyond safe integers or a half through an endless division is rare, not the rule.
    expect(answered / asked).toBeGreaterThan(0.9);
  }, 120_000);

  it('rounds a week on a half penny up, as the decimal pricing does [H23.9]', () => {
    const card = { ...base, weeksPerYear: '52' };
    const atHalf = (hourly: string, minutes: number, fields: Partial<NeedLine> = {}) =>
      ({
        id: 'l1',
        kind: 'visits',
        domain: 'personal-care',
        activity: 'Support',
        resource: 'registered-provider',
        agreedRate: { hourly },
        minutes,
        visitsPerDay: 1,
        workers: 1,
        period: 'day',
        days: ['mon'],
        ...fields,
      }) as NeedLine;
    // £15.25 an hour for half an hour is £7.625: £7.63, and £396.76 a year of 52 weeks.
    expect(linePence(atHalf('15.25', 30), card)).toEqual({ weekly: 763, annual: 39676 });
    // 1p an hour for 30 minutes is half a penny: up to a penny.
    expect(linePence(atHalf('0.01', 30), card)).toEqual({ weekly: 1, annual: 52 });
    // £0.27 for 10 minutes is 4.5p, shared by three: 1.5p, a half reached through thirds
    // that end (4.5 ÷ 3), so exact in decimals too: 2p.
    expect(linePence(atHalf('0.27', 10, { sharedBy: 3 }), card)).toEqual({
      weekly: 2,
      annual: 104,
    });
    for (const line of [
      atHalf('15.25', 30),
      atHalf('0.01', 30),
      atHalf('0.27', 10, { sharedBy: 3 }),
    ])
      expect(linePence(line, card)).toEqual(decimalPence(line, card));
  });

  it('leaves a half penny reached through an endless division to the decimals [H23.10]', () => {
    const card = { ...base, weeksPerYear: '52' };
    // 1p an hour for 10 minutes on Monday and on each day of the weekend: a sixth and a
    // third of a penny, half a penny together, but neither ends as a decimal.
    const line = {
      id: 'l1',
      kind: 'visits',
      domain: 'personal-care',
      activity: 'Support',
      resource: 'registered-provider',
      agreedRate: { hourly: '0.01' },
      minutes: 10,
      visitsPerDay: 1,
      workers: 1,
      period: 'day',
      days: ['mon', 'sat', 'sun'],
    } as NeedLine;
    expect(linePence(line, card)).toBeNull();
    // Fifteen minutes on Monday and Saturday is half a penny through quarters that end: 1p.
    const quarters = { ...line, minutes: 15, days: ['mon', 'sat'] } as NeedLine;
    expect(linePence(quarters, card)).toEqual({ weekly: 1, annual: 52 });
    expect(linePence(quarters, card)).toEqual(decimalPence(quarters, card));
  });

  it('prices an expense by its frequency as the decimal pricing does [H23.11]', () => {
    fc.assert(
      fc.property(
        cardArbitrary,
        moneyText,
        fc.constantFrom(...FREQUENCIES),
        (card, amount, frequency) => {
          const fast = amountPence(penceOf(parseMoney(amount)), frequency, card);
          const slow = priceByFrequency(amount, frequency, weeksPerYearOf(card));
          if (fast === null) return;
          expect(fast).toEqual({
            weekly: pence(slow.weekly),
            annual: pence(slow.annual),
            oneOff: pence(slow.oneOff),
          });
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

const budgetOnCard = fc
  .record({
    lines: fc.array(lineArbitrary, { maxLength: 12 }),
    expenses: fc.array(
      fc.record({
        domain: fc.option(fc.constantFrom(...DOMAINS), { nil: undefined }),
        amount: moneyText,
        frequency: fc.constantFrom(...FREQUENCIES),
        kind: fc.constantFrom('expense' as const, 'investment' as const),
      }),
      { maxLength: 4 },
    ),
    comparatorAnnual: fc.option(moneyText, { nil: undefined }),
  })
  .map(({ lines, expenses, comparatorAnnual }): Budget =>
    budget({
      rateCard: base.id,
      carers: [{ id: 'c1', name: 'Sam', age: 50, ownHealthCondition: false, willingAndAble: true }],
      lines: lines.map((line, index) => ({
        ...line,
        id: `l${index}`,
        ...(line.resource === 'unpaid-carer' ? { carer: 'c1', workers: 1 } : {}),
      })),
      expenses: expenses.map(({ domain, ...expense }, index) => ({
        ...expense,
        ...(domain === undefined ? {} : { domain }),
        id: `e${index}`,
        description: 'Expense',
      })),
      ...(comparatorAnnual === undefined
        ? {}
        : { plan: { start: '2025-04-01', end: '2026-03-31', comparatorAnnual } }),
    }),
  );

describe("a caseload entry's money in whole pence", () => {
  it('is the decimal entry money, field for field and in the same order [H23.12]', () => {
    let answered = 0;
    let asked = 0;
    fc.assert(
      fc.property(cardArbitrary, budgetOnCard, (card, made) => {
        const priced = priceOnCard(made, card, { asOf: '2025-06-01' });
        if (!priced.ok) return;
        asked++;
        const fast = entryMoneyInPence(priced.value);
        if (fast === null) return;
        answered++;
        const slow = entryMoneyInDecimals(priced.value);
        expect(fast).toEqual(slow);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
      }),
      { numRuns: 400 },
    );
    console.log(`entries answered in whole pence: ${answered} of ${asked}`);
    expect(answered / asked).toBeGreaterThan(0.6);
  }, 120_000);

  it('answers for every budget of the caseload generator, as the decimals do [H23.13]', () => {
    const card = base;
    let index = 0;
    for (const made of budgetStream({ count: 300, seed: 9, rateCard: card, linesPerBudget: 20 })) {
      const priced = priceOnCard(made, card, { asOf: card.validFrom });
      if (!priced.ok) throw new Error(`generated budget ${index} did not price`);
      const fast = entryMoneyInPence(priced.value);
      expect(fast).not.toBeNull();
      expect(JSON.stringify(fast)).toBe(JSON.stringify(entryMoneyInDecimals(priced.value)));
      const entry = priceCaseloadBudget(made, card, `${index++}.json`, { asOf: card.validFrom });
      expect(entry.ok && entry.value.totals).toEqual(fast?.totals);
    }
  }, 120_000);
});
