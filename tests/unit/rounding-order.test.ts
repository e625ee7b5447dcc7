/**
 * Every amount worked out from minutes is rate × minutes / 60, rounded once, half-up to
 * the penny. Checked against whole-number arithmetic (pennies × minutes, then one
 * division by 60 with its remainder), over rates and minutes chosen so that half of them
 * land exactly on a half penny: the one place where dividing before multiplying (minutes
 * to hours first) shows, as 0.4999… rounds down where 0.5 rounds up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessCarers } from '../../src/domain/carer-burden';
import { Dec } from '../../src/domain/money';
import { priceLine } from '../../src/domain/pricing/line';
import type { RateCard, Rates } from '../../src/domain/schema/rate-card';
import { budget, carer, loadCard, visits } from '../helpers/builders';

const base = loadCard('tests/fixtures/rate-cards/half-penny-relief.json');

/** Pennies as two-decimal text: 71n → "0.71". */
const penniesText = (pennies: bigint): string =>
  `${pennies / 100n}.${(pennies % 100n).toString().padStart(2, '0')}`;

/** rate × minutes / 60 in whole pennies, half-up: the answer worked by hand. */
function byHand(ratePennies: number, minutes: number): string {
  const scaled = BigInt(ratePennies) * BigInt(minutes);
  const whole = scaled / 60n;
  const remainder = scaled % 60n;
  return penniesText(remainder * 2n >= 60n ? whole + 1n : whole);
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * A rate (in pennies) at which these minutes cost exactly a half penny over a whole one,
 * or undefined when no rate can (when 4 divides the minutes, pennies × minutes / 60 never
 * ends in a half).
 */
function halfPennyRate(minutes: number, step: number): number | undefined {
  for (let first = 1; first <= 60; first++) {
    if ((first * minutes) % 60 === 30) return first + step * (60 / gcd(minutes, 60));
  }
  return undefined;
}

const MAX_RATE_PENNIES = 99_999_999;

const anyCase = fc.record({
  minutes: fc.integer({ min: 1, max: 1440 }),
  rate: fc.integer({ min: 1, max: MAX_RATE_PENNIES }),
});
const tieCase = fc
  .record({
    minutes: fc.integer({ min: 1, max: 1440 }),
    step: fc.integer({ min: 0, max: 100_000 }),
  })
  .map(({ minutes, step }) => ({ minutes, rate: halfPennyRate(minutes, step) }))
  .filter((pair): pair is { minutes: number; rate: number } => pair.rate !== undefined);
const cases = fc.oneof(tieCase, anyCase);

/** The test card with one weekday day rate for both paid resources. */
function cardAt(ratePennies: number): RateCard {
  const rate = penniesText(BigInt(ratePennies));
  const withRate = (rates: Rates): Rates => ({ ...rates, day: { ...rates.day, weekday: rate } });
  return {
    ...base,
    registeredProvider: {
      ...base.registeredProvider,
      standard: withRate(base.registeredProvider.standard),
    },
    personalAssistant: { ...base.personalAssistant, pay: withRate(base.personalAssistant.pay) },
  };
}

describe('an amount worked out from minutes', () => {
  it('is the ties the audit found: 26 minutes at £1.65 is £0.72, 65 minutes at £23.34 is £25.29', () => {
    expect(byHand(165, 26)).toBe('0.72');
    expect(byHand(2334, 65)).toBe('25.29');
    expect(halfPennyRate(26, 0)).toBeDefined();
    expect(halfPennyRate(4, 0)).toBeUndefined();
  });

  it('moving a carer’s minutes to paid support costs rate × minutes / 60, rounded once [H6.6]', () => {
    fc.assert(
      fc.property(cases, ({ minutes, rate }) => {
        const plan = budget({
          rateCard: base.id,
          carers: [carer({ willingAndAble: false })],
          lines: [visits({ resource: 'unpaid-carer', carer: 'c1', minutes, days: ['mon'] })],
        });
        const [burden] = assessCarers(plan, cardAt(rate));
        const flag = burden?.flags.find((found) => found.id === 'carer-not-willing');
        expect(flag?.relief.paWeekly.toFixed(2)).toBe(byHand(rate, minutes));
        expect(flag?.relief.providerWeekly.toFixed(2)).toBe(byHand(rate, minutes));
      }),
      { numRuns: 1000 },
    );
  });

  it('a paid line costs rate × minutes / 60, rounded once [H6.7]', () => {
    fc.assert(
      fc.property(cases, ({ minutes, rate }) => {
        const card = cardAt(rate);
        const weeks = new Dec(card.weeksPerYear);
        for (const resource of ['registered-provider', 'personal-assistant'] as const) {
          const priced = priceLine(visits({ resource, minutes, days: ['mon'] }), card, weeks);
          expect(priced.weekly.toFixed(2), resource).toBe(byHand(rate, minutes));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
