/** Expenses and PA employer costs, priced by frequency and placed in their buckets (rules 6, 7). */
import type Decimal from 'decimal.js';
import { parseMoney, type Money } from '../money';
import type { Budget, Frequency } from '../schema/budget';
import type { LocalisedText, RateCard } from '../schema/rate-card';
import { perCard, weeksPerYearOf } from './per-card';
import { priceByFrequency, type RecurringAmounts } from './recurring';

export const GENERAL_DOMAIN = 'general';

export interface PricedAmount extends RecurringAmounts {
  readonly id: string;
  readonly source: 'expense' | 'employer-cost';
  readonly description: LocalisedText;
  /** `general` when the amount belongs to no domain, as employer costs never do. */
  readonly domain: string;
  readonly resourceBucket: 'expenses' | 'personal-assistant';
  readonly kind: 'expense' | 'investment';
  readonly frequency: Frequency;
  readonly amount: Money;
  /** An expense's dates (version 3), as in the file: a recurring amount's `from` and `until`, a one-off's `date`. */
  readonly dates?: {
    readonly from?: string | undefined;
    readonly until?: string | undefined;
    readonly date?: string | undefined;
  };
}

export function priceExpenses(budget: Budget, weeksPerYear: Decimal): PricedAmount[] {
  return budget.expenses.map((expense) => {
    const priced = priceByFrequency(expense.amount, expense.frequency, weeksPerYear);
    return {
      id: expense.id,
      source: 'expense',
      description: expense.description,
      domain: expense.domain ?? GENERAL_DOMAIN,
      resourceBucket: 'expenses',
      kind: expense.kind,
      frequency: expense.frequency,
      amount: parseMoney(expense.amount),
      ...priced,
      ...(expense.from === undefined && expense.until === undefined && expense.date === undefined
        ? {}
        : { dates: { from: expense.from, until: expense.until, date: expense.date } }),
    };
  });
}

/** A PA's employer costs apply once, whatever the number of PA lines, and only if there is one. */
export function priceEmployerCosts(budget: Budget, card: RateCard): readonly PricedAmount[] {
  return budget.lines.some((line) => line.resource === 'personal-assistant')
    ? employerCostsOf(card)
    : [];
}

/** The same for every budget on the card, so priced once per card. */
export const employerCostsOf = perCard((card: RateCard): readonly PricedAmount[] =>
  card.personalAssistant.employerCosts.map((cost) => ({
    id: cost.id,
    source: 'employer-cost',
    description: cost.name,
    domain: GENERAL_DOMAIN,
    resourceBucket: 'personal-assistant',
    kind: 'expense',
    frequency: cost.per,
    amount: parseMoney(cost.amount),
    ...priceByFrequency(cost.amount, cost.per, weeksPerYearOf(card)),
  })),
);
