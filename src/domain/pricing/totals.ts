/** Totals and breakdowns: sums of the rounded amounts shown, never re-rounded (rule 7). */
import { sumHours, type Hours } from '../hours';
import { addMoney, sumMoney, ZERO_MONEY, type Money } from '../money';
import { RESOURCES, type Resource } from '../schema/budget';
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

const NOTHING: Recurring = { weekly: ZERO_MONEY, annual: ZERO_MONEY, oneOff: ZERO_MONEY };

export function totalsOf(lines: readonly PricedLine[], amounts: readonly PricedAmount[]): Totals {
  const weekly = sumMoney([...lines.map((l) => l.weekly), ...amounts.map((a) => a.weekly)]);
  const annual = sumMoney([...lines.map((l) => l.annual), ...amounts.map((a) => a.annual)]);
  const oneOff = sumMoney(amounts.map((a) => a.oneOff));
  return { weekly, annual, oneOff, firstYear: addMoney(annual, oneOff) };
}

/** By domain: every domain of the card in its order, then `general`. */
export function byDomain(
  domainIds: readonly string[],
  lines: readonly PricedLine[],
  amounts: readonly PricedAmount[],
): Map<string, Recurring> {
  const buckets = new Map<string, Recurring>([...domainIds, GENERAL_DOMAIN].map((id) => [id, NOTHING]));
  for (const line of lines) add(buckets, line.line.domain, { ...line, oneOff: ZERO_MONEY });
  for (const amount of amounts) add(buckets, amount.domain, amount);
  return buckets;
}

export function byResource(
  lines: readonly PricedLine[],
  amounts: readonly PricedAmount[],
): Map<ResourceBucket, Recurring> {
  const buckets = new Map<ResourceBucket, Recurring>(RESOURCE_BUCKETS.map((id) => [id, NOTHING]));
  for (const line of lines) add(buckets, line.line.resource, { ...line, oneOff: ZERO_MONEY });
  for (const amount of amounts) add(buckets, amount.resourceBucket, amount);
  return buckets;
}

export function hoursByResource(lines: readonly PricedLine[]): Map<Resource, Hours> {
  return new Map(
    RESOURCES.map((resource) => [
      resource,
      sumHours(lines.filter((l) => l.line.resource === resource).map((l) => l.hours)),
    ]),
  );
}

function add<K>(buckets: Map<K, Recurring>, key: K, amounts: Recurring): void {
  const current = buckets.get(key) ?? NOTHING;
  buckets.set(key, {
    weekly: addMoney(current.weekly, amounts.weekly),
    annual: addMoney(current.annual, amounts.annual),
    oneOff: addMoney(current.oneOff, amounts.oneOff),
  });
}
