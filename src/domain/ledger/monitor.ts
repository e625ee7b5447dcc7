/**
 * Plan against actual (docs/ledger.md), exact to the penny: for the plan year holding the
 * as-at date, each 4-week period, each month and the year to date, what the plan costs
 * (pricing rule 12, `periodCost`) against what was spent, by plan item, area of life,
 * kind of support and named assistant; the projected outturn at the pace so far; the
 * balance held in weeks of budget; hours worked against hours planned. Pure.
 */
import type Decimal from 'decimal.js';
import {
  addDays,
  addYears,
  dayNumber,
  isoDate,
  overlapDays,
  type DayRange,
  type IsoDate,
} from '../calendar';
import { Dec, roundToPenny, subtractMoney, sumMoney, ZERO_MONEY, type Money } from '../money';
import { activeRange, planRange } from '../pricing/active';
import { periodCost, periodTotalOf, type PeriodCost } from '../pricing/periods';
import type { PricedCosts } from '../pricing/price-budget';
import { failed, ok, problem, type Result } from '../problems';
import { placeTransactions, sumPlaced, type PlacedTransaction } from './actuals';
import { findFlags, type Flag } from './flags';
import type { Ledger } from './ledger-schema';
import { flagPolicy } from './policy';

/** Planned and spent under one key of a table. */
export interface ActualRow {
  readonly key: string;
  /** The whole period's planned cost (rule 12). */
  readonly planned: Money;
  /** The planned cost of the period's days up to the as-at date. */
  readonly plannedToDate: Money;
  readonly spent: Money;
}

export interface AssistantRow extends ActualRow {
  /** Exact hours the assistant's lines plan for the days to date. */
  readonly hoursPlanned: Decimal;
  /** Hours on their timesheets for those days. */
  readonly hoursDelivered: Decimal;
}

export interface PeriodActual {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The last day counted so far: the as-at date inside the period, `to` once it is past, null before it starts. */
  readonly toDate: IsoDate | null;
  readonly planned: Money;
  readonly plannedToDate: Money;
  readonly spent: Money;
  readonly byItem: readonly ActualRow[];
  readonly byArea: readonly ActualRow[];
  readonly byResource: readonly ActualRow[];
  readonly byAssistant: readonly AssistantRow[];
}

export interface Balance {
  readonly opening: Money;
  readonly received: Money;
  readonly spent: Money;
  readonly balance: Money;
  /** The plan's weekly cost as at the date (rule 11). */
  readonly weeklyBudget: Money;
  /** Balance ÷ weekly budget, exact; null when the plan costs nothing a week. */
  readonly weeksHeld: Decimal | null;
}

export interface Monitoring {
  readonly asOf: IsoDate;
  readonly year: { readonly from: IsoDate; readonly to: IsoDate; readonly budget: Money };
  readonly yearToDate: PeriodActual;
  readonly periods: readonly PeriodActual[];
  readonly months: readonly PeriodActual[];
  /** round(spent to date × the year's budget ÷ planned to date); spent + budget when nothing is planned yet. */
  readonly projectedOutturn: Money;
  readonly balance: Balance;
  /** The plan's cost of the next 4 weeks after the as-at date, inside the plan year. */
  readonly coming: { readonly from: IsoDate; readonly to: IsoDate; readonly planned: Money } | null;
  /** Transactions with no confirmed match (dated in the year to date). */
  readonly unmatched: { readonly count: number; readonly total: Money };
  /** Transactions dated before the plan's start: in the balance, in no period. */
  readonly beforePlan: { readonly count: number; readonly total: Money };
  readonly flags: readonly Flag[];
}

export interface MonitorOptions {
  /**
   * Only the year, the balance and the flags: what a caseload needs. No periods, no
   * months, and the year to date's sums without its tables.
   */
  readonly summaryOnly?: boolean;
  /**
   * Of the periods and months, only the 4-week period and the calendar month holding the
   * as-at date (none when it is outside the year): what the person's What's left page
   * shows. The rest of the year's 13 periods and 12 months, each with its four tables,
   * were nine tenths of the cost of a full monitoring.
   */
  readonly holdingOnly?: boolean;
}

const FOUR_WEEKS = 28;
const PERIODS_A_YEAR = 13;

/** The monitoring of one budget with its ledger, as at the pricing's as-at date. */
export function monitor(
  pricing: PricedCosts,
  ledger: Ledger,
  options: MonitorOptions = {},
): Result<Monitoring> {
  const { plan } = pricing.budget;
  if (plan === undefined)
    return failed([problem(['plan', 'start'], 'ledger.validation.needsPlanStart')]);
  const asOf = pricing.asOf;
  const year = planYearHolding(plan.start, plan.end, asOf);
  const placed = placeTransactions(ledger, pricing.budget);
  const context: Context = {
    pricing,
    ledger,
    placed,
    asOf: dayNumber(asOf),
    plannedTotal: periodTotalOf(pricing),
  };
  const tables = options.summaryOnly !== true;
  // The year's items are read only for its tables; a summary needs its total alone.
  const yearCost = tables ? periodCost(pricing, year.from, year.to) : undefined;
  const yearBudget = yearCost?.total ?? context.plannedTotal(year.from, year.to);
  const yearToDate = actualOver(context, year.from, year.to, yearCost, tables);
  const projectedOutturn = projected(yearToDate.spent, yearToDate.plannedToDate, yearBudget);
  const balance = balanceOf(context);
  const start = dayNumber(plan.start);
  const before = placed.filter((entry) => entry.day < start && entry.day <= context.asOf);
  const yearRange = { from: dayNumber(year.from), to: Math.min(dayNumber(year.to), context.asOf) };
  const unmatched = placed.filter(
    (entry) => entry.placement.item === 'unmatched' && inRange(entry.day, yearRange),
  );
  const shown = (period: { from: IsoDate; to: IsoDate }) =>
    options.holdingOnly !== true || (period.from <= asOf && asOf <= period.to);
  const comingFrom = addDays(asOf, 1);
  const comingTo = minDate(addDays(asOf, FOUR_WEEKS), year.to);
  const monitoring: Monitoring = {
    asOf,
    year: { ...year, budget: yearBudget },
    yearToDate,
    periods:
      options.summaryOnly === true
        ? []
        : fourWeekPeriods(year)
            .filter(shown)
            .map((period) => actualOver(context, period.from, period.to)),
    months:
      options.summaryOnly === true
        ? []
        : monthsOf(year)
            .filter(shown)
            .map((period) => actualOver(context, period.from, period.to)),
    projectedOutturn,
    balance,
    coming:
      comingFrom <= comingTo
        ? {
            from: comingFrom,
            to: comingTo,
            planned: context.plannedTotal(comingFrom, comingTo),
          }
        : null,
    unmatched: { count: unmatched.length, total: sumPlaced(unmatched) },
    beforePlan: { count: before.length, total: sumPlaced(before) },
    flags: [],
  };
  return ok({
    ...monitoring,
    flags: findFlags({ pricing, ledger, placed, monitoring, policy: flagPolicy(pricing.card) }),
  });
}

interface Context {
  readonly pricing: PricedCosts;
  readonly ledger: Ledger;
  readonly placed: readonly PlacedTransaction[];
  readonly asOf: number;
  /** `periodCost(…).total` for a period as given, from the budget's amounts in pence. */
  readonly plannedTotal: (from: IsoDate, to: IsoDate) => Money;
}

/**
 * The plan year holding the date: from an anniversary of `plan.start` to the day before
 * the next, cut to `plan.end`. Before the plan starts, its first year; after it ends, its last.
 */
export function planYearHolding(
  start: IsoDate,
  end: IsoDate | undefined,
  date: IsoDate,
): { from: IsoDate; to: IsoDate } {
  const last = end !== undefined && date > end ? end : date;
  let years = Math.max(0, Number(last.slice(0, 4)) - Number(start.slice(0, 4)));
  while (years > 0 && addYears(start, years) > last) years--;
  const from = addYears(start, years);
  const to = addDays(addYears(start, years + 1), -1);
  return { from, to: end !== undefined && end < to ? end : to };
}

/** 4-week periods from the year's first day; the 13th runs to the year's end (29 or 30 days). */
export function fourWeekPeriods(year: {
  from: IsoDate;
  to: IsoDate;
}): { from: IsoDate; to: IsoDate }[] {
  const periods: { from: IsoDate; to: IsoDate }[] = [];
  for (let index = 0; index < PERIODS_A_YEAR; index++) {
    const from = addDays(year.from, index * FOUR_WEEKS);
    if (from > year.to) break;
    const to =
      index === PERIODS_A_YEAR - 1 ? year.to : minDate(addDays(from, FOUR_WEEKS - 1), year.to);
    periods.push({ from, to });
  }
  return periods;
}

/** Calendar months, the first and last cut to the year. */
export function monthsOf(year: { from: IsoDate; to: IsoDate }): { from: IsoDate; to: IsoDate }[] {
  const months: { from: IsoDate; to: IsoDate }[] = [];
  let from = year.from;
  while (from <= year.to) {
    const [y, m] = from.split('-').map(Number) as [number, number];
    const next = isoDate(Date.UTC(y, m, 1) / 86_400_000);
    const to = minDate(addDays(next, -1), year.to);
    months.push({ from, to });
    from = next;
  }
  return months;
}

function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

function inRange(day: number, range: DayRange): boolean {
  return day >= range.from && day <= range.to;
}

/**
 * Planned and spent over `from`..`to`, counting the days up to the as-at date; `whole`,
 * the period's cost where it is already worked out, for the tables. Without `tables`, the
 * sums only, the planned ones in whole pence (a caseload's summary shows no table, and the
 * tables were most of its cost).
 */
function actualOver(
  context: Context,
  from: IsoDate,
  to: IsoDate,
  whole?: PeriodCost,
  tables = true,
): PeriodActual {
  const { pricing } = context;
  const lastDay = Math.min(dayNumber(to), context.asOf);
  const started = lastDay >= dayNumber(from);
  const toDate = started ? isoDate(lastDay) : null;
  const range = { from: dayNumber(from), to: lastDay };
  const spentHere = started ? context.placed.filter((entry) => inRange(entry.day, range)) : [];
  if (!tables) {
    const planned = context.plannedTotal(from, to);
    return {
      from,
      to,
      toDate,
      planned,
      plannedToDate:
        toDate === null ? ZERO_MONEY : toDate === to ? planned : context.plannedTotal(from, toDate),
      spent: sumPlaced(spentHere),
      byItem: [],
      byArea: [],
      byResource: [],
      byAssistant: [],
    };
  }
  const full = whole ?? periodCost(pricing, from, to);
  const soFar = toDate === null ? null : toDate === to ? full : periodCost(pricing, from, toDate);
  const sums = {
    from,
    to,
    toDate,
    planned: full.total,
    plannedToDate: soFar?.total ?? ZERO_MONEY,
    spent: sumPlaced(spentHere),
  };
  const table = (
    keyOfItem: (item: PeriodCost['items'][number]) => string | null,
    keyOfSpent: (entry: PlacedTransaction) => string | null,
  ) => rowsOf(full, soFar, spentHere, keyOfItem, keyOfSpent);
  const lineAssistant = new Map(
    pricing.allLines.map((priced) => [priced.line.id, priced.line.assistant ?? null]),
  );
  return {
    ...sums,
    byItem: table(
      (item) => `${item.source}:${item.id}`,
      (entry) => entry.placement.item,
    ),
    byArea: table(
      (item) => item.domain,
      (entry) => entry.placement.area,
    ),
    byResource: table(
      (item) => item.resourceBucket,
      (entry) => entry.placement.resource,
    ),
    byAssistant: assistantRows(
      context,
      table(
        (item) => (item.source === 'line' ? (lineAssistant.get(item.id) ?? null) : null),
        (entry) => entry.placement.assistant,
      ),
      range,
    ),
  };
}

function rowsOf(
  full: PeriodCost,
  soFar: PeriodCost | null,
  spent: readonly PlacedTransaction[],
  keyOfItem: (item: PeriodCost['items'][number]) => string | null,
  keyOfSpent: (entry: PlacedTransaction) => string | null,
): ActualRow[] {
  const rows = new Map<
    string,
    { planned: Money[]; plannedToDate: Money[]; spent: PlacedTransaction[] }
  >();
  const row = (key: string) => {
    let found = rows.get(key);
    if (found === undefined) rows.set(key, (found = { planned: [], plannedToDate: [], spent: [] }));
    return found;
  };
  for (const item of full.items) {
    const key = keyOfItem(item);
    if (key !== null) row(key).planned.push(item.recurring, item.oneOff);
  }
  for (const item of soFar?.items ?? []) {
    const key = keyOfItem(item);
    if (key !== null) row(key).plannedToDate.push(item.recurring, item.oneOff);
  }
  for (const entry of spent) {
    const key = keyOfSpent(entry);
    if (key !== null) row(key).spent.push(entry);
  }
  return [...rows].map(([key, sums]) => ({
    key,
    planned: sumMoney(sums.planned),
    plannedToDate: sumMoney(sums.plannedToDate),
    spent: sumPlaced(sums.spent),
  }));
}

/** Each named assistant's row, with hours planned by their lines and hours on their timesheets. */
function assistantRows(
  context: Context,
  rows: readonly ActualRow[],
  range: DayRange,
): AssistantRow[] {
  const { pricing, ledger } = context;
  const plan = planRange(pricing.budget.plan);
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return (pricing.budget.assistants ?? []).map((assistant) => {
    let hoursPlanned: Decimal = new Dec(0);
    for (const priced of pricing.allLines) {
      if (priced.line.assistant !== assistant.id) continue;
      const days = range.to < range.from ? 0 : overlapDays(activeRange(priced.line, plan), range);
      if (days > 0) hoursPlanned = hoursPlanned.plus(priced.hours.times(days).div(7));
    }
    let hoursDelivered: Decimal = new Dec(0);
    for (const entry of ledger.timesheets) {
      if (entry.assistant === assistant.id && inRange(dayNumber(entry.date), range))
        hoursDelivered = hoursDelivered.plus(entry.hours);
    }
    const row = byKey.get(assistant.id) ?? {
      key: assistant.id,
      planned: ZERO_MONEY,
      plannedToDate: ZERO_MONEY,
      spent: ZERO_MONEY,
    };
    return { ...row, hoursPlanned, hoursDelivered };
  });
}

function projected(spent: Money, plannedToDate: Money, budget: Money): Money {
  if (plannedToDate.isZero()) return sumMoney([spent, budget]);
  return roundToPenny(spent.times(budget).div(plannedToDate));
}

function balanceOf(context: Context): Balance {
  const { ledger, placed, pricing } = context;
  const opening =
    ledger.openingBalance === undefined ? ZERO_MONEY : roundToPenny(new Dec(ledger.openingBalance));
  const received = sumMoney(
    ledger.receipts
      .filter((receipt) => dayNumber(receipt.date) <= context.asOf)
      .map((receipt) => roundToPenny(new Dec(receipt.amount))),
  );
  const spent = sumPlaced(placed.filter((entry) => entry.day <= context.asOf));
  const balance = subtractMoney(sumMoney([opening, received]), spent);
  const weeklyBudget = pricing.totals.weekly;
  return {
    opening,
    received,
    spent,
    balance,
    weeklyBudget,
    weeksHeld: weeklyBudget.isZero() ? null : balance.div(weeklyBudget),
  };
}
