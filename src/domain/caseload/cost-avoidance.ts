/**
 * Cost avoided over a caseload (pricing rule 15): the sums of each budget's traditional
 * package, of its annual total and of the cost avoided, the percent worked out from the
 * sums (never an average of percents), and every budget that costs more than its
 * traditional package, most over first.
 */
import { parseMoney, subtractMoney, sumMoney, toMoneyText, type MoneyText } from '../money';
import { costAvoidance } from '../traditional';
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
  const traditionalAnnual = sumMoney(entries.map((entry) => parseMoney(entry.traditional.annual)));
  const planAnnual = sumMoney(entries.map((entry) => parseMoney(entry.totals.annual)));
  const avoidance = costAvoidance(traditionalAnnual, planAnnual);
  const costMore = entries
    .map((entry) => ({
      entry,
      over: subtractMoney(parseMoney(entry.totals.annual), parseMoney(entry.traditional.annual)),
    }))
    .filter(({ over }) => over.gt(0))
    .sort(
      (a, b) =>
        b.over.comparedTo(a.over) ||
        (a.entry.file < b.entry.file ? -1 : a.entry.file > b.entry.file ? 1 : 0),
    )
    .map(({ entry, over }) => ({
      file: entry.file,
      id: entry.id,
      person: entry.person,
      annual: entry.totals.annual,
      traditionalAnnual: entry.traditional.annual,
      over: toMoneyText(over),
    }));
  return {
    traditionalWeekly: toMoneyText(
      sumMoney(entries.map((entry) => parseMoney(entry.traditional.weekly))),
    ),
    traditionalAnnual: toMoneyText(traditionalAnnual),
    planAnnual: toMoneyText(planAnnual),
    avoided: toMoneyText(avoidance.annual),
    percent: avoidance.percent,
    recorded: entries.filter((entry) => entry.traditional.basis === 'recorded').length,
    costMore,
  };
}
