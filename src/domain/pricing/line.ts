/** The weekly and annual cost of one need line (pricing rules 1, 3, 4, 5 and 8). */
import type Decimal from 'decimal.js';
import { DAYS, isWeekend, type Day } from '../days';
import {
  minutesADay,
  minutesAWeek,
  minutesToHours,
  ZERO_HOURS,
  type Hours,
  type Minutes,
} from '../hours';
import { Dec, roundToPenny, ZERO_MONEY, type Money } from '../money';
import type { NeedLine, SleepInLine, VisitsLine } from '../schema/budget';
import type { RateCard } from '../schema/rate-card';
import {
  costsByFrequency,
  describeFrequency,
  hoursByFrequency,
  type FrequencyDescription,
} from './frequency';
import { perCard, weeksPerYearOf } from './per-card';
import { hourlyRate, lineRates } from './rates';

/** One step of the working: `quantity × rate = amount`, over some of the line's days. */
export interface Segment {
  readonly days: readonly Day[];
  readonly unit: 'hour' | 'night';
  /** Hours (exact) or nights in the week on these days. */
  readonly quantity: Decimal;
  /** The card's figure, before any PA on-costs. */
  readonly baseRate: Decimal;
  readonly rate: Decimal;
  /** Exact: rounding happens once, on the line's weekly sum. */
  readonly amount: Decimal;
}

export interface PricedLine {
  readonly line: NeedLine;
  readonly frequency: FrequencyDescription;
  /** Whole minutes of support in a week the line comes, counting every worker; 0 for a sleep-in. */
  readonly minutes: Minutes;
  /** Hours a week on average (rule 9): the minutes' hours for a line that comes every week. */
  readonly hours: Hours;
  /** Nights a week for a sleep-in line, counting every worker; 0 for visits. */
  readonly nights: number;
  readonly segments: readonly Segment[];
  /** How many people share the line's workers (rule 18); 1 when the person has them alone. */
  readonly sharedBy: number;
  /** The exact sum of the segments: a week of the line before it is shared. */
  readonly exactUnshared: Decimal;
  /**
   * W, the exact cost of a week in which the line comes, before its one rounding: the
   * segments' sum divided by `sharedBy`. Shown in the working.
   */
  readonly exactWeekly: Decimal;
  readonly weekly: Money;
  readonly annual: Money;
}

/** The exact weekly sum of a line with no paid steps. */
const ZERO_EXACT = new Dec(0);

/**
 * Every line of a budget priced. Lines and cards are never changed once made (every edit
 * makes a new object), so a line of an earlier pricing on the same card is still priced:
 * given one, editing one line of 300 re-prices only that line. Matched by position first,
 * the usual case, and by identity when lines were added or removed before it.
 */
export function priceLines(
  lines: readonly NeedLine[],
  card: RateCard,
  weeksPerYear: Decimal,
  earlier?: { readonly card: RateCard; readonly lines: readonly PricedLine[] },
): PricedLine[] {
  const before = earlier?.card === card ? earlier.lines : [];
  let byLine: Map<NeedLine, PricedLine> | undefined;
  return lines.map((line, index) => {
    const same = before[index];
    if (same?.line === line) return same;
    if (before.length > 0) {
      byLine ??= new Map(before.map((priced) => [priced.line, priced]));
      const moved = byLine.get(line);
      if (moved !== undefined) return moved;
    }
    return priceLineByShape(line, card, weeksPerYear);
  });
}

/**
 * The fields of a line that its price is worked out from; every other field (its id, area
 * of life, activity, carer, assistant, dates, outcomes, who agreed a figure) changes where
 * the line counts, never what it costs or its hours.
 */
export const PRICED_FIELDS = [
  'kind',
  'resource',
  'provider',
  'workers',
  'days',
  'minutes',
  'visitsPerDay',
  'period',
  'frequency',
  'agreedRate',
  'agreedPay',
  'sharedBy',
] as const satisfies readonly (keyof VisitsLine)[];

/** A line's `PRICED_FIELDS` as one text: two lines with the same shape have the same price. */
export function lineShape(line: NeedLine): string {
  const visits =
    line.kind === 'visits' ? `${line.minutes} ${line.visitsPerDay} ${line.period}` : '';
  const frequency = line.frequency;
  const often = `${frequency?.everyWeeks ?? ''} ${frequency?.weeksAYear ?? ''}`;
  const rate = line.agreedRate;
  const pay = line.agreedPay;
  const agreed = `${rate?.hourly ?? ''} ${rate?.perNight ?? ''} ${pay?.hourly ?? ''} ${pay?.perNight ?? ''}`;
  return `${line.kind}|${line.resource}|${line.provider ?? ''}|${line.workers}|${line.days.join(' ')}|${visits}|${often}|${agreed}|${line.sharedBy ?? ''}`;
}

/**
 * Each card's lines priced, kept by shape. A caseload's budgets repeat the same lines (half
 * an hour twice a day, seven days a week), so 200,000 budgets of 20 lines hold far fewer
 * shapes than lines; each shape is priced once. Capped, so memory stays small whatever a
 * caseload holds; past the cap a new shape is priced each time, as before.
 */
const SHAPES_KEPT = 20_000;
const shapesOfCard = perCard((): Map<string | number, PricedLine> => new Map());

/** Each provider of a card as a small number, from 1; 0 is a line without one. */
const providerNumbers = perCard(
  (card: RateCard): ReadonlyMap<string, number> =>
    new Map(card.registeredProvider.providers.map((provider, index) => [provider.id, index + 1])),
);

const DAY_BITS: Readonly<Partial<Record<string, number>>> = Object.fromEntries(
  DAYS.map((day, index) => [day, 1 << index]),
);

const RESOURCE_NUMBERS: Readonly<Record<NeedLine['resource'], number>> = {
  'registered-provider': 0,
  'personal-assistant': 1,
  'unpaid-carer': 2,
  community: 3,
};

/** A whole number below `limit`, or NaN so the key is refused. */
function field(value: number | undefined, limit: number): number {
  const number = value ?? 0;
  return Number.isInteger(number) && number >= 0 && number < limit ? number : Number.NaN;
}

/**
 * The shape of the commonest lines as one number rather than text (`lineShape`): a line
 * with no agreed figure that comes every week, its priced fields packed into 44 bits
 * (kind, resource, the provider's place on the card, workers, the days as seven bits,
 * minutes, visits a day, period and sharing). Null for any other line, or a field past
 * its bits, which is then kept by its text. Two lines with the same number have the same
 * `lineShape` but for the order of their days, which their price does not depend on.
 */
export function lineShapeNumber(line: NeedLine, card: RateCard): number | null {
  if (line.frequency !== undefined || line.agreedRate !== undefined) return null;
  if (line.agreedPay !== undefined) return null;
  let days = 0;
  for (const day of line.days) {
    const bit = DAY_BITS[day];
    // A day named twice, or not a day, is priced by its text.
    if (bit === undefined || (days & bit) !== 0) return null;
    days |= bit;
  }
  // A provider the card lacks has no number (and is refused before pricing anyway).
  const provider =
    line.provider === undefined ? 0 : (providerNumbers(card).get(line.provider) ?? Number.NaN);
  const visits = line.kind === 'visits';
  // Each field times the room left by those after it: a mixed-radix number, exact below 2^53.
  let key = visits ? 0 : 1;
  key = key * 4 + RESOURCE_NUMBERS[line.resource];
  key = key * 256 + field(provider, 256);
  key = key * 16 + field(line.workers, 16);
  key = key * 128 + days;
  key = key * 2048 + (visits ? field(line.minutes, 2048) : 0);
  key = key * 64 + (visits ? field(line.visitsPerDay, 64) : 0);
  key = key * 2 + (visits && line.period === 'night' ? 1 : 0);
  key = key * 16 + field(line.sharedBy, 16);
  return Number.isNaN(key) ? null : key;
}

export function priceLineByShape(
  line: NeedLine,
  card: RateCard,
  weeksPerYear: Decimal,
): PricedLine {
  // Kept only when priced on the card's own weeks a year, as every budget is.
  if (weeksPerYear !== weeksPerYearOf(card)) return priceLine(line, card, weeksPerYear);
  const shapes = shapesOfCard(card);
  const shape = lineShapeNumber(line, card) ?? lineShape(line);
  const kept = shapes.get(shape);
  if (kept !== undefined) return kept.line === line ? kept : { ...kept, line };
  const priced = priceLine(line, card, weeksPerYear);
  if (shapes.size < SHAPES_KEPT) shapes.set(shape, priced);
  return priced;
}

export function priceLine(line: NeedLine, card: RateCard, weeksPerYear: Decimal): PricedLine {
  const priced = line.kind === 'visits' ? priceVisits(line, card) : priceSleepIn(line, card);
  const frequency = describeFrequency(line.frequency);
  const hours = hoursByFrequency(priced.hours, frequency, weeksPerYear);
  const [first, ...others] = priced.segments;
  let sum = first?.amount ?? ZERO_EXACT;
  for (const segment of others) sum = sum.plus(segment.amount);
  const sharedBy = line.sharedBy ?? 1;
  const shared = { sharedBy, exactUnshared: sum };
  if (first === undefined) {
    return {
      line,
      frequency,
      ...priced,
      hours,
      ...shared,
      exactWeekly: sum,
      weekly: ZERO_MONEY,
      annual: ZERO_MONEY,
    };
  }
  // Rule 18: a shared week is divided before anything is rounded; rule 9 then spreads it.
  const week = sharedBy === 1 ? sum : sum.div(sharedBy);
  return {
    line,
    frequency,
    ...priced,
    hours,
    ...shared,
    exactWeekly: week,
    ...costsByFrequency(week, frequency, weeksPerYear),
  };
}

type Unpriced = Omit<
  PricedLine,
  'line' | 'frequency' | 'sharedBy' | 'exactUnshared' | 'exactWeekly' | 'weekly' | 'annual'
>;

/** Minutes × visits a day × workers on each day, at that day's rate (rule 3). */
function priceVisits(line: VisitsLine, card: RateCard): Unpriced {
  const eachDay = minutesADay(line);
  const minutes = minutesAWeek(line);
  const hours = minutesToHours(minutes);
  const rates = lineRates(line, card);
  if (rates === null) return { minutes, hours, nights: 0, segments: [] };
  // Weekdays share one rate and weekend days another, so two steps show all the working.
  const steps = [weekdays(line.days), weekendDays(line.days)].filter((days) => days.length > 0);
  const segments = steps.map((days): Segment => {
    const first = days[0] as Day;
    const segmentMinutes = eachDay * days.length;
    const rate = hourlyRate(rates.charged, line.period, first);
    // Multiply before dividing by 60 so the amount stays exact wherever it can.
    const amount = rate.times(segmentMinutes).div(60);
    const quantity = minutesToHours(segmentMinutes as Minutes);
    return {
      days,
      unit: 'hour',
      quantity,
      baseRate: hourlyRate(rates.base, line.period, first),
      rate,
      amount,
    };
  });
  return { minutes, hours, nights: 0, segments };
}

/** Nights × workers × the sleep-in allowance (rule 4); no hours are counted. */
function priceSleepIn(line: SleepInLine, card: RateCard): Unpriced {
  const nights = line.days.length * line.workers;
  const rates = lineRates(line, card);
  const base = { minutes: 0 as Minutes, hours: ZERO_HOURS, nights };
  if (rates === null) return { ...base, segments: [] };
  const baseRate = rates.base.sleepIn;
  const rate = rates.charged.sleepIn;
  const days = DAYS.filter((day) => line.days.includes(day));
  const segment: Segment = {
    days,
    unit: 'night',
    quantity: new Dec(nights),
    baseRate,
    rate,
    amount: rate.times(nights),
  };
  return { ...base, segments: [segment] };
}

function weekdays(days: readonly Day[]): Day[] {
  return DAYS.filter((day) => !isWeekend(day) && days.includes(day));
}

function weekendDays(days: readonly Day[]): Day[] {
  return DAYS.filter((day) => isWeekend(day) && days.includes(day));
}

/**
 * What an hour of a line costs the budget, to the penny: a PA's pay with the card's
 * on-costs, a provider's rate as it is. Null when the line has no one hourly rate: its
 * weekday and weekend rates differ, it is a sleep-in (priced a night), or it is unpaid.
 */
export function oneHourlyCharge(priced: PricedLine): Money | null {
  const hourly = priced.segments.filter((segment) => segment.unit === 'hour');
  if (hourly.length === 0 || hourly.length !== priced.segments.length) return null;
  const [first, ...others] = hourly.map((segment) => roundToPenny(segment.rate));
  if (first === undefined || others.some((rate) => !rate.eq(first))) return null;
  return first;
}
