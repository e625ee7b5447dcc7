/**
 * Cost avoided over a caseload (pricing rule 15): the sums of each budget's traditional
 * package, of its annual total and of the cost avoided, the percent worked out from the
 * sums (never an average of percents), and every budget that costs more than its
 * traditional package, most over first.
 */
import { parseMoney, toMoneyText, type MoneyText } from '../money';
import { isAboveZero, sortByAmountDescending, subtractMoneyTexts, sumMoneyTexts } from '../pence';
import { costAvoidance } from '../traditional';
import { byFile } from '../code-unit-order';
import type { CaseloadEntry } from './entry';

export interface CostMoreBudget {
  readonly file: string;
  readonly id: string;
  readonly person: string;
  readonly annual: MoneyText;
  readonly traditionalAnnual: MoneyText;
  /** How much more a year the budget costs than its traditional package: above 0. */
  readonly over: MoneyText;
}

export interface CaseloadAvoidance {
  readonly traditionalWeekly: MoneyText;
  readonly traditionalAnnual: MoneyText;
  /** The budgets' annual totals, summed: the caseload's total a year. */
  readonly planAnnual: MoneyText;
  /** Σ traditional annual − Σ annual totals (= Σ each budget's cost avoided). */
  readonly avoided: MoneyText;
  /** Of Σ traditional annual, half-up to one place; null when that is 0. */
  readonly percent: string | null;
  /** Budgets whose traditional package is the cost recorded in the plan (`comparatorAnnual`). */
  readonly recorded: number;
  /** Every budget whose annual total is above its traditional package's, most over first. */
  readonly costMore: readonly CostMoreBudget[];
}

export function caseloadAvoidance(entries: readonly CaseloadEntry[]): CaseloadAvoidance {
  const traditionalAnnual = sumMoneyTexts(entries.map((entry) => entry.traditional.annual));
  const planAnnual = sumMoneyTexts(entries.map((entry) => entry.totals.annual));
  const avoidance = costAvoidance(parseMoney(traditionalAnnual), parseMoney(planAnnual));
  const costMore = sortByAmountDescending(
    entries.flatMap((entry): CostMoreBudget[] => {
      const over = subtractMoneyTexts(entry.totals.annual, entry.traditional.annual);
      if (!isAboveZero(over)) return [];
      return [
        {
          file: entry.file,
          id: entry.id,
          person: entry.person,
          annual: entry.totals.annual,
          traditionalAnnual: entry.traditional.annual,
          over,
        },
      ];
    }),
    (budget) => budget.over,
    byFile,
  );
  return {
    traditionalWeekly: sumMoneyTexts(entries.map((entry) => entry.traditional.weekly)),
    traditionalAnnual,
    planAnnual,
    avoided: toMoneyText(avoidance.annual),
    percent: avoidance.percent,
    recorded: entries.filter((entry) => entry.traditional.basis === 'recorded').length,
    costMore,
  };
}
