/** The plan in time in the budget CSV: the as-at date, the periods and investments' payback. */
import type { TFunction } from 'i18next';
import { toMoneyText } from '../domain/money';
import type { FrequencyDescription } from '../domain/pricing/frequency';
import { investmentPaybacks } from '../domain/pricing/investments';
import { periodCost, standardPeriods, type PeriodCost } from '../domain/pricing/periods';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import { number, text, type Cell } from './csv';

/** The header and the row types: machine-read, so English in every language. */
export const MACHINE = { lng: 'en' } as const;

/** Columns before the version 3 ones: section to firstYear. */
const BEFORE = 12;

function row(cells: Partial<Record<number, Cell>>): Cell[] {
  return Array.from({ length: BEFORE + 6 }, (_, index) => cells[index] ?? text(''));
}

export function frequencyWords(frequency: FrequencyDescription, t: TFunction): string {
  switch (frequency.kind) {
    case 'every-week':
      return t('terms.frequency.weekly');
    case 'every-weeks':
      return t('terms.lineFrequency.everyWeeks', { count: frequency.weeks });
    case 'weeks-a-year':
      return t('terms.lineFrequency.weeksAYear', { count: frequency.weeks });
  }
}

export function asAtRow(pricing: BudgetPricing, t: TFunction): Cell[] {
  return row({
    0: text(t('csv.sectionAsOf', MACHINE)),
    4: text(t('csv.asOf')),
    [BEFORE]: text(pricing.asOf),
  });
}

export function periodRows(
  pricing: BudgetPricing,
  t: TFunction,
  custom?: { from: string; to: string },
): Cell[][] {
  const standard = standardPeriods(pricing);
  const periods: [string, string, PeriodCost][] = [
    ...(standard.planYear === null
      ? []
      : [
          ['planYear', t('report.time.planYear'), standard.planYear] as [
            string,
            string,
            PeriodCost,
          ],
        ]),
    ['financialYear', t('report.time.financialYear'), standard.financialYear],
    ...standard.quarters.map((q): [string, string, PeriodCost] => [
      `q${q.quarter}`,
      t('report.time.quarter', { number: q.quarter }),
      q,
    ]),
    ...(custom === undefined
      ? []
      : [
          ['custom', t('report.time.custom'), periodCost(pricing, custom.from, custom.to)] as [
            string,
            string,
            PeriodCost,
          ],
        ]),
  ];
  return periods.map(([id, name, cost]) =>
    row({
      0: text(t('csv.sectionPeriod', MACHINE)),
      1: text(id),
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
export function paybackRows(pricing: BudgetPricing, t: TFunction): Cell[][] {
  return investmentPaybacks(pricing.budget, pricing.allLines).map((payback) =>
    row({
      0: text(t('csv.sectionPayback', MACHINE)),
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
