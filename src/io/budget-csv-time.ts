/** The plan in time in the budget CSV: the as-at date, the periods and investments' payback. */
import type { TFunction } from 'i18next';
import { toMoneyText } from '../domain/money';
import { investmentPaybacks } from '../domain/pricing/investments';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import type { BudgetTableLabels } from '../present/budget-table';
import { namedPeriods } from '../present/summary-time';
import { number, text, type Cell } from './csv';

/** Columns before the version 3 ones: section to firstYear. */
const BEFORE = 12;

function row(cells: Partial<Record<number, Cell>>): Cell[] {
  return Array.from({ length: BEFORE + 6 }, (_, index) => cells[index] ?? text(''));
}

export function asAtRow(pricing: BudgetPricing, labels: BudgetTableLabels): Cell[] {
  return row({
    0: text(labels.rowKinds.asOf),
    4: text(labels.asOf),
    [BEFORE]: text(pricing.asOf),
  });
}

export function periodRows(
  pricing: BudgetPricing,
  t: TFunction,
  labels: BudgetTableLabels,
  custom?: { from: string; to: string },
): Cell[][] {
  return namedPeriods(pricing, t, custom).map(({ code, name, cost }) =>
    row({
      0: text(labels.rowKinds.period),
      1: text(code),
      4: text(name),
      10: number(toMoneyText(cost.oneOff)),
      [BEFORE]: text(cost.from),
      [BEFORE + 1]: text(cost.to),
      [BEFORE + 2]: number(String(cost.days)),
      [BEFORE + 3]: number(toMoneyText(cost.recurring)),
      [BEFORE + 4]: number(toMoneyText(cost.total)),
    }),
  );
}

/** One row per investment with an effect: its saving a week, and when it has paid for itself. */
export function paybackRows(pricing: BudgetPricing, labels: BudgetTableLabels): Cell[][] {
  return investmentPaybacks(pricing.budget, pricing.allLines).map((payback) =>
    row({
      0: text(labels.rowKinds.payback),
      1: text(payback.expense.id),
      4: text(payback.expense.description),
      8: number(toMoneyText(payback.savingWeekly)),
      10: number(toMoneyText(payback.amount)),
      [BEFORE]: text(payback.effectDate ?? ''),
      [BEFORE + 1]: text(payback.paybackDate ?? ''),
      [BEFORE + 5]: payback.paybackWeeks === null ? text('') : number(String(payback.paybackWeeks)),
    }),
  );
}
