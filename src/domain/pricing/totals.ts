/** Totals and breakdowns: sums of the rounded amounts shown, never re-rounded (rule 7). */
import type Decimal from 'decimal.js';
import { minutesToHours, ZERO_HOURS, type Hours, type Minutes } from '../hours';
import { addMoney, ZERO_MONEY, type Money } from '../money';
import { RESOURCES, type Resource } from '../schema/budget-values';
import { GENERAL_DOMAIN, type PricedAmount } from './amounts';
import type { PricedLine } from './line';

export const RESOURCE_BUCKETS = [...RESOURCES, 'expenses'] as const;
export type ResourceBucket = (typeof RESOURCE_BUCKETS)[number];

export interface Totals {
  readonly weekly: Money;
  readonly annual: Money;
  readonly oneOff: Money;
  readonly firstYear: Money;
}

export interface Recurring {
  readonly weekly: Money;
  readonly annual: Money;
  readonly oneOff: Money;
}

/**
 * A running sum of amounts. Every budget is summed four ways over its lines (totals, by
 * domain, by resource, hours), so each sum adds in place and skips the zeros of unpaid
 * lines: decimal additions are most of what pricing a long budget costs.
 */
class RunningSum {
  weekly: Decimal = ZERO_MONEY;
  annual: Decimal = ZERO_MONEY;
  oneOff: Decimal = ZERO_MONEY;

  add(amounts: Recurring): void {
    if (amounts.weekly !== ZERO_MONEY) this.weekly = this.weekly.plus(amounts.weekly);
    if (amounts.annual !== ZERO_MONEY) this.annual = this.annual.plus(amounts.annual);
    if (amounts.oneOff !== ZERO_MONEY) this.oneOff = this.oneOff.plus(amounts.oneOff);
  }

  /** Sums of penny amounts are penny amounts: nothing is rounded here. */
  result(): Recurring {
    return {
      weekly: this.weekly as Money,
      annual: this.annual as Money,
      oneOff: this.oneOff as Money,
    };
  }
}

export function totalsOf(lines: readonly PricedLine[], amounts: readonly PricedAmount[]): Totals {
  const sum = new RunningSum();
  for (const line of lines) sum.add(lineAmounts(line));
  for (const amount of amounts) sum.add(amount);
  const { weekly, annual, oneOff } = sum.result();
  return { weekly, annual, oneOff, firstYear: addMoney(annual, oneOff) };
}

/** By domain: every domain of the card in its order, then `general`. */
export function byDomain(
  domainIds: readonly string[],
  lines: readonly PricedLine[],
  amounts: readonly PricedAmount[],
): Map<string, Recurring> {
  const sums = new Map([...domainIds, GENERAL_DOMAIN].map((id) => [id, new RunningSum()]));
  for (const line of lines) bucket(sums, line.line.domain).add(lineAmounts(line));
  for (const amount of amounts) bucket(sums, amount.domain).add(amount);
  return results(sums);
}

export function byResource(
  lines: readonly PricedLine[],
  amounts: readonly PricedAmount[],
): Map<ResourceBucket, Recurring> {
  const sums = new Map(RESOURCE_BUCKETS.map((id) => [id, new RunningSum()]));
  for (const line of lines) bucket(sums, line.line.resource).add(lineAmounts(line));
  for (const amount of amounts) bucket(sums, amount.resourceBucket).add(amount);
  return results(sums);
}

/**
 * Hours by who gives them, from whole minutes: one exact division each, not 300 sums.
 * A line that does not come every week adds its averaged hours (rule 9) as a decimal.
 */
export function hoursByResource(lines: readonly PricedLine[]): Map<Resource, Hours> {
  const minutes = new Map<Resource, number>(RESOURCES.map((resource) => [resource, 0]));
  const averaged = new Map<Resource, Decimal>();
  for (const priced of lines) {
    const { resource } = priced.line;
    if (priced.frequency.kind === 'every-week')
      minutes.set(resource, (minutes.get(resource) ?? 0) + priced.minutes);
    else averaged.set(resource, (averaged.get(resource) ?? ZERO_HOURS).plus(priced.hours));
  }
  return new Map(
    [...minutes].map(([resource, total]) => [
      resource,
      withAveraged(minutesToHours(total as Minutes), averaged.get(resource)),
    ]),
  );
}

/** All hours of support a week, paid and unpaid, from whole minutes and any averaged hours. */
export function hoursInTotal(lines: readonly PricedLine[]): Hours {
  let minutes = 0;
  let averaged: Decimal | undefined;
  for (const line of lines) {
    if (line.frequency.kind === 'every-week') minutes += line.minutes;
    else averaged = (averaged ?? ZERO_HOURS).plus(line.hours);
  }
  return withAveraged(minutesToHours(minutes as Minutes), averaged);
}

function withAveraged(hours: Hours, averaged: Decimal | undefined): Hours {
  return averaged === undefined ? hours : (hours.plus(averaged) as Hours);
}

/** A line never has a one-off amount. */
function lineAmounts(line: PricedLine): Recurring {
  return { weekly: line.weekly, annual: line.annual, oneOff: ZERO_MONEY };
}

function bucket<K>(sums: Map<K, RunningSum>, key: K): RunningSum {
  let sum = sums.get(key);
  if (sum === undefined) {
    // A key outside the card's list (never after checkBudgetAgainstCard) still counts.
    sum = new RunningSum();
    sums.set(key, sum);
  }
  return sum;
}

function results<K>(sums: Map<K, RunningSum>): Map<K, Recurring> {
  return new Map([...sums].map(([key, sum]) => [key, sum.result()]));
}
