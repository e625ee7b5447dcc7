/**
 * Who pays across a caseload (docs/plan-around-money.md, "Who pays"): each budget's
 * statement as plain text amounts, and the caseload's totals by payer, as sums of each
 * budget's rounded parts, so they add up to the penny. A budget that does not say who
 * pays is counted apart, with its cost, paid by nobody yet named.
 */
import { sumMoney, toMoneyText, type MoneyText } from '../money';
import { isAboveZero, sumMoneyTexts } from '../pence';
import { priceContingency } from '../plan-cover/contingency';
import { whoPays, type WhoPaysStatement } from '../plan-cover/who-pays';
import type { BudgetPricing } from '../pricing/price-budget';

export const PAYERS = ['person', 'icb', 'council'] as const;
export type Payer = (typeof PAYERS)[number];

/** A budget's statement, a year: what each payer pays; null when the plan does not say. */
export type PayersInBudget = Readonly<Record<Payer, MoneyText>> | null;

export interface PayersInCaseload {
  /** Each payer's sum over the budgets that say who pays, a year. */
  readonly annual: Readonly<Record<Payer, MoneyText>>;
  /** How many budgets each payer pays some of. */
  readonly budgets: Readonly<Record<Payer, number>>;
  /** Budgets that do not say who pays, and their annual totals' sum. */
  readonly unsaid: { readonly budgets: number; readonly annual: MoneyText };
}

export function payersInBudget(pricing: BudgetPricing): PayersInBudget {
  return payersOf(whoPays(pricing, priceContingency(pricing)));
}

/** The entry's payers from a budget's statement of who pays. */
export function payersOf(statement: WhoPaysStatement | null): PayersInBudget {
  if (statement === null) return null;
  const share = (payer: Exclude<Payer, 'person'>) =>
    toMoneyText(
      sumMoney(statement.funders.filter((one) => one.funder === payer).map((one) => one.annual)),
    );
  return {
    person: toMoneyText(statement.person.annual),
    icb: share('icb'),
    council: share('council'),
  };
}

export function payersInCaseload(
  entries: readonly {
    readonly payers?: PayersInBudget | undefined;
    readonly totals: { readonly annual: MoneyText };
  }[],
): PayersInCaseload {
  const said = entries.flatMap((entry) => (entry.payers == null ? [] : [entry.payers]));
  const unsaid = entries.filter((entry) => entry.payers == null);
  const record = <T>(make: (payer: Payer) => T) =>
    Object.fromEntries(PAYERS.map((payer) => [payer, make(payer)])) as Record<Payer, T>;
  return {
    annual: record((payer) => sumMoneyTexts(said.map((payers) => payers[payer]))),
    budgets: record((payer) => said.filter((payers) => isAboveZero(payers[payer])).length),
    unsaid: {
      budgets: unsaid.length,
      annual: sumMoneyTexts(unsaid.map((entry) => entry.totals.annual)),
    },
  };
}
