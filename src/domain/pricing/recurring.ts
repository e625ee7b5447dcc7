/** Expenses and PA employer costs by frequency (pricing rule 6). */
import type Decimal from 'decimal.js';
import { parseMoney, roundToPenny, ZERO_MONEY, type Money } from '../money';
import type { Frequency } from '../schema/budget';

export interface RecurringAmounts {
  readonly weekly: Money;
  readonly annual: Money;
  /** Only a one-off amount: it counts in the one-off total and never recurs. */
  readonly oneOff: Money;
}

export function priceByFrequency(
  amountText: string,
  frequency: Frequency,
  weeksPerYear: Decimal,
): RecurringAmounts {
  const amount = parseMoney(amountText);
  switch (frequency) {
    case 'weekly':
      return {
        weekly: amount,
        annual: roundToPenny(amount.times(weeksPerYear)),
        oneOff: ZERO_MONEY,
      };
    case 'monthly': {
      const annual = roundToPenny(amount.times(12));
      return { weekly: roundToPenny(annual.div(weeksPerYear)), annual, oneOff: ZERO_MONEY };
    }
    case 'annual':
      return { weekly: roundToPenny(amount.div(weeksPerYear)), annual: amount, oneOff: ZERO_MONEY };
    case 'one-off':
      return { weekly: ZERO_MONEY, annual: ZERO_MONEY, oneOff: amount };
  }
}
