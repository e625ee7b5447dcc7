/**
 * The monitoring of a budget as plain data: every amount two-decimal text, hours to two
 * decimals and weeks to one (half-up, for reading only). What `npm run price -- monitor`
 * prints as JSON and what the worked examples in tests/ledger-examples/ are checked against.
 */
import type Decimal from 'decimal.js';
import { Dec, toMoneyText } from '../money';
import type { Flag } from './flags';
import type { ActualRow, AssistantRow, Monitoring, PeriodActual } from './monitor';

export interface RowReport {
  readonly key: string;
  readonly planned: string;
  readonly plannedToDate: string;
  readonly spent: string;
}

export interface PeriodReport {
  readonly from: string;
  readonly to: string;
  readonly toDate: string | null;
  readonly planned: string;
  readonly plannedToDate: string;
  readonly spent: string;
  readonly byItem: readonly RowReport[];
  readonly byArea: readonly RowReport[];
  readonly byResource: readonly RowReport[];
  readonly byAssistant: readonly (RowReport & {
    readonly hoursPlanned: string;
    readonly hoursDelivered: string;
  })[];
}

export interface MonitorReport {
  readonly asOf: string;
  readonly year: { readonly from: string; readonly to: string; readonly budget: string };
  readonly yearToDate: PeriodReport;
  readonly projectedOutturn: string;
  readonly balance: {
    readonly opening: string;
    readonly received: string;
    readonly spent: string;
    readonly balance: string;
    readonly weeklyBudget: string;
    readonly weeksHeld: string | null;
  };
  readonly coming: { readonly from: string; readonly to: string; readonly planned: string } | null;
  readonly unmatched: { readonly count: number; readonly total: string };
  readonly beforePlan: { readonly count: number; readonly total: string };
  readonly flags: readonly Flag[];
  readonly periods: readonly PeriodReport[];
  readonly months: readonly PeriodReport[];
}

export const hoursText = (hours: Decimal): string =>
  hours.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2);
export const weeksText = (weeks: Decimal): string =>
  weeks.toDecimalPlaces(1, Dec.ROUND_HALF_UP).toFixed(1);

function rowReport(row: ActualRow): RowReport {
  return {
    key: row.key,
    planned: toMoneyText(row.planned),
    plannedToDate: toMoneyText(row.plannedToDate),
    spent: toMoneyText(row.spent),
  };
}

function assistantReport(row: AssistantRow) {
  return {
    ...rowReport(row),
    hoursPlanned: hoursText(row.hoursPlanned),
    hoursDelivered: hoursText(row.hoursDelivered),
  };
}

export function periodReport(period: PeriodActual): PeriodReport {
  return {
    from: period.from,
    to: period.to,
    toDate: period.toDate,
    planned: toMoneyText(period.planned),
    plannedToDate: toMoneyText(period.plannedToDate),
    spent: toMoneyText(period.spent),
    byItem: period.byItem.map(rowReport),
    byArea: period.byArea.map(rowReport),
    byResource: period.byResource.map(rowReport),
    byAssistant: period.byAssistant.map(assistantReport),
  };
}

export function toMonitorReport(monitoring: Monitoring): MonitorReport {
  const { balance } = monitoring;
  return {
    asOf: monitoring.asOf,
    year: {
      from: monitoring.year.from,
      to: monitoring.year.to,
      budget: toMoneyText(monitoring.year.budget),
    },
    yearToDate: periodReport(monitoring.yearToDate),
    projectedOutturn: toMoneyText(monitoring.projectedOutturn),
    balance: {
      opening: toMoneyText(balance.opening),
      received: toMoneyText(balance.received),
      spent: toMoneyText(balance.spent),
      balance: toMoneyText(balance.balance),
      weeklyBudget: toMoneyText(balance.weeklyBudget),
      weeksHeld: balance.weeksHeld === null ? null : weeksText(balance.weeksHeld),
    },
    coming:
      monitoring.coming === null
        ? null
        : { ...monitoring.coming, planned: toMoneyText(monitoring.coming.planned) },
    unmatched: {
      count: monitoring.unmatched.count,
      total: toMoneyText(monitoring.unmatched.total),
    },
    beforePlan: {
      count: monitoring.beforePlan.count,
      total: toMoneyText(monitoring.beforePlan.total),
    },
    flags: monitoring.flags,
    periods: monitoring.periods.map(periodReport),
    months: monitoring.months.map(periodReport),
  };
}
