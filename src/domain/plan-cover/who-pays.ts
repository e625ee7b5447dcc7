/**
 * Who pays (the personal budget statement, docs/plan-around-money.md "Who pays"): the
 * person's weekly contribution, capped by the card's maximum weekly charge where it has one
 * and by the cost itself, and the rest split between the funders so the parts add up to
 * the penny (largest remainder). Pure: the priced plan and its contingency go in.
 */
import { Dec, roundToPenny, subtractMoney, sumMoney, ZERO_MONEY, type Money } from '../money';
import type { BudgetPricing } from '../pricing/price-budget';
import type { Funder } from '../schema/plan-cover-values';
import type { RateCard } from '../schema/rate-card';
import type { ContingencyPricing } from './contingency';

export interface Columns {
  readonly weekly: Money;
  readonly annual: Money;
  readonly oneOff: Money;
}

export type PayingFunder = Exclude<Funder, 'joint'>;

export interface FunderShare extends Columns {
  readonly funder: PayingFunder;
  /** The share of what the person does not pay, as a percentage written as the file has it. */
  readonly percent: string;
}

export interface WhoPaysStatement {
  /** What the plan costs: the budget's totals, with the contingency when the plan counts it. */
  readonly cost: Columns;
  readonly funder: Funder;
  /** The contribution the plan asks for, a week, before any cap; zero when none is given. */
  readonly asked: Money;
  /** The card's maximum weekly charge, where it has one. */
  readonly cap: Money | null;
  /** Why the person pays less than asked: the card's cap, or the cost being less. */
  readonly cappedBy: 'card' | 'cost' | null;
  /** The person pays weekly; a year is the week times the card's weeks a year; nothing of one-offs. */
  readonly person: Columns;
  /** The rest, by funder, in the order ICB then council. */
  readonly funders: readonly FunderShare[];
}

const HUNDRED = new Dec(100);

/** What the statement reads of a pricing: the budget, its card and weeks a year, its totals. */
export type PricedTotals = Pick<BudgetPricing, 'budget' | 'card' | 'weeksPerYear'> & {
  readonly totals: Pick<BudgetPricing['totals'], 'weekly' | 'annual' | 'oneOff'>;
};

/** Null when the plan does not say who pays. */
export function whoPays(
  pricing: PricedTotals,
  contingency: ContingencyPricing | null,
): WhoPaysStatement | null {
  const given = pricing.budget.whoPays;
  if (given === undefined) return null;
  const cost: Columns = {
    weekly: contingency?.budgetWith.weekly ?? pricing.totals.weekly,
    annual: contingency?.budgetWith.annual ?? pricing.totals.annual,
    oneOff: pricing.totals.oneOff,
  };
  const asked =
    given.contributionWeekly === undefined
      ? ZERO_MONEY
      : roundToPenny(new Dec(given.contributionWeekly));
  const capText = maxWeeklyCharge(pricing.card);
  const cap = capText === null ? null : roundToPenny(new Dec(capText));
  const [weekly, cappedBy] = contribution(asked, cap, cost.weekly);
  const yearly = roundToPenny(weekly.times(pricing.weeksPerYear));
  const person: Columns = {
    weekly,
    annual: yearly.greaterThan(cost.annual) ? cost.annual : yearly,
    oneOff: ZERO_MONEY,
  };
  const rest: Columns = {
    weekly: subtractMoney(cost.weekly, person.weekly),
    annual: subtractMoney(cost.annual, person.annual),
    oneOff: cost.oneOff,
  };
  return {
    cost,
    funder: given.funder,
    asked,
    cap,
    cappedBy,
    person,
    funders: funderShares(given.funder, given.icbPercent, rest),
  };
}

/** The card's maximum weekly charge, as the card writes it, or null where it has none. */
export function maxWeeklyCharge(card: RateCard): string | null {
  return card.policy?.charging?.maxWeeklyCharge ?? null;
}

function contribution(
  asked: Money,
  cap: Money | null,
  cost: Money,
): [Money, WhoPaysStatement['cappedBy']] {
  const afterCap = cap !== null && asked.greaterThan(cap) ? cap : asked;
  if (afterCap.greaterThan(cost)) return [cost, 'cost'];
  return [afterCap, afterCap === asked ? null : 'card'];
}

function funderShares(
  funder: Funder,
  icbPercent: string | undefined,
  rest: Columns,
): FunderShare[] {
  if (funder !== 'joint') return [{ funder, percent: '100', ...rest }];
  const icb = new Dec(icbPercent ?? '0');
  const weights = [icb, HUNDRED.minus(icb)];
  const columns = (['weekly', 'annual', 'oneOff'] as const).map((column) =>
    splitByLargestRemainder(rest[column], weights),
  );
  return (['icb', 'council'] as const).map((name, index) => ({
    funder: name,
    percent: (weights[index] as Dec).toFixed(),
    weekly: columns[0]?.[index] ?? ZERO_MONEY,
    annual: columns[1]?.[index] ?? ZERO_MONEY,
    oneOff: columns[2]?.[index] ?? ZERO_MONEY,
  }));
}

/**
 * An amount of whole pennies split in proportion to the weights, to the penny: each part
 * rounded down to the penny, then the pennies left over one each to the parts with the
 * largest remainders, a tie to the part listed first. The parts add up to the amount exactly.
 */
export function splitByLargestRemainder(amount: Money, weights: readonly Dec[]): Money[] {
  const sum = weights.reduce((total, weight) => total.plus(weight), new Dec(0));
  if (sum.isZero()) throw new RangeError('weights must not all be zero');
  const pennies = amount.times(HUNDRED);
  const exact = weights.map((weight) => pennies.times(weight).div(sum));
  const floors = exact.map((part) => part.floor());
  let left = pennies.minus(floors.reduce((total, part) => total.plus(part), new Dec(0))).toNumber();
  const order = exact
    .map((part, index) => ({ index, remainder: part.minus(floors[index] as Dec) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  const result = [...floors];
  for (const { index } of order) {
    if (left <= 0) break;
    result[index] = (result[index] as Dec).plus(1);
    left -= 1;
  }
  return result.map((part) => roundToPenny(part.div(HUNDRED)));
}

/** The funders' amounts and the person's add to the cost: a check the tests and the statement use. */
export function statementAddsUp(statement: WhoPaysStatement): boolean {
  return (['weekly', 'annual', 'oneOff'] as const).every((column) =>
    sumMoney([statement.person[column], ...statement.funders.map((share) => share[column])]).equals(
      statement.cost[column],
    ),
  );
}
