/**
 * The inverse of the PA rate (pricing rule 2), for a council that funds a direct payment at
 * an hourly rate: the highest hourly pay that rate allows for given hours a week, after the
 * card's on-costs and its PA employer costs. Worked to the penny the way the budget would
 * price the result: pay × (1 + on-costs) × hours is rounded once a week (rule 3), the
 * employer costs are the rounded weekly amounts of rule 6, and the funding is the rate ×
 * the hours, rounded once. The pay found fits; a penny more would not.
 */
import type Decimal from 'decimal.js';
import { Dec, roundToPenny, sumMoney, subtractMoney, type Money } from '../money';
import type { RateCard } from '../schema/rate-card';
import { employerCostsOf, type PricedAmount } from './amounts';
import { paOnCostFactor, paOnCostPercent } from './rates';

const PENNY = new Dec('0.01');

export interface PaPayInputs {
  /** The direct payment's hourly rate, as two-decimal money text. */
  readonly rate: string;
  /** Hours a week, as decimal text ("16", "37.5"). */
  readonly hours: string;
}

export interface PaPayCheck {
  readonly pay: Money;
  /** pay × on-cost factor × hours, exact, then rounded once. */
  readonly exactWeekly: Decimal;
  readonly payWeekly: Money;
  /** payWeekly + the employer costs a week. */
  readonly totalWeekly: Money;
}

export interface PaPay {
  readonly rate: Money;
  readonly hours: Decimal;
  /** rate × hours, rounded once: what the direct payment funds a week. */
  readonly funded: Money;
  /** The card's recurring employer costs, each as a rounded weekly amount; one-off ones are left out. */
  readonly employerCosts: readonly PricedAmount[];
  readonly employerWeekly: Money;
  /** funded − employer costs: what is left for pay and its on-costs. */
  readonly left: Money;
  readonly onCostPercent: Decimal;
  readonly factor: Decimal;
  /** left ÷ (hours × factor), exact: the pay before it is brought down to a penny that fits. */
  readonly exactPay: Decimal;
  /** The highest pay that fits, with its check; null when the employer costs use up the funding. */
  readonly highest: PaPayCheck | null;
  /** The same check a penny higher: over the funding. */
  readonly nextPenny: PaPayCheck | null;
  /** The card's pay floor, and whether the highest pay reaches it; null without a floor. */
  readonly floor: { readonly amount: Money; readonly reached: boolean } | null;
}

export function highestPaPay(inputs: PaPayInputs, card: RateCard): PaPay {
  const rate = roundToPenny(new Dec(inputs.rate));
  const hours = new Dec(inputs.hours);
  const funded = roundToPenny(rate.times(hours));
  const employerCosts = employerCostsOf(card).filter((cost) => cost.frequency !== 'one-off');
  const employerWeekly = sumMoney(employerCosts.map((cost) => cost.weekly));
  const left = subtractMoney(funded, employerWeekly);
  const factor = paOnCostFactor(card);
  const exactPay = left.div(hours.times(factor));
  const check = (pay: Decimal): PaPayCheck => {
    const exactWeekly = pay.times(factor).times(hours);
    const payWeekly = roundToPenny(exactWeekly);
    return {
      pay: pay as Money,
      exactWeekly,
      payWeekly,
      totalWeekly: payWeekly.plus(employerWeekly) as Money,
    };
  };
  const fits = (pay: Decimal) => check(pay).totalWeekly.lte(funded);
  let highest: Decimal | null = null;
  if (left.gt(0)) {
    // Down to the penny, then a step either way: the weekly rounding is half-up, so the
    // penny above the exact pay may still fit, and the one found may not.
    let pay = exactPay.toDecimalPlaces(2, Dec.ROUND_DOWN);
    while (fits(pay.plus(PENNY))) pay = pay.plus(PENNY);
    while (pay.gt(0) && !fits(pay)) pay = pay.minus(PENNY);
    highest = pay.gt(0) ? pay : null;
  }
  const floor = card.personalAssistant.payFloor;
  return {
    rate,
    hours,
    funded,
    employerCosts,
    employerWeekly,
    left,
    onCostPercent: paOnCostPercent(card),
    factor,
    exactPay,
    highest: highest === null ? null : check(highest),
    nextPenny: highest === null ? null : check(highest.plus(PENNY)),
    floor:
      floor === undefined
        ? null
        : { amount: roundToPenny(new Dec(floor)), reached: highest !== null && highest.gte(floor) },
  };
}

const RATE_TEXT = /^(0|[1-9]\d{0,8})(\.\d{1,2})?$/;
const HOURS_TEXT = /^\d{1,3}(\.\d{1,2})?$/;

/** The rate and hours as typed or given: which of them is wrong, or both as the calculator takes them. */
export function readPaPayInputs(
  rate: string,
  hours: string,
): { ok: true; value: PaPayInputs } | { ok: false; wrong: ('rate' | 'hours')[] } {
  const cleanRate = rate.trim().replace(/^£\s*/, '');
  const cleanHours = hours.trim();
  const wrong: ('rate' | 'hours')[] = [];
  if (!RATE_TEXT.test(cleanRate) || new Dec(cleanRate).lte(0)) wrong.push('rate');
  if (!HOURS_TEXT.test(cleanHours) || new Dec(cleanHours).lte(0) || new Dec(cleanHours).gt(168))
    wrong.push('hours');
  return wrong.length > 0
    ? { ok: false, wrong }
    : { ok: true, value: { rate: new Dec(cleanRate).toFixed(2), hours: cleanHours } };
}
