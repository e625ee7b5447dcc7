/**
 * What each outcome costs (docs/plan-around-money.md): a need's or an expense's cost is
 * shared equally between the outcomes it serves; each outcome's exact sum (a fraction of a
 * penny where a share is a third or a seventh) is then shared out to the penny by the largest remainder, so the outcomes, the amounts that serve no
 * outcome and the PA employer costs add up to the budget's totals exactly. Worked over
 * the lines and amounts the totals use (those active on the as-at day).
 */
import type Decimal from 'decimal.js';
import { addMoney, Dec, sharePennies, sumMoney, ZERO_MONEY, type Money } from '../money';
import type { PricedAmount } from '../pricing/amounts';
import type { PricedLine } from '../pricing/line';
import type { Recurring, Totals } from '../pricing/totals';
import type { Budget, Outcome } from '../schema/budget';

export interface OutcomeCost extends Totals {
  readonly outcome: Outcome;
  /** How many of the needs and expenses the totals count serve it. */
  readonly servedBy: number;
}

export interface OutcomeCosts {
  readonly outcomes: readonly OutcomeCost[];
  /** Needs and expenses that serve no outcome. */
  readonly unserved: Totals;
  /** The card's costs of employing a PA: they belong to no need, so to no outcome. */
  readonly employerCosts: Totals;
}

export interface OutcomeCostInputs {
  readonly budget: Budget;
  /** The lines, expenses and employer costs the totals are made of. */
  readonly lines: readonly PricedLine[];
  readonly expenses: readonly PricedAmount[];
  readonly employerCosts: readonly PricedAmount[];
}

const COLUMNS = ['weekly', 'annual', 'oneOff'] as const;
type Column = (typeof COLUMNS)[number];

export function outcomeCosts({
  budget,
  lines,
  expenses,
  employerCosts,
}: OutcomeCostInputs): OutcomeCosts {
  const outcomes = budget.outcomes ?? [];
  const known = new Set(outcomes.map((outcome) => outcome.id));
  const expenseById = new Map(budget.expenses.map((expense) => [expense.id, expense]));
  const items = [
    ...lines.map((priced) => ({
      served: priced.line.outcomes,
      amounts: { weekly: priced.weekly, annual: priced.annual, oneOff: ZERO_MONEY },
    })),
    ...expenses.map((amount) => ({
      served: expenseById.get(amount.id)?.outcomes,
      amounts: amount,
    })),
  ].map(({ served, amounts }) => ({
    // The file's rules hold each id known and named once; the set and filter make sure of it here too.
    ids: [...new Set(served ?? [])].filter((id) => known.has(id)),
    amounts,
  }));
  // A share of an item serving k outcomes is a k-th of its pennies: counted exactly as
  // pennies × (D ÷ k) over D, the least common multiple of every k.
  const denominator = items.reduce(
    (lcm, item) => (item.ids.length === 0 ? lcm : leastCommonMultiple(lcm, item.ids.length)),
    1,
  );
  const numerators = new Map(outcomes.map((outcome) => [outcome.id, emptySums()]));
  const servedBy = new Map<string, number>();
  const unserved: Recurring[] = [];
  for (const { ids, amounts } of items) {
    if (ids.length === 0) unserved.push(amounts);
    const each = denominator / ids.length;
    for (const id of ids) {
      const sums = numerators.get(id) ?? emptySums();
      servedBy.set(id, (servedBy.get(id) ?? 0) + 1);
      for (const column of COLUMNS)
        sums[column] = sums[column].plus(amounts[column].times(100).times(each));
    }
  }
  const shared = Object.fromEntries(
    COLUMNS.map((column) => [
      column,
      sharePennies(
        outcomes.map((outcome) => numerators.get(outcome.id)?.[column] ?? new Dec(0)),
        new Dec(denominator),
      ),
    ]),
  ) as Record<Column, Money[]>;
  return {
    outcomes: outcomes.map((outcome, index) => ({
      outcome,
      servedBy: servedBy.get(outcome.id) ?? 0,
      ...withFirstYear({
        weekly: shared.weekly[index] ?? ZERO_MONEY,
        annual: shared.annual[index] ?? ZERO_MONEY,
        oneOff: shared.oneOff[index] ?? ZERO_MONEY,
      }),
    })),
    unserved: summed(unserved),
    employerCosts: summed(employerCosts),
  };
}

/** Counts of outcomes are at most 20 each, so their multiple stays far inside whole-number range. */
function leastCommonMultiple(a: number, b: number): number {
  let [x, y] = [a, b];
  while (y !== 0) [x, y] = [y, x % y];
  return (a / x) * b;
}

function emptySums(): Record<Column, Decimal> {
  return { weekly: new Dec(0), annual: new Dec(0), oneOff: new Dec(0) };
}

function summed(amounts: readonly Recurring[]): Totals {
  return withFirstYear({
    weekly: sumMoney(amounts.map((amount) => amount.weekly)),
    annual: sumMoney(amounts.map((amount) => amount.annual)),
    oneOff: sumMoney(amounts.map((amount) => amount.oneOff)),
  });
}

function withFirstYear(amounts: Recurring): Totals {
  return { ...amounts, firstYear: addMoney(amounts.annual, amounts.oneOff) };
}
