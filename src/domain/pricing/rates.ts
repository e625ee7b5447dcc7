/** Which rate applies to a line (pricing rule 2), kept exact: nothing here rounds. */
import type Decimal from 'decimal.js';
import { isWeekend, type Day } from '../days';
import { Dec } from '../money';
import type { NeedLine } from '../schema/budget';
import type { RateCard, Rates } from '../schema/rate-card';

export type Period = 'day' | 'night';

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

/** The rate table a paid line is priced from, or null for unpaid and community lines. */
export function ratesFor(line: NeedLine, card: RateCard): Rates | null {
  switch (line.resource) {
    case 'registered-provider':
      return line.provider === undefined ? card.registeredProvider.standard : providerRates(line.provider, card);
    case 'personal-assistant':
      return card.personalAssistant.pay;
    case 'unpaid-carer':
    case 'community':
      return null;
  }
}

function providerRates(id: string, card: RateCard): Rates {
  const provider = card.registeredProvider.providers.find((candidate) => candidate.id === id);
  // Budgets are checked against their card before pricing (checkBudgetAgainstCard).
  if (provider === undefined) throw new Error(`Provider ${id} is not on rate card ${card.id}`);
  return provider.rates;
}

/** The multiplier applied to every rate of a line: the PA on-costs, or 1. */
export function rateFactor(line: NeedLine, card: RateCard): Decimal {
  return line.resource === 'personal-assistant' ? paOnCostFactor(card) : new Dec(1);
}

/** The card's hourly figure for a day: weekend for Saturday and Sunday, weekday otherwise. */
export function hourlyRate(rates: Rates, period: Period, day: Day): Decimal {
  const byDay = rates[period];
  return new Dec(isWeekend(day) ? byDay.weekend : byDay.weekday);
}

/** The hourly and nightly rates used to cost moving care from a carer to paid support. */
export interface ReliefRates {
  readonly paHourly: Decimal;
  readonly paNightly: Decimal;
  readonly providerHourly: Decimal;
  readonly providerNightly: Decimal;
}

/** Weekday daytime rates: the plain rate a planner would quote for replacing care. */
export function reliefRates(card: RateCard): ReliefRates {
  const factor = paOnCostFactor(card);
  const pa = card.personalAssistant.pay;
  const provider = card.registeredProvider.standard;
  return {
    paHourly: factor.times(pa.day.weekday),
    paNightly: factor.times(pa.sleepIn),
    providerHourly: new Dec(provider.day.weekday),
    providerNightly: new Dec(provider.sleepIn),
  };
}
