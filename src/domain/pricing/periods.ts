/**
 * The cost of a period (pricing rule 12) and the standard periods (rule 13): each line and
 * recurring amount costs its annual figure × its active days in the period ÷ 365, rounded
 * once; a one-off counts in full in the period that holds its date. Totals and
 * breakdowns are sums of those rounded costs.
 */
import {
  addDays,
  addYears,
  contains,
  dayNumber,
  DAYS_A_YEAR,
  disjointOverlapDays,
  disjointUnion,
  financialYearOf,
  intersect,
  isoDate,
  overlapDays,
  quartersOf,
  unionOverlapDays,
  type DayRange,
  type IsoDate,
} from '../calendar';
import { addMoney, roundToPenny, ZERO_MONEY, type Money } from '../money';
import { MAX_PENCE, penceMoney, penceOf, roundShare } from '../pence';
import type { Budget, Expense, NeedLine } from '../schema/budget';
import { activeRange, planRange } from './active';
import { GENERAL_DOMAIN, priceEmployerCosts, type PricedAmount } from './amounts';
import type { PricedCosts } from './price-budget';
import { RESOURCE_BUCKETS, type ResourceBucket } from './totals';

/** One line's or amount's share of a period. */
export interface PeriodItem {
  readonly id: string;
  readonly source: 'line' | 'expense' | 'employer-cost';
  readonly domain: string;
  readonly resourceBucket: ResourceBucket;
  /** The annual figure a recurring cost is a share of (0.00 for a one-off). */
  readonly annual: Money;
  /** Its active days in the period. */
  readonly days: number;
  /** round(annual × days ÷ 365). */
  readonly recurring: Money;
  /** A one-off amount whose date is in the period, in full. */
  readonly oneOff: Money;
}

export interface PeriodSums {
  readonly recurring: Money;
  readonly oneOff: Money;
  readonly total: Money;
}

export interface PeriodCost extends PeriodSums {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Days in the period; 0 for a standard period wholly outside the plan. */
  readonly days: number;
  readonly byDomain: ReadonlyMap<string, PeriodSums>;
  readonly byResource: ReadonlyMap<ResourceBucket, PeriodSums>;
  readonly items: readonly PeriodItem[];
}

/** The period `from`..`to`, both days included, as given (rule 12). */
export function periodCost(pricing: PricedCosts, from: IsoDate, to: IsoDate): PeriodCost {
  return costOver(pricing, { from: dayNumber(from), to: dayNumber(to) }, from, to);
}

export interface QuarterCost extends PeriodCost {
  /** 1 for April–June … 4 for January–March. */
  readonly quarter: 1 | 2 | 3 | 4;
}

export interface StandardPeriods {
  /** Null when the plan has no start. */
  readonly planYear: PeriodCost | null;
  readonly financialYear: PeriodCost;
  readonly quarters: readonly QuarterCost[];
}

/** The plan year, the financial year holding the as-at date, and its quarters (rule 13). */
export function standardPeriods(pricing: PricedCosts): StandardPeriods {
  const { plan } = pricing.budget;
  const year = financialYearOf(pricing.asOf);
  return {
    planYear: plan === undefined ? null : planYearCost(pricing, 1),
    financialYear: cutToPlan(pricing, year.from, year.to),
    quarters: quartersOf(Number(year.from.slice(0, 4))).map((quarter, index) => ({
      quarter: (index + 1) as QuarterCost['quarter'],
      ...cutToPlan(pricing, quarter.from, quarter.to),
    })),
  };
}

/**
 * Plan year `year` (1 is the first): from the (year − 1)th anniversary of `plan.start` to
 * the day before the next, cut to `plan.end`. Null when the plan has no start.
 */
export function planYearCost(pricing: PricedCosts, year: number): PeriodCost | null {
  const { plan } = pricing.budget;
  if (plan === undefined) return null;
  return cutToPlan(
    pricing,
    addYears(plan.start, year - 1),
    addDays(addYears(plan.start, year), -1),
  );
}

/**
 * A standard period cut to the plan's dates. One wholly outside the plan keeps its own
 * dates, so a reader sees which it is, with 0 days and nothing to pay.
 */
export function cutToPlan(pricing: PricedCosts, from: IsoDate, to: IsoDate): PeriodCost {
  const period = cutRange(pricing, from, to);
  if (period.from > period.to) return costOver(pricing, period, from, to);
  return costOver(pricing, period, isoDate(period.from), isoDate(period.to));
}

/**
 * `cutToPlan(…).total` alone, without the breakdowns: the caseload needs four of these
 * for every budget, and summing by area of life and by who gives the support was most of
 * their cost. The same items, so the same rounded amounts and the same sum.
 */
export function cutToPlanTotal(pricing: PricedCosts, from: IsoDate, to: IsoDate): Money {
  let recurring = ZERO_MONEY;
  let oneOff = ZERO_MONEY;
  for (const item of periodItems(pricing, cutRange(pricing, from, to))) {
    if (!item.recurring.isZero()) recurring = addMoney(recurring, item.recurring);
    if (!item.oneOff.isZero()) oneOff = addMoney(oneOff, item.oneOff);
  }
  return addMoney(recurring, oneOff);
}

/**
 * `cutToPlanTotal` for several periods at once, in whole pence: each line's and amount's
 * cost and days are read once, and each period is then a sum of whole numbers (pence.ts),
 * the same items rounded the same way. Null when an amount is negative or beyond the fast
 * path's bounds, or a period is longer than its bounds allow: the caller then works each
 * period out with `cutToPlanTotal`.
 */
export function cutToPlanTotalsInPence(
  pricing: PricedCosts,
  periods: readonly { readonly from: IsoDate; readonly to: IsoDate }[],
): number[] | null {
  const parts = periodParts(pricing);
  return parts === null ? null : periodTotalsInPence(pricing.budget, parts, periods);
}

/** Each period's total from a budget's parts in pence (`periodPartsInPence`); null past the bounds. */
export function periodTotalsInPence(
  budget: Budget,
  parts: PeriodParts,
  periods: readonly { readonly from: IsoDate; readonly to: IsoDate }[],
): number[] | null {
  const plan = planRange(budget.plan);
  return totalsOverRanges(
    parts,
    periods.map(({ from, to }) => intersect({ from: dayNumber(from), to: dayNumber(to) }, plan)),
  );
}

/**
 * `periodCost(pricing, from, to).total` for any number of periods as given (not cut to the
 * plan): the parts are read once, on the first call, and each period is then a sum of whole
 * pence. Where the parts or a period are past the pence path's bounds, that period is
 * worked out by `periodCost`, so every answer is the same as its.
 */
export function periodTotalOf(pricing: PricedCosts): (from: IsoDate, to: IsoDate) => Money {
  let parts: PeriodParts | null | undefined;
  return (from, to) => {
    if (parts === undefined) parts = periodParts(pricing);
    const pence =
      parts === null
        ? null
        : totalsOverRanges(parts, [{ from: dayNumber(from), to: dayNumber(to) }]);
    return pence === null ? periodCost(pricing, from, to).total : penceMoney(pence[0] as number);
  };
}

/** Each range's total in pence from the parts; null past the bounds `roundShare` is exact for. */
function totalsOverRanges(parts: PeriodParts, ranges: readonly DayRange[]): number[] | null {
  const totals: number[] = [];
  for (const period of ranges) {
    if (period.to - period.from >= MAX_PERIOD_DAYS) return null;
    let total = 0;
    for (const part of parts.recurring) {
      const days = overlapDays(part.range, period);
      if (days > 0) total += roundShare(part.pence, days, DAYS_A_YEAR);
    }
    for (const part of parts.spread) {
      const days = disjointOverlapDays(part.ranges, period);
      if (days > 0) total += roundShare(part.pence, days, DAYS_A_YEAR);
    }
    for (const part of parts.oneOffs) if (contains(period, part.day)) total += part.pence;
    if (!Number.isSafeInteger(total)) return null;
    totals.push(total);
  }
  return totals;
}

/** The longest period `roundShare` is exact for. */
const MAX_PERIOD_DAYS = 1000;

export interface PeriodParts {
  /** Each line's and recurring expense's annual pence and the days it runs. */
  readonly recurring: { readonly pence: number; readonly range: DayRange }[];
  /**
   * Each recurring employer cost's annual pence and the days any PA line runs (rule 10),
   * as ranges that do not overlap (`disjointUnion`), shared by every such cost.
   */
  readonly spread: { readonly pence: number; readonly ranges: readonly DayRange[] }[];
  /** Each one-off amount's pence and the day it counts on. */
  readonly oneOffs: { readonly pence: number; readonly day: number }[];
}

/** An amount's pence a year and its one-off pence (one of them nought, by its frequency). */
export interface YearAndOneOff {
  readonly annual: number;
  readonly oneOff: number;
}

/**
 * What `periodItems` reads for any period, in pence: the items that cost nothing are left
 * out, since they add nothing to any period. Null when an amount has no exact pence here.
 */
function periodParts(pricing: PricedCosts): PeriodParts | null {
  const pence = (amount: Money) => (amount.isZero() ? 0 : penceOf(amount));
  const amount = (priced: PricedAmount): YearAndOneOff | null => {
    const annual = pence(priced.annual);
    const oneOff = pence(priced.oneOff);
    return annual === null || oneOff === null ? null : { annual, oneOff };
  };
  return periodPartsInPence(
    pricing.budget,
    pricing.allLines.map((priced) => pence(priced.annual)),
    pricing.allExpenses.map(amount),
    priceEmployerCosts(pricing.budget, pricing.card).map(amount),
  );
}

/** Whole pence the parts can hold: a period's share of them is then exact (`roundShare`). */
function fits(pence: number | null | undefined): pence is number {
  return pence != null && pence >= 0 && pence <= MAX_PENCE;
}

/**
 * A budget's period parts from each line's annual pence and each expense's and employer
 * cost's pence, in the budget's and card's order (employer costs only when the budget has
 * a PA line). Null when any is missing, negative or above `MAX_PENCE`.
 *
 * Plain loops, with no function made for each item: a caseload makes these parts for
 * every budget, and what they cost to make was most of what they cost.
 */
export function periodPartsInPence(
  budget: Budget,
  lines: readonly (number | null)[],
  expenses: readonly (YearAndOneOff | null)[],
  employerCosts: readonly (YearAndOneOff | null)[],
): PeriodParts | null {
  const plan = planRange(budget.plan);
  const parts: PeriodParts = { recurring: [], spread: [], oneOffs: [] };
  for (let index = 0; index < budget.lines.length; index++) {
    const pence = lines[index];
    if (!fits(pence)) return null;
    if (pence !== 0)
      parts.recurring.push({ pence, range: activeRange(budget.lines[index] as NeedLine, plan) });
  }
  for (let index = 0; index < budget.expenses.length; index++) {
    const expense = budget.expenses[index] as Expense;
    const priced = expenses[index];
    if (priced == null || !fits(priced.annual) || !fits(priced.oneOff)) return null;
    if (priced.annual !== 0)
      parts.recurring.push({ pence: priced.annual, range: activeRange(expense, plan) });
    const date = expense.date ?? budget.plan?.start;
    if (priced.oneOff !== 0 && date !== undefined)
      parts.oneOffs.push({ pence: priced.oneOff, day: dayNumber(date) });
  }
  if (employerCosts.length === 0) return parts;
  const days = disjointUnion(paRanges(budget, plan));
  // A one-off employer cost counts on the first day a PA line is active, when there is one.
  const first = days[0]?.from ?? Number.NaN;
  for (const cost of employerCosts) {
    if (cost === null || !fits(cost.annual) || !fits(cost.oneOff)) return null;
    if (cost.annual !== 0) parts.spread.push({ pence: cost.annual, ranges: days });
    if (cost.oneOff !== 0 && Number.isFinite(first))
      parts.oneOffs.push({ pence: cost.oneOff, day: first });
  }
  return parts;
}

/** The days each PA line is active, leaving out those whose dates miss the plan. */
function paRanges(budget: PricedCosts['budget'], plan: DayRange): DayRange[] {
  return budget.lines
    .filter((line) => line.resource === 'personal-assistant')
    .map((line) => activeRange(line, plan))
    .filter((range) => range.from <= range.to);
}

function cutRange(pricing: PricedCosts, from: IsoDate, to: IsoDate): DayRange {
  return intersect({ from: dayNumber(from), to: dayNumber(to) }, planRange(pricing.budget.plan));
}

function costOver(pricing: PricedCosts, period: DayRange, from: IsoDate, to: IsoDate): PeriodCost {
  const items = periodItems(pricing, period);
  const sums = sumItems(items, () => 'all').get('all') ?? NOTHING;
  return {
    from,
    to,
    days: Math.max(0, period.to - period.from + 1),
    ...sums,
    byDomain: sumItems(items, (item) => item.domain, [
      ...pricing.card.domains.map((domain) => domain.id),
      GENERAL_DOMAIN,
    ]),
    byResource: sumItems(items, (item) => item.resourceBucket, RESOURCE_BUCKETS),
    items,
  };
}

/** Each line's, expense's and employer cost's share of the period. */
function periodItems(pricing: PricedCosts, period: DayRange): PeriodItem[] {
  const { budget } = pricing;
  const plan = planRange(budget.plan);
  const items: PeriodItem[] = [];
  for (const priced of pricing.allLines) {
    const { line } = priced;
    const days = overlapDays(activeRange(line, plan), period);
    items.push({
      id: line.id,
      source: 'line',
      domain: line.domain,
      resourceBucket: line.resource,
      annual: priced.annual,
      days,
      recurring: shareOfYear(priced.annual, days),
      oneOff: ZERO_MONEY,
    });
  }
  pricing.allExpenses.forEach((priced, index) => {
    const expense = budget.expenses[index];
    if (expense === undefined) return;
    if (priced.frequency === 'one-off') {
      const date = expense.date ?? budget.plan?.start;
      items.push(oneOffItem(priced, date !== undefined && contains(period, dayNumber(date))));
    } else {
      items.push(recurringItem(priced, overlapDays(activeRange(expense, plan), period)));
    }
  });
  items.push(...employerCostItems(pricing, period));
  return items;
}

/**
 * PA employer costs are active on the days any PA line is active (rule 10). A one-off
 * employer cost counts on the first of those days (on `plan.start` when the PA lines have
 * no earlier start of their own).
 */
function employerCostItems(pricing: PricedCosts, period: DayRange): PeriodItem[] {
  const { budget, card } = pricing;
  const costs = priceEmployerCosts(budget, card);
  if (costs.length === 0) return [];
  const ranges = paRanges(budget, planRange(budget.plan));
  const days = unionOverlapDays(ranges, period);
  const first = Math.min(...ranges.map((range) => range.from));
  return costs.map((cost) =>
    cost.frequency === 'one-off'
      ? oneOffItem(cost, Number.isFinite(first) && contains(period, first))
      : recurringItem(cost, days),
  );
}

function recurringItem(priced: PricedAmount, days: number): PeriodItem {
  return {
    ...itemOf(priced),
    annual: priced.annual,
    days,
    recurring: shareOfYear(priced.annual, days),
    oneOff: ZERO_MONEY,
  };
}

function oneOffItem(priced: PricedAmount, inPeriod: boolean): PeriodItem {
  return {
    ...itemOf(priced),
    annual: ZERO_MONEY,
    days: 0,
    recurring: ZERO_MONEY,
    oneOff: inPeriod ? priced.oneOff : ZERO_MONEY,
  };
}

function itemOf(
  priced: PricedAmount,
): Pick<PeriodItem, 'id' | 'source' | 'domain' | 'resourceBucket'> {
  return {
    id: priced.id,
    source: priced.source,
    domain: priced.domain,
    resourceBucket: priced.resourceBucket,
  };
}

/** round(annual × days ÷ 365): the one rounding of a recurring cost in a period. */
function shareOfYear(annual: Money, days: number): Money {
  if (days === 0 || annual.isZero()) return ZERO_MONEY;
  return roundToPenny(annual.times(days).div(DAYS_A_YEAR));
}

const NOTHING: PeriodSums = { recurring: ZERO_MONEY, oneOff: ZERO_MONEY, total: ZERO_MONEY };

/**
 * Sums of rounded costs by key: the keys given first, in their order, then any others met.
 * Amounts of 0 add nothing and are not added (most items of a short period are 0), and each
 * key's total is worked out once, at the end.
 */
function sumItems<K>(
  items: readonly PeriodItem[],
  keyOf: (item: PeriodItem) => K,
  keys: readonly K[] = [],
): Map<K, PeriodSums> {
  const sums = new Map<K, { recurring: Money; oneOff: Money }>(
    keys.map((key) => [key, { recurring: ZERO_MONEY, oneOff: ZERO_MONEY }]),
  );
  for (const item of items) {
    const key = keyOf(item);
    let sum = sums.get(key);
    if (sum === undefined) sums.set(key, (sum = { recurring: ZERO_MONEY, oneOff: ZERO_MONEY }));
    if (!item.recurring.isZero()) sum.recurring = addMoney(sum.recurring, item.recurring);
    if (!item.oneOff.isZero()) sum.oneOff = addMoney(sum.oneOff, item.oneOff);
  }
  return new Map(
    [...sums].map(([key, { recurring, oneOff }]) => [
      key,
      recurring.isZero() && oneOff.isZero()
        ? NOTHING
        : { recurring, oneOff, total: addMoney(recurring, oneOff) },
    ]),
  );
}
