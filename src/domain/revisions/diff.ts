/**
 * What changed between two priced budgets (two revisions, or one budget on two rate
 * cards): line by line, amount by amount, the totals, and each carer's hours and flags.
 * Every difference is `to − from` of rounded amounts, so the line and amount
 * differences add up exactly to the difference of the totals.
 */
import type { CarerFlagId } from '../carer-burden';
import { directionOf } from '../direction';
import { ZERO_HOURS, type Hours } from '../hours';
import { subtractMoney, ZERO_MONEY, type Money } from '../money';
import type { PricedAmount } from '../pricing/amounts';
import type { PricedLine } from '../pricing/line';
import type { BudgetPricing } from '../pricing/price-budget';
import type { Totals } from '../pricing/totals';
import { lineChanges, type LineChange } from './line-changes';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface Difference {
  readonly weekly: Money;
  readonly annual: Money;
}

export interface LineDiff {
  readonly id: string;
  readonly kind: ChangeKind;
  /** What differs, in the order people read a line: empty when added, removed or unchanged. */
  readonly changes: readonly LineChange[];
  readonly from: PricedLine | null;
  readonly to: PricedLine | null;
  readonly hours: Hours;
  readonly difference: Difference;
}

export interface AmountDiff {
  readonly id: string;
  readonly source: PricedAmount['source'];
  readonly kind: ChangeKind;
  readonly from: PricedAmount | null;
  readonly to: PricedAmount | null;
  readonly difference: Difference & { readonly oneOff: Money };
}

export interface CarerDiff {
  readonly id: string;
  readonly name: string;
  readonly kind: ChangeKind;
  readonly fromHours: Hours | null;
  readonly toHours: Hours | null;
  readonly hours: Hours;
  readonly fromNights: number;
  readonly toNights: number;
  readonly fromFlags: readonly CarerFlagId[];
  readonly toFlags: readonly CarerFlagId[];
  readonly flagsAdded: readonly CarerFlagId[];
  readonly flagsRemoved: readonly CarerFlagId[];
}

export interface BudgetDiff {
  readonly from: BudgetPricing;
  readonly to: BudgetPricing;
  readonly lines: readonly LineDiff[];
  readonly amounts: readonly AmountDiff[];
  readonly carers: readonly CarerDiff[];
  readonly totals: { readonly [K in keyof Totals]: Money };
  readonly hours: Hours;
}

export function diffPricings(from: BudgetPricing, to: BudgetPricing): BudgetDiff {
  return {
    from,
    to,
    lines: matchById(from.allLines, to.allLines, (line) => line.line.id).map(([a, b]) =>
      lineDiff(a, b, activeIn(from.lines, a), activeIn(to.lines, b)),
    ),
    amounts: matchById(allAmountsOf(from), allAmountsOf(to), amountKey).map(([a, b]) =>
      amountDiff(a, b, activeIn(amountsOf(from), a), activeIn(amountsOf(to), b)),
    ),
    carers: carerDiffs(from, to),
    totals: {
      weekly: subtractMoney(to.totals.weekly, from.totals.weekly),
      annual: subtractMoney(to.totals.annual, from.totals.annual),
      oneOff: subtractMoney(to.totals.oneOff, from.totals.oneOff),
      firstYear: subtractMoney(to.totals.firstYear, from.totals.firstYear),
    },
    hours: to.hoursTotal.minus(from.hoursTotal) as Hours,
  };
}

function amountsOf(pricing: BudgetPricing): readonly PricedAmount[] {
  return [...pricing.expenses, ...pricing.employerCosts];
}

/** Every line and amount is listed, active or not, so a change of dates shows; only active ones cost. */
function allAmountsOf(pricing: BudgetPricing): readonly PricedAmount[] {
  return [...pricing.allExpenses, ...pricing.employerCosts];
}

/** The item when it counts in the totals as at the pricing's date, else null. */
function activeIn<T>(active: readonly T[], item: T | null): T | null {
  return item !== null && active.includes(item) ? item : null;
}

/** Expenses and employer costs may share an id: the source keeps them apart. */
const amountKey = (amount: PricedAmount) => `${amount.source}:${amount.id}`;

/** Pairs items by key: those of `from` in their order, then those only in `to`. */
function matchById<T>(
  from: readonly T[],
  to: readonly T[],
  key: (item: T) => string,
): [T | null, T | null][] {
  const later = new Map(to.map((item) => [key(item), item]));
  const pairs: [T | null, T | null][] = from.map((item) => {
    const match = later.get(key(item)) ?? null;
    later.delete(key(item));
    return [item, match];
  });
  for (const item of later.values()) pairs.push([null, item]);
  return pairs;
}

function difference(
  from: { weekly: Money; annual: Money } | null,
  to: { weekly: Money; annual: Money } | null,
): Difference {
  return {
    weekly: subtractMoney(to?.weekly ?? ZERO_MONEY, from?.weekly ?? ZERO_MONEY),
    annual: subtractMoney(to?.annual ?? ZERO_MONEY, from?.annual ?? ZERO_MONEY),
  };
}

function kindOf(from: unknown, to: unknown, changed: boolean): ChangeKind {
  if (from === null) return 'added';
  if (to === null) return 'removed';
  return changed ? 'changed' : 'unchanged';
}

/** `fromActive` and `toActive`: the line where it counts as at the date, so differences add up to the totals'. */
function lineDiff(
  from: PricedLine | null,
  to: PricedLine | null,
  fromActive: PricedLine | null,
  toActive: PricedLine | null,
): LineDiff {
  const changes = from !== null && to !== null ? lineChanges(from, to) : [];
  const id = (to ?? from)?.line.id ?? '';
  return {
    id,
    kind: kindOf(from, to, changes.length > 0),
    changes,
    from,
    to,
    hours: (toActive?.hours ?? ZERO_HOURS).minus(fromActive?.hours ?? ZERO_HOURS) as Hours,
    difference: difference(fromActive, toActive),
  };
}

function amountDiff(
  from: PricedAmount | null,
  to: PricedAmount | null,
  fromActive: PricedAmount | null,
  toActive: PricedAmount | null,
): AmountDiff {
  const either = (to ?? from) as PricedAmount;
  const changed =
    from !== null &&
    to !== null &&
    (!from.amount.equals(to.amount) ||
      from.frequency !== to.frequency ||
      from.kind !== to.kind ||
      from.domain !== to.domain ||
      JSON.stringify(from.description) !== JSON.stringify(to.description) ||
      JSON.stringify(from.dates) !== JSON.stringify(to.dates) ||
      !from.weekly.equals(to.weekly) ||
      !from.annual.equals(to.annual));
  return {
    id: either.id,
    source: either.source,
    kind: kindOf(from, to, changed),
    from,
    to,
    difference: {
      ...difference(fromActive, toActive),
      oneOff: subtractMoney(toActive?.oneOff ?? ZERO_MONEY, fromActive?.oneOff ?? ZERO_MONEY),
    },
  };
}

function carerDiffs(from: BudgetPricing, to: BudgetPricing): CarerDiff[] {
  return matchById(from.carers, to.carers, (burden) => burden.carer.id).map(([a, b]) => {
    const fromFlags = a?.flags.map((flag) => flag.id) ?? [];
    const toFlags = b?.flags.map((flag) => flag.id) ?? [];
    const changed =
      a !== null &&
      b !== null &&
      (!a.hours.equals(b.hours) ||
        a.nights !== b.nights ||
        fromFlags.join() !== toFlags.join() ||
        a.carer.name !== b.carer.name);
    return {
      id: (b ?? a)?.carer.id ?? '',
      name: (b ?? a)?.carer.name ?? '',
      kind: kindOf(a, b, changed),
      fromHours: a?.hours ?? null,
      toHours: b?.hours ?? null,
      hours: (b?.hours ?? ZERO_HOURS).minus(a?.hours ?? ZERO_HOURS) as Hours,
      fromNights: a?.nights ?? 0,
      toNights: b?.nights ?? 0,
      fromFlags,
      toFlags,
      flagsAdded: toFlags.filter((flag) => !fromFlags.includes(flag)),
      flagsRemoved: fromFlags.filter((flag) => !toFlags.includes(flag)),
    };
  });
}

/** Whether the later version costs more, less or the same, and by how much (as positive amounts). */
export function overallChange(diff: BudgetDiff): {
  direction: 'more' | 'less' | 'same';
  weekly: Money;
  annual: Money;
} {
  const { weekly, annual } = diff.totals;
  // A change that nets to nothing a week (a yearly item) goes the way of the year.
  const direction = directionOf(weekly.isZero() ? annual : weekly);
  return { direction, weekly: weekly.abs() as Money, annual: annual.abs() as Money };
}
