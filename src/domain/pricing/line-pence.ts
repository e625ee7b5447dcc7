/**
 * A line's weekly and annual cost in whole pence, worked out in integers: a fast path for
 * a caseload of 200,000 budgets, where decimals are most of what pricing costs. It gives
 * exactly the pence `priceLine` gives (line.ts; docs/pricing-rules.md rules 1 to 9, 17
 * and 18): each line's week is held as an exact fraction of a penny, `N ÷ D`, and each
 * rounding is an integer division whose remainder decides the half-up rule.
 *
 * It answers null whenever it cannot be sure, and the caller then prices in decimals:
 * a figure or product beyond a safe integer, a text that is not in the card's form, a
 * provider the card lacks, and the one case where decimals themselves are not exact: a
 * week exactly on a half-penny reached through a division that does not end (a third of a
 * penny, a week shared by three), which decimal.js carries to 40 digits and may round
 * either side of the half.
 */
import { isWeekend, DAYS } from '../days';
import { penceOfText } from '../pence';
import type { AgreedFigure, Frequency, NeedLine } from '../schema/budget';
import type { RateCard, Rates } from '../schema/rate-card';
import { perCard } from './per-card';

export interface LinePence {
  readonly weekly: number;
  readonly annual: number;
}

export interface AmountPence extends LinePence {
  readonly oneOff: number;
}

/**
 * How a line is priced: as it is; at the card's rates, without its agreed figure (rule
 * 17); or as a registered provider's line at the standard rates (the traditional
 * package, rule 15), which keeps the line's workers, days, sharing and frequency.
 */
export type LineBasis = 'own' | 'card-rates' | 'standard-provider';

/** A decimal text of up to four places as an exact fraction: "52.143" is 52143 ÷ 1000. */
interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

/** Rates in whole units of `1 ÷ scale` of a penny: a PA's pay times the on-costs stays whole. */
interface ScaledRates {
  readonly day: { readonly weekday: number; readonly weekend: number };
  readonly night: { readonly weekday: number; readonly weekend: number };
  readonly sleepIn: number;
  readonly scale: number;
}

interface CardInPence {
  /** Weeks a year as a fraction in lowest terms. */
  readonly weeks: Fraction;
  /** `1 + Σ on-costs ÷ 100` in lowest terms: what a PA's pay is multiplied by. */
  readonly onCosts: Fraction;
  readonly standard: ScaledRates | null;
  readonly pay: ScaledRates | null;
  readonly providers: ReadonlyMap<string, ScaledRates | null>;
  readonly employerCosts: readonly (AmountPence | null)[] | null;
}

const DECIMAL = /^(\d{1,9})(?:\.(\d{1,4}))?$/;

function fractionOf(text: string): Fraction | null {
  const match = DECIMAL.exec(text);
  if (match === null) return null;
  const places = match[2] ?? '';
  return lowest(Number(`${match[1] as string}${places}`), 10 ** places.length);
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function lowest(numerator: number, denominator: number): Fraction {
  const common = gcd(numerator, denominator) || 1;
  return { numerator: numerator / common, denominator: denominator / common };
}

/** `a × b`, or NaN when the product is not a safe integer, so every later step fails too. */
function times(a: number, b: number): number {
  const product = a * b;
  return Number.isSafeInteger(product) ? product : Number.NaN;
}

function scaled(rates: Rates, factor: Fraction): ScaledRates | null {
  const figure = (text: string) => {
    const pence = penceOfText(text);
    return pence === null || pence < 0 ? Number.NaN : times(pence, factor.numerator);
  };
  const result = {
    day: { weekday: figure(rates.day.weekday), weekend: figure(rates.day.weekend) },
    night: { weekday: figure(rates.night.weekday), weekend: figure(rates.night.weekend) },
    sleepIn: figure(rates.sleepIn),
    scale: factor.denominator,
  };
  const all = [result.day.weekday, result.day.weekend, result.night.weekday];
  return [...all, result.night.weekend, result.sleepIn].every(Number.isSafeInteger) ? result : null;
}

const ONE: Fraction = { numerator: 1, denominator: 1 };

const cardInPence = perCard((card: RateCard): CardInPence | null => {
  const weeks = fractionOf(card.weeksPerYear);
  let percent: Fraction = { numerator: 0, denominator: 1 };
  for (const cost of card.personalAssistant.onCosts) {
    const part = fractionOf(cost.percent);
    if (part === null) return null;
    // Every denominator is a power of ten up to 10,000, so the larger one holds both.
    const denominator = Math.max(percent.denominator, part.denominator);
    percent = {
      numerator:
        percent.numerator * (denominator / percent.denominator) +
        part.numerator * (denominator / part.denominator),
      denominator,
    };
  }
  if (weeks === null || weeks.numerator === 0) return null;
  const hundredths = percent.denominator * 100;
  const onCosts = lowest(hundredths + percent.numerator, hundredths);
  const employerCosts = card.personalAssistant.employerCosts.map((cost) =>
    amountInPence(penceOfText(cost.amount), cost.per, weeks),
  );
  return {
    weeks,
    onCosts,
    standard: scaled(card.registeredProvider.standard, ONE),
    pay: scaled(card.personalAssistant.pay, onCosts),
    providers: new Map(
      card.registeredProvider.providers.map((provider) => [
        provider.id,
        scaled(provider.rates, ONE),
      ]),
    ),
    employerCosts,
  };
});

/**
 * `round(numerator ÷ denominator)` half-up; null past safe integers. A number, not an
 * object with the half beside it: this runs for every line of a caseload, and `isHalf`
 * answers the rare question apart.
 */
function roundHalfUp(numerator: number, denominator: number): number | null {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) return null;
  if (numerator < 0 || denominator <= 0) return null;
  const remainder = numerator % denominator;
  const whole = (numerator - remainder) / denominator;
  return remainder * 2 >= denominator ? whole + 1 : whole;
}

/** Whether `numerator ÷ denominator`, which `roundHalfUp` has rounded, was exactly on a half. */
function isHalf(numerator: number, denominator: number): boolean {
  return (numerator % denominator) * 2 === denominator;
}

/**
 * Whether `numerator ÷ denominator` ends as a decimal within places decimal.js holds
 * exactly: its lowest denominator has no prime factor but 2 and 5, and few of those.
 */
function endsExactly(numerator: number, denominator: number): boolean {
  let rest = denominator / (gcd(numerator, denominator) || 1);
  let twos = 0;
  let fives = 0;
  while (rest % 2 === 0) {
    rest /= 2;
    twos++;
  }
  while (rest % 5 === 0) {
    rest /= 5;
    fives++;
  }
  return rest === 1 && Math.max(twos, fives) <= 20;
}

/** The rate table and agreed figure a line is priced from, as `lineRates` chooses them (rates.ts). */
function ratesFor(
  line: NeedLine,
  card: CardInPence,
  basis: LineBasis,
): ScaledRates | null | 'unpaid' {
  if (basis === 'standard-provider') return card.standard;
  const agreed = basis === 'own';
  switch (line.resource) {
    case 'registered-provider': {
      if (agreed && line.agreedRate !== undefined)
        return withAgreed(card.standard, line.agreedRate, ONE);
      if (line.provider === undefined) return card.standard;
      return card.providers.get(line.provider) ?? null;
    }
    case 'personal-assistant':
      return agreed && line.agreedPay !== undefined
        ? withAgreed(card.pay, line.agreedPay, card.onCosts)
        : card.pay;
    case 'unpaid-carer':
    case 'community':
      return 'unpaid';
  }
}

/** Rule 17: an agreed hourly figure replaces every hourly rate, an agreed nightly one the sleep-in. */
function withAgreed(
  table: ScaledRates | null,
  agreed: AgreedFigure,
  factor: Fraction,
): ScaledRates | null {
  if (table === null) return null;
  const figure = (text: string) => {
    const pence = penceOfText(text);
    return pence === null || pence < 0 ? Number.NaN : times(pence, factor.numerator);
  };
  const hourly = agreed.hourly === undefined ? null : figure(agreed.hourly);
  const byDay = hourly === null ? null : { weekday: hourly, weekend: hourly };
  const sleepIn = agreed.perNight === undefined ? table.sleepIn : figure(agreed.perNight);
  if (!Number.isSafeInteger(hourly ?? 0) || !Number.isSafeInteger(sleepIn)) return null;
  return {
    day: byDay ?? table.day,
    night: byDay ?? table.night,
    sleepIn,
    scale: table.scale,
  };
}

const ZERO: LinePence = { weekly: 0, annual: 0 };

/** The line's weekly and annual pence, exactly as `priceLine` rounds them; null to price in decimals. */
export function linePence(
  line: NeedLine,
  card: RateCard,
  basis: LineBasis = 'own',
): LinePence | null {
  const inPence = cardInPence(card);
  if (inPence === null) return null;
  const rates = ratesFor(line, inPence, basis);
  if (rates === 'unpaid') return ZERO;
  if (rates === null) return null;
  const sharedBy = line.sharedBy ?? 1;
  let week: number;
  // Whether every step decimal.js takes before the rounding is exact.
  let exact: boolean;
  if (line.kind === 'visits') {
    const eachDay = line.minutes * line.visitsPerDay * line.workers;
    let weekdays = 0;
    let weekend = 0;
    for (const day of DAYS) {
      if (!line.days.includes(day)) continue;
      if (isWeekend(day)) weekend++;
      else weekdays++;
    }
    const table = rates[line.period];
    const onWeekdays = times(table.weekday, eachDay * weekdays);
    const onWeekend = times(table.weekend, eachDay * weekend);
    // Each step is rate × minutes ÷ 60: exact as a decimal when its thirds come out whole.
    exact = onWeekdays % 3 === 0 && onWeekend % 3 === 0;
    week = onWeekdays + onWeekend;
  } else {
    week = times(rates.sleepIn, times(line.days.length * line.workers, 60));
    exact = true;
  }
  // The week in pence is week ÷ (60 × scale × sharedBy).
  const over = times(60 * rates.scale, sharedBy);
  if (!Number.isSafeInteger(week) || !Number.isSafeInteger(over) || over <= 0) return null;
  return costsOf(week, over, line, inPence.weeks, exact && endsExactly(week, over));
}

function costsOf(
  week: number,
  over: number,
  line: NeedLine,
  weeks: Fraction,
  exact: boolean,
): LinePence | null {
  const frequency = line.frequency;
  if (frequency?.weeksAYear !== undefined) {
    // Rule 9: the year is W × N, exact when W is; the week is the year over weeks a year.
    const year = times(week, frequency.weeksAYear);
    const weekOf = times(year, weeks.denominator);
    const weekOver = times(over, weeks.numerator);
    const annual = roundHalfUp(year, over);
    const weekly = roundHalfUp(weekOf, weekOver);
    if (annual === null || weekly === null) return null;
    if ((isHalf(weekOf, weekOver) || isHalf(year, over)) && !exact) return null;
    return { weekly, annual };
  }
  // One week in N is W ÷ N; the year is the rounded week times weeks a year, from pence.
  const weekOver = times(over, frequency?.everyWeeks ?? 1);
  const weekly = roundHalfUp(week, weekOver);
  if (weekly === null || (isHalf(week, weekOver) && !exact)) return null;
  const annual = roundHalfUp(times(weekly, weeks.numerator), weeks.denominator);
  return annual === null ? null : { weekly, annual };
}

/** An expense or employer cost by its frequency (rule 6), as `priceByFrequency` rounds it. */
function amountInPence(
  amount: number | null,
  frequency: Frequency,
  weeks: Fraction,
): AmountPence | null {
  if (amount === null || amount < 0) return null;
  switch (frequency) {
    case 'weekly': {
      const annual = roundHalfUp(times(amount, weeks.numerator), weeks.denominator);
      return annual === null ? null : { weekly: amount, annual, oneOff: 0 };
    }
    case 'monthly': {
      const annual = amount * 12;
      const weekly = roundHalfUp(times(annual, weeks.denominator), weeks.numerator);
      return weekly === null ? null : { weekly, annual, oneOff: 0 };
    }
    case 'annual': {
      const weekly = roundHalfUp(times(amount, weeks.denominator), weeks.numerator);
      return weekly === null ? null : { weekly, annual: amount, oneOff: 0 };
    }
    case 'one-off':
      return { weekly: 0, annual: 0, oneOff: amount };
  }
}

/** An expense of so many pence on the card's weeks a year (rule 6); null beyond the fast path. */
export function amountPence(
  amount: number | null,
  frequency: Frequency,
  card: RateCard,
): AmountPence | null {
  const inPence = cardInPence(card);
  return inPence === null ? null : amountInPence(amount, frequency, inPence.weeks);
}

/** The card's PA employer costs in pence, in the card's order; null when any is beyond the fast path. */
export function employerCostsPence(card: RateCard): readonly AmountPence[] | null {
  const costs = cardInPence(card)?.employerCosts ?? null;
  return costs === null || costs.some((cost) => cost === null)
    ? null
    : (costs as readonly AmountPence[]);
}

/** A weekly amount's year on the card (rule 7), half-up: a setting's fee, say. */
export function annualOfWeekly(weekly: number, card: RateCard): number | null {
  const weeks = cardInPence(card)?.weeks;
  if (weeks === undefined) return null;
  return roundHalfUp(times(weekly, weeks.numerator), weeks.denominator);
}
