/**
 * Rates agreed for one line (pricing rule 17) across a caseload: how many lines are on
 * agreed rates or pay, and what they cost above the card's rates (below when negative),
 * as sums of each line's rounded differences, so the figures add up to the penny.
 */
import { sumMoney, toMoneyText, type Money, type MoneyText } from '../money';
import { sumMoneyTexts } from '../pence';
import { agreedDifference } from '../pricing/agreed';
import type { BudgetPricing } from '../pricing/price-budget';

export interface AgreedInBudget {
  /** Lines active as at the budget's date that carry an agreed rate or pay. */
  readonly lines: number;
  /** Σ (the line's cost − its cost at the card's rates). */
  readonly aboveCardWeekly: MoneyText;
  readonly aboveCardAnnual: MoneyText;
}

export interface AgreedInCaseload extends AgreedInBudget {
  /** Budgets with at least one such line. */
  readonly budgets: number;
}

export function agreedInBudget(pricing: BudgetPricing): AgreedInBudget {
  const weekly: Money[] = [];
  const annual: Money[] = [];
  for (const priced of pricing.lines) {
    const difference = agreedDifference(priced, pricing.card);
    if (difference === null) continue;
    weekly.push(difference.weekly);
    annual.push(difference.annual);
  }
  return {
    lines: weekly.length,
    aboveCardWeekly: toMoneyText(sumMoney(weekly)),
    aboveCardAnnual: toMoneyText(sumMoney(annual)),
  };
}

export function agreedInCaseload(
  entries: readonly { readonly agreed: AgreedInBudget }[],
): AgreedInCaseload {
  const on = entries.filter((entry) => entry.agreed.lines > 0).map((entry) => entry.agreed);
  return {
    budgets: on.length,
    lines: on.reduce((count, agreed) => count + agreed.lines, 0),
    aboveCardWeekly: sumMoneyTexts(on.map((agreed) => agreed.aboveCardWeekly)),
    aboveCardAnnual: sumMoneyTexts(on.map((agreed) => agreed.aboveCardAnnual)),
  };
}
