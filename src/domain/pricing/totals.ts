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

  /** A sum already made, to change by what was added or taken away since. */
  static from(sum: Recurring): RunningSum {
    const running = new RunningSum();
    running.weekly = sum.weekly;
    running.annual = sum.annual;
    running.oneOff = sum.oneOff;
    return running;
  }

  add(amounts: Recurring): void {
    if (amounts.weekly !== ZERO_MONEY) this.weekly = this.weekly.plus(amounts.weekly);
    if (amounts.annual !== ZERO_MONEY) this.annual = this.annual.plus(amounts.annual);
    if (amounts.oneOff !== ZERO_MONEY) this.oneOff = this.oneOff.plus(amounts.oneOff);
  }

  /** Exact, as adding is: every amount is whole pennies. */
  subtract(amounts: Recurring): void {
    if (amounts.weekly !== ZERO_MONEY) this.weekly = this.weekly.minus(amounts.weekly);
    if (amounts.annual !== ZERO_MONEY) this.annual = this.annual.minus(amounts.annual);
    if (amounts.oneOff !== ZERO_MONEY) this.oneOff = this.oneOff.minus(amounts.oneOff);
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

/**
 * What changed in the lines and amounts a budget's sums are made of: the lines and
 * amounts taken out (or replaced) and those put in. Each is a whole-penny amount, so a
 * sum changed by them equals the sum made afresh, to the penny and beyond.
 */
export interface SumChange {
  readonly removedLines: readonly PricedLine[];
  readonly addedLines: readonly PricedLine[];
  readonly removedAmounts: readonly PricedAmount[];
  readonly addedAmounts: readonly PricedAmount[];
}

export function changedTotals(totals: Totals, change: SumChange): Totals {
  const sum = RunningSum.from(totals);
  for (const line of change.removedLines) sum.subtract(lineAmounts(line));
  for (const amount of change.removedAmounts) sum.subtract(amount);
  for (const line of change.addedLines) sum.add(lineAmounts(line));
  for (const amount of change.addedAmounts) sum.add(amount);
  const { weekly, annual, oneOff } = sum.result();
  return { weekly, annual, oneOff, firstYear: addMoney(annual, oneOff) };
}

/**
 * A breakdown (by domain or by resource) changed in the buckets the change touches; the
 * others are kept as they were. A bucket the breakdown does not have is refused: a new
 * one would take a different place than pricing afresh gives it.
 */
export function changedBreakdown<K>(
  sums: ReadonlyMap<K, Recurring>,
  change: SumChange,
  lineKey: (line: PricedLine) => K,
  amountKey: (amount: PricedAmount) => K,
): Map<K, Recurring> {
  const running = new Map<K, RunningSum>();
  const sumOf = (key: K): RunningSum => {
    let sum = running.get(key);
    if (sum === undefined) {
      const before = sums.get(key);
      if (before === undefined) throw new Error(`no bucket ${String(key)} to change`);
      sum = RunningSum.from(before);
      running.set(key, sum);
    }
    return sum;
  };
  for (const line of change.removedLines) sumOf(lineKey(line)).subtract(lineAmounts(line));
  for (const amount of change.removedAmounts) sumOf(amountKey(amount)).subtract(amount);
  for (const line of change.addedLines) sumOf(lineKey(line)).add(lineAmounts(line));
  for (const amount of change.addedAmounts) sumOf(amountKey(amount)).add(amount);
  return new Map([...sums].map(([key, sum]) => [key, running.get(key)?.result() ?? sum] as const));
}

/** The bucket a line is counted in by domain, and by resource. */
export const lineDomain = (line: PricedLine): string => line.line.domain;
export const lineResource = (line: PricedLine): ResourceBucket => line.line.resource;

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
