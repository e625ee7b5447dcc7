/** The weekly and annual cost of one need line (pricing rules 1, 3, 4, 5 and 8). */
import type Decimal from 'decimal.js';
import { DAYS, isWeekend, type Day } from '../days';
import { minutesToHours, ZERO_HOURS, type Hours, type Minutes } from '../hours';
import { Dec, roundToPenny, ZERO_MONEY, type Money } from '../money';
import type { NeedLine, SleepInLine, VisitsLine } from '../schema/budget';
import type { RateCard } from '../schema/rate-card';
import { hourlyRate, rateFactor, ratesFor } from './rates';

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
  /** Whole minutes of support a week, counting every worker; 0 for a sleep-in. */
  readonly minutes: Minutes;
  readonly hours: Hours;
  /** Nights a week for a sleep-in line, counting every worker; 0 for visits. */
  readonly nights: number;
  readonly segments: readonly Segment[];
  /** The sum of the segments before its one rounding: shown in the working. */
  readonly exactWeekly: Decimal;
  readonly weekly: Money;
  readonly annual: Money;
}

/**
 * Lines and cards are never changed once made (every edit makes a new object), so a line
 * priced on a card stays priced: editing one line of 300 re-prices only that one.
 */
const pricedByCard = new WeakMap<RateCard, WeakMap<NeedLine, PricedLine>>();

export function priceLine(line: NeedLine, card: RateCard, weeksPerYear: Decimal): PricedLine {
  let cache = pricedByCard.get(card);
  if (cache === undefined) {
    cache = new WeakMap();
    pricedByCard.set(card, cache);
  }
  let priced = cache.get(line);
  if (priced === undefined) {
    priced = priceLineNow(line, card, weeksPerYear);
    cache.set(line, priced);
  }
  return priced;
}

function priceLineNow(line: NeedLine, card: RateCard, weeksPerYear: Decimal): PricedLine {
  const priced = line.kind === 'visits' ? priceVisits(line, card) : priceSleepIn(line, card);
  let sum = new Dec(0);
  for (const segment of priced.segments) sum = sum.plus(segment.amount);
  const weekly = priced.segments.length === 0 ? ZERO_MONEY : roundToPenny(sum);
  return { line, ...priced, exactWeekly: sum, weekly, annual: roundToPenny(weekly.times(weeksPerYear)) };
}

type Unpriced = Omit<PricedLine, 'line' | 'exactWeekly' | 'weekly' | 'annual'>;

/** Minutes × visits a day × workers on each day, at that day's rate (rule 3). */
function priceVisits(line: VisitsLine, card: RateCard): Unpriced {
  const minutesADay = line.minutes * line.visitsPerDay * line.workers;
  const minutes = (minutesADay * line.days.length) as Minutes;
  const rates = ratesFor(line, card);
  if (rates === null) return { minutes, hours: minutesToHours(minutes), nights: 0, segments: [] };
  const factor = rateFactor(line, card);
  // Weekdays share one rate and weekend days another, so two steps show all the working.
  const segments = [weekdays(line.days), weekendDays(line.days)]
    .filter((days) => days.length > 0)
    .map((days): Segment => {
      const first = days[0] as Day;
      const baseRate = hourlyRate(rates, line.period, first);
      const rate = baseRate.times(factor);
      const segmentMinutes = minutesADay * days.length;
      // Multiply before dividing by 60 so the amount stays exact wherever it can.
      const amount = rate.times(segmentMinutes).div(60);
      return { days, unit: 'hour', quantity: new Dec(segmentMinutes).div(60), baseRate, rate, amount };
    });
  return { minutes, hours: minutesToHours(minutes), nights: 0, segments };
}

/** Nights × workers × the sleep-in allowance (rule 4); no hours are counted. */
function priceSleepIn(line: SleepInLine, card: RateCard): Unpriced {
  const nights = line.days.length * line.workers;
  const rates = ratesFor(line, card);
  const base = { minutes: 0 as Minutes, hours: ZERO_HOURS, nights };
  if (rates === null) return { ...base, segments: [] };
  const baseRate = new Dec(rates.sleepIn);
  const rate = baseRate.times(rateFactor(line, card));
  const days = DAYS.filter((day) => line.days.includes(day));
  const segment: Segment = { days, unit: 'night', quantity: new Dec(nights), baseRate, rate, amount: rate.times(nights) };
  return { ...base, segments: [segment] };
}

function weekdays(days: readonly Day[]): Day[] {
  return DAYS.filter((day) => !isWeekend(day) && days.includes(day));
}

function weekendDays(days: readonly Day[]): Day[] {
  return DAYS.filter((day) => isWeekend(day) && days.includes(day));
}
