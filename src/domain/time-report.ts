/**
 * The plan in time as plain JSON (rules 12–15): the standard periods, any period asked
 * for, investments' payback, the five-year projection and the traditional package. The
 * headless command adds it to `toReport`; money is two-decimal text, as everywhere.
 */
import { addMoney, toMoneyText, type MoneyText } from './money';
import { investmentPaybacks } from './pricing/investments';
import { periodCost, standardPeriods, type PeriodCost, type PeriodSums } from './pricing/periods';
import type { BudgetPricing } from './pricing/price-budget';
import { projection } from './pricing/projection';
import { traditionalPackage } from './traditional';

export interface PeriodSumsReport {
  readonly recurring: MoneyText;
  readonly oneOff: MoneyText;
  readonly total: MoneyText;
}

export interface PeriodReport extends PeriodSumsReport {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly byDomain: Record<string, PeriodSumsReport>;
  readonly byResource: Record<string, PeriodSumsReport>;
}

export interface CustomPeriodReport extends PeriodReport {
  readonly lines: readonly { id: string; annual: MoneyText; days: number; cost: MoneyText }[];
  readonly amounts: readonly {
    id: string;
    source: 'expense' | 'employer-cost';
    annual: MoneyText;
    days: number;
    recurring: MoneyText;
    oneOff: MoneyText;
    cost: MoneyText;
  }[];
}

export interface TimeReport {
  readonly periods: {
    readonly planYear: PeriodReport | null;
    readonly financialYear: PeriodReport;
    readonly quarters: readonly (PeriodReport & { quarter: number })[];
    readonly custom?: CustomPeriodReport;
  };
  readonly investments: readonly {
    id: string;
    amount: MoneyText;
    savingWeekly: MoneyText;
    effectDate: string | null;
    paybackWeeks: number | null;
    paybackDate: string | null;
  }[];
  readonly projection:
    | readonly {
        year: number;
        from: string;
        to: string;
        days: number;
        withInvestments: MoneyText;
        without: Record<string, MoneyText>;
      }[]
    | null;
  readonly traditional: {
    weekly: MoneyText;
    annual: MoneyText;
    basis: 'recorded' | 'standard-rate';
    standardAnnual: MoneyText;
    costAvoidance: { annual: MoneyText; percent: string | null };
  };
}

/** `custom`: the period asked for (`--period a..b`), reported line by line. */
export function toTimeReport(
  pricing: BudgetPricing,
  custom?: { from: string; to: string },
): TimeReport {
  const standard = standardPeriods(pricing);
  const traditional = traditionalPackage(pricing);
  return {
    periods: {
      planYear: standard.planYear === null ? null : periodReport(standard.planYear),
      financialYear: periodReport(standard.financialYear),
      quarters: standard.quarters.map((quarter) => ({
        quarter: quarter.quarter,
        ...periodReport(quarter),
      })),
      ...(custom === undefined
        ? {}
        : { custom: customReport(periodCost(pricing, custom.from, custom.to)) }),
    },
    investments: investmentPaybacks(pricing.budget, pricing.allLines).map((payback) => ({
      id: payback.expense.id,
      amount: toMoneyText(payback.amount),
      savingWeekly: toMoneyText(payback.savingWeekly),
      effectDate: payback.effectDate,
      paybackWeeks: payback.paybackWeeks,
      paybackDate: payback.paybackDate,
    })),
    projection:
      projection(pricing)?.map((year) => ({
        year: year.year,
        from: year.from,
        to: year.to,
        days: year.days,
        withInvestments: toMoneyText(year.withInvestments),
        without: Object.fromEntries(
          [...year.without].map(([id, total]) => [id, toMoneyText(total)]),
        ),
      })) ?? null,
    traditional: {
      weekly: toMoneyText(traditional.weekly),
      annual: toMoneyText(traditional.annual),
      basis: traditional.basis,
      standardAnnual: toMoneyText(traditional.standardAnnual),
      costAvoidance: {
        annual: toMoneyText(traditional.costAvoidance.annual),
        percent: traditional.costAvoidance.percent,
      },
    },
  };
}

function sumsReport(sums: PeriodSums): PeriodSumsReport {
  return {
    recurring: toMoneyText(sums.recurring),
    oneOff: toMoneyText(sums.oneOff),
    total: toMoneyText(sums.total),
  };
}

function periodReport(cost: PeriodCost): PeriodReport {
  return {
    from: cost.from,
    to: cost.to,
    days: cost.days,
    ...sumsReport(cost),
    byDomain: Object.fromEntries([...cost.byDomain].map(([id, sums]) => [id, sumsReport(sums)])),
    byResource: Object.fromEntries(
      [...cost.byResource].map(([id, sums]) => [id, sumsReport(sums)]),
    ),
  };
}

function customReport(cost: PeriodCost): CustomPeriodReport {
  return {
    ...periodReport(cost),
    lines: cost.items
      .filter((item) => item.source === 'line')
      .map((item) => ({
        id: item.id,
        annual: toMoneyText(item.annual),
        days: item.days,
        cost: toMoneyText(item.recurring),
      })),
    amounts: cost.items
      .filter((item) => item.source !== 'line')
      .map((item) => ({
        id: item.id,
        source: item.source as 'expense' | 'employer-cost',
        annual: toMoneyText(item.annual),
        days: item.days,
        recurring: toMoneyText(item.recurring),
        oneOff: toMoneyText(item.oneOff),
        cost: toMoneyText(addMoney(item.recurring, item.oneOff)),
      })),
  };
}
