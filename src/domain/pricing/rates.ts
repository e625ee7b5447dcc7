/** Which rate applies to a line (pricing rule 2), kept exact: nothing here rounds. */
import type Decimal from 'decimal.js';
import { isWeekend, type Day } from '../days';
import { Dec } from '../money';
import type { AgreedFigure, NeedLine } from '../schema/budget';
import type { RateCard, Rates } from '../schema/rate-card';
import { perCard } from './per-card';

export type Period = 'day' | 'night';

/** One rate table of a card as decimals: the card's figure and what a line is charged. */
export interface LineRates {
  /** The card's figures, before any PA on-costs. */
  readonly base: DecimalRates;
  /** The figures times the line's factor (the PA on-costs, or 1). */
  readonly charged: DecimalRates;
}

export interface DecimalRates {
  readonly day: { readonly weekday: Decimal; readonly weekend: Decimal };
  readonly night: { readonly weekday: Decimal; readonly weekend: Decimal };
  readonly sleepIn: Decimal;
}

const ONE = new Dec(1);

/** The PA on-costs added to pay, as one percentage: holiday pay, pension and the like. */
export function paOnCostPercent(card: RateCard): Decimal {
  let percent = new Dec(0);
  for (const cost of card.personalAssistant.onCosts) percent = percent.plus(cost.percent);
  return percent;
}

/** `pay × (1 + Σ on-cost percents / 100)`: what a PA hour or night costs the budget. */
export function paOnCostFactor(card: RateCard): Decimal {
  return paOnCostPercent(card).div(100).plus(1);
}

/**
 * Each card's rate tables, parsed and multiplied once. Cards are never changed once read
 * (an edit makes a new card), so what is worked out from one holds as long as it lives;
 * keyed by the card, not the table, since an edited card may share its tables with the old.
 * Without this, each of a budget's 300 lines would parse the same figures again.
 */
interface CardRates {
  personalAssistant: LineRates | undefined;
  readonly providers: Map<Rates, LineRates>;
}
const ratesOfCard = perCard((): CardRates => ({
  personalAssistant: undefined,
  providers: new Map(),
}));

/** The rates a paid line is priced from, or null for unpaid and community lines. */
export function lineRates(line: NeedLine, card: RateCard): LineRates | null {
  const cached = ratesOfCard(card);
  switch (line.resource) {
    case 'registered-provider': {
      if (line.agreedRate !== undefined)
        return agreedRates(line.agreedRate, card.registeredProvider.standard, ONE);
      const rates =
        line.provider === undefined
          ? card.registeredProvider.standard
          : providerRates(line.provider, card);
      let found = cached.providers.get(rates);
      if (found === undefined) {
        const base = toDecimals(rates, ONE);
        found = { base, charged: base };
        cached.providers.set(rates, found);
      }
      return found;
    }
    case 'personal-assistant': {
      const pay = card.personalAssistant.pay;
      if (line.agreedPay !== undefined)
        return agreedRates(line.agreedPay, pay, paOnCostFactor(card));
      cached.personalAssistant ??= {
        base: toDecimals(pay, ONE),
        charged: toDecimals(pay, paOnCostFactor(card)),
      };
      return cached.personalAssistant;
    }
    case 'unpaid-carer':
    case 'community':
      return null;
  }
}

/**
 * Rule 17: an agreed hourly figure replaces every hourly rate of the table (day and night,
 * weekday and weekend), an agreed nightly one the sleep-in; the other figures are the
 * card's but never used, since a visits line is agreed hourly and a sleep-in per night.
 * Not cached: an agreed figure belongs to one line.
 */
function agreedRates(agreed: AgreedFigure, card: Rates, factor: Decimal): LineRates {
  const hourly = agreed.hourly;
  const byDay = hourly === undefined ? null : { weekday: hourly, weekend: hourly };
  const rates: Rates = {
    day: byDay ?? card.day,
    night: byDay ?? card.night,
    sleepIn: agreed.perNight ?? card.sleepIn,
  };
  return { base: toDecimals(rates, ONE), charged: toDecimals(rates, factor) };
}

/** The figure agreed for a line and who agreed it, or null when the line is at the card's rates. */
export interface Agreed {
  /** `rate` for a provider's price, `pay` for a PA's pay (the card's on-costs are added to pay). */
  readonly kind: 'rate' | 'pay';
  readonly unit: 'hour' | 'night';
  readonly figure: Decimal;
  readonly source: string;
}

export function agreedOf(line: NeedLine): Agreed | null {
  const kind = line.agreedRate !== undefined ? 'rate' : line.agreedPay !== undefined ? 'pay' : null;
  const figure = line.agreedRate ?? line.agreedPay;
  if (kind === null || figure === undefined) return null;
  const hourly = figure.hourly;
  return {
    kind,
    unit: hourly === undefined ? 'night' : 'hour',
    figure: new Dec(hourly ?? figure.perNight ?? '0'),
    source: line.agreedSource ?? '',
  };
}

function toDecimals(rates: Rates, factor: Decimal): DecimalRates {
  const figure = (text: string) => (factor === ONE ? new Dec(text) : new Dec(text).times(factor));
  return {
    day: { weekday: figure(rates.day.weekday), weekend: figure(rates.day.weekend) },
    night: { weekday: figure(rates.night.weekday), weekend: figure(rates.night.weekend) },
    sleepIn: figure(rates.sleepIn),
  };
}

/** The card's table a paid line is priced from when nothing is agreed: a provider's, the standard, or PA pay. */
export function cardTable(
  card: RateCard,
  resource: 'registered-provider' | 'personal-assistant',
  provider: string,
): Rates {
  if (resource === 'personal-assistant') return card.personalAssistant.pay;
  const named = card.registeredProvider.providers.find((candidate) => candidate.id === provider);
  return named?.rates ?? card.registeredProvider.standard;
}

function providerRates(id: string, card: RateCard): Rates {
  const provider = card.registeredProvider.providers.find((candidate) => candidate.id === id);
  // Budgets are checked against their card before pricing (checkBudgetAgainstCard).
  if (provider === undefined) throw new Error(`Provider ${id} is not on rate card ${card.id}`);
  return provider.rates;
}

/** The hourly figure for a day: weekend for Saturday and Sunday, weekday otherwise. */
export function hourlyRate(rates: DecimalRates, period: Period, day: Day): Decimal {
  const byDay = rates[period];
  return isWeekend(day) ? byDay.weekend : byDay.weekday;
}

/** The hourly and nightly rates used to cost moving care from a carer to paid support. */
export interface ReliefRates {
  readonly paHourly: Decimal;
  readonly paNightly: Decimal;
  readonly providerHourly: Decimal;
  readonly providerNightly: Decimal;
  /** Weekday waking-night rates: help given in the night is priced as night help. */
  readonly paNightHourly: Decimal;
  readonly providerNightHourly: Decimal;
}

/** Weekday daytime rates: the plain rate a planner would quote for replacing care. */
export const reliefRates = perCard((card): ReliefRates => {
  const factor = paOnCostFactor(card);
  const pa = card.personalAssistant.pay;
  const provider = card.registeredProvider.standard;
  return {
    paHourly: factor.times(pa.day.weekday),
    paNightly: factor.times(pa.sleepIn),
    providerHourly: new Dec(provider.day.weekday),
    providerNightly: new Dec(provider.sleepIn),
    paNightHourly: factor.times(pa.night.weekday),
    providerNightHourly: new Dec(provider.night.weekday),
  };
});
