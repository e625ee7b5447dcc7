/**
 * The red flags (docs/ledger.md), each with its id, its threshold from the card's
 * monitoring policy (policy.ts) and the transactions, lines, assistants or days behind it,
 * so a team can trace every flag to what caused it. Pure.
 */
import { dayNumber, isoDate, type IsoDate } from '../calendar';
import { Dec, roundPercent, subtractMoney, toMoneyText } from '../money';
import { activeRange, planRange } from '../pricing/active';
import type { PricedCosts } from '../pricing/price-budget';
import type { Ledger } from './ledger-schema';
import { paysOut, sumPlaced, type PlacedTransaction } from './actuals';
import type { Monitoring } from './monitor';
import type { FlagPolicy } from './policy';
import { weeksShown } from './weeks-shown';

export const FLAG_IDS = [
  'overspend-pace',
  'surplus',
  'unplanned-spend',
  'pa-hours-over-contract',
  'employer-costs-missing',
  'spend-after-end',
  'care-not-delivered',
] as const;
export type FlagId = (typeof FLAG_IDS)[number];

export interface Flag {
  readonly id: FlagId;
  /** The figures the flag's words name (amounts as two-decimal text). */
  readonly values: Readonly<Record<string, string | number>>;
  /** What is behind it: transaction ids, line ids, assistant ids, and for hours the weeks. */
  readonly transactions: readonly string[];
  readonly lines: readonly string[];
  readonly assistants: readonly string[];
}

export interface FlagInput {
  readonly pricing: PricedCosts;
  readonly ledger: Ledger;
  readonly placed: readonly PlacedTransaction[];
  readonly monitoring: Omit<Monitoring, 'flags'>;
  readonly policy: FlagPolicy;
}

const flag = (
  id: FlagId,
  values: Flag['values'],
  behind: Partial<Pick<Flag, 'transactions' | 'lines' | 'assistants'>> = {},
): Flag => ({
  id,
  values,
  transactions: behind.transactions ?? [],
  lines: behind.lines ?? [],
  assistants: behind.assistants ?? [],
});

export function findFlags(input: FlagInput): Flag[] {
  return [
    ...overspendPace(input),
    ...surplus(input),
    ...unplannedSpend(input),
    ...hoursOverContract(input),
    ...employerCostsMissing(input),
    ...spendAfterEnd(input),
    ...careNotDelivered(input),
  ];
}

/** Projected outturn at least `overspendPercent` over the year's budget. */
function overspendPace({ monitoring, policy }: FlagInput): Flag[] {
  const budget = monitoring.year.budget;
  if (budget.isZero() || monitoring.yearToDate.spent.isZero()) return [];
  const over = subtractMoney(monitoring.projectedOutturn, budget);
  const percent = over.div(budget).times(100);
  if (percent.lessThan(policy.overspendPercent)) return [];
  return [
    flag('overspend-pace', {
      projected: toMoneyText(monitoring.projectedOutturn),
      budget: toMoneyText(budget),
      over: toMoneyText(over),
      percent: roundPercent(percent),
      threshold: policy.overspendPercent.toFixed(),
    }),
  ];
}

/** The balance held is more than `surplusWeeks` weeks of budget. */
function surplus({ monitoring, policy }: FlagInput): Flag[] {
  const { weeksHeld, balance, weeklyBudget } = monitoring.balance;
  if (weeksHeld === null || !weeksHeld.greaterThan(policy.surplusWeeks)) return [];
  const limit = weeklyBudget.times(policy.surplusWeeks);
  return [
    flag('surplus', {
      balance: toMoneyText(balance),
      weeks: weeksShown(weeksHeld, policy),
      threshold: policy.surplusWeeks.toFixed(),
      // What over the threshold a council may ask for back.
      over: balance.minus(limit).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2),
    }),
  ];
}

/** Confirmed unplanned spending in the year to date of at least `unplannedAmount`. */
function unplannedSpend({ placed, monitoring, policy }: FlagInput): Flag[] {
  const from = dayNumber(monitoring.year.from);
  const to = dayNumber(monitoring.yearToDate.toDate ?? monitoring.year.from);
  const unplanned = placed.filter(
    (entry) => entry.placement.item === 'unplanned' && entry.day >= from && entry.day <= to,
  );
  const total = sumPlaced(unplanned);
  if (unplanned.length === 0 || total.lessThan(policy.unplannedAmount)) return [];
  return [
    flag(
      'unplanned-spend',
      {
        total: toMoneyText(total),
        count: unplanned.length,
        threshold: toMoneyText(policy.unplannedAmount),
      },
      { transactions: unplanned.map((entry) => entry.transaction.id) },
    ),
  ];
}

/**
 * A week (7 days from the plan's start) in which an assistant's timesheets hold more hours
 * than their contract (when it is above 0) or more than `weeklyHoursLimit`.
 */
function hoursOverContract({ pricing, ledger, monitoring, policy }: FlagInput): Flag[] {
  const start = dayNumber(pricing.budget.plan?.start ?? monitoring.year.from);
  const asOf = dayNumber(monitoring.asOf);
  const found: Flag[] = [];
  for (const assistant of pricing.budget.assistants ?? []) {
    const contract = new Dec(assistant.contractedHoursWeekly);
    const weeks = new Map<number, Dec>();
    for (const entry of ledger.timesheets) {
      const day = dayNumber(entry.date);
      if (entry.assistant !== assistant.id || day < start || day > asOf) continue;
      const week = Math.floor((day - start) / 7);
      weeks.set(week, (weeks.get(week) ?? new Dec(0)).plus(entry.hours));
    }
    const over = [...weeks]
      .filter(
        ([, hours]) =>
          hours.greaterThan(policy.weeklyHoursLimit) ||
          (contract.greaterThan(0) && hours.greaterThan(contract)),
      )
      .sort(([a], [b]) => a - b);
    const first = over[0];
    if (first === undefined) continue;
    const [firstWeek, firstHours] = first;
    found.push(
      flag(
        'pa-hours-over-contract',
        {
          name: assistant.name,
          weeks: over.length,
          weekFrom: isoDate(start + firstWeek * 7),
          hours: firstHours.toFixed(),
          contract: contract.toFixed(),
          limit: policy.weeklyHoursLimit.toFixed(),
          weekStarts: over.map(([week]) => isoDate(start + week * 7)).join(' '),
        },
        { assistants: [assistant.id] },
      ),
    );
  }
  return found;
}

/** The same day `months` earlier; a day the month lacks becomes its last day. */
export function monthsBefore(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index % 12;
  const last = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(targetYear, targetMonth, Math.min(day, last)))
    .toISOString()
    .slice(0, 10);
}

/**
 * Personal assistants have been employed for the whole of the last `employerCostMonths`
 * months (a PA line active on every day of them), the ledger has recorded them all (its
 * first dated record is on or before their first day) and nothing in those months paid an
 * employer's cost or a payroll: no confirmed transaction matched to an employer cost and no
 * payroll summary whose period ends in them. A ledger that says nothing of those months
 * (an empty one, or one begun within them) is no evidence that nothing was paid.
 */
function employerCostsMissing({ pricing, ledger, placed, monitoring, policy }: FlagInput): Flag[] {
  const asOf = dayNumber(monitoring.asOf);
  const windowStart = dayNumber(monthsBefore(monitoring.asOf, policy.employerCostMonths)) + 1;
  const plan = planRange(pricing.budget.plan);
  const paLines = pricing.allLines.filter(
    (priced) => priced.line.resource === 'personal-assistant',
  );
  const employed = paLines.some((priced) => {
    const range = activeRange(priced.line, plan);
    return range.from <= windowStart && range.to >= asOf;
  });
  if (!employed || !recordedSince(ledger, placed, windowStart)) return [];
  const paid = placed.some(
    (entry) =>
      entry.placement.item.startsWith('employer-cost:') &&
      entry.day >= windowStart &&
      entry.day <= asOf,
  );
  const payroll = ledger.payroll.some((entry) => {
    const day = dayNumber(entry.to);
    return day >= windowStart && day <= asOf;
  });
  if (paid || payroll) return [];
  const last = [
    ...placed
      .filter((entry) => entry.placement.item.startsWith('employer-cost:') && entry.day <= asOf)
      .map((entry) => entry.transaction.date),
    ...ledger.payroll.filter((entry) => dayNumber(entry.to) <= asOf).map((entry) => entry.to),
  ].sort();
  return [
    flag(
      'employer-costs-missing',
      { months: policy.employerCostMonths, since: isoDate(windowStart), last: last.at(-1) ?? '' },
      { lines: paLines.map((priced) => priced.line.id) },
    ),
  ];
}

/** Whether the ledger holds a dated record (of any kind) on or before `day`. */
function recordedSince(ledger: Ledger, placed: readonly PlacedTransaction[], day: number): boolean {
  const onOrBefore = (date: IsoDate) => dayNumber(date) <= day;
  return (
    placed.some((entry) => entry.day <= day) ||
    ledger.receipts.some((entry) => onOrBefore(entry.date)) ||
    ledger.timesheets.some((entry) => onOrBefore(entry.date)) ||
    ledger.payroll.some((entry) => onOrBefore(entry.from))
  );
}

/** Confirmed spending on a line or a recurring expense more than `spendAfterEndDays` after it ended. */
function spendAfterEnd({ pricing, placed, monitoring, policy }: FlagInput): Flag[] {
  const asOf = dayNumber(monitoring.asOf);
  const plan = planRange(pricing.budget.plan);
  const ends = new Map<string, number>();
  for (const line of pricing.budget.lines) ends.set(`line:${line.id}`, activeRange(line, plan).to);
  for (const expense of pricing.budget.expenses) {
    if (expense.frequency !== 'one-off')
      ends.set(`expense:${expense.id}`, activeRange(expense, plan).to);
  }
  const late = placed.filter((entry) => {
    const end = ends.get(entry.placement.item);
    return (
      end !== undefined &&
      entry.day <= asOf &&
      entry.day > end + policy.spendAfterEndDays &&
      paysOut(entry)
    );
  });
  if (late.length === 0) return [];
  return [
    flag(
      'spend-after-end',
      {
        count: late.length,
        total: toMoneyText(sumPlaced(late)),
        days: policy.spendAfterEndDays,
      },
      {
        transactions: late.map((entry) => entry.transaction.id),
        lines: [...new Set(late.map((entry) => entry.placement.item.replace(/^[a-z-]+:/, '')))],
      },
    ),
  ];
}

/**
 * A paid line (a provider's or an assistant's) active on every day of the last
 * `careGapWeeks` weeks, that comes at least once in that time, with nothing in those
 * weeks to show it was given: no confirmed spending on it (or on another line of the same
 * provider, or on its assistant), no timesheet hours and no payroll period of its assistant.
 */
function careNotDelivered({ pricing, ledger, placed, monitoring, policy }: FlagInput): Flag[] {
  const asOf = dayNumber(monitoring.asOf);
  const windowStart = asOf - policy.careGapWeeks * 7 + 1;
  const plan = planRange(pricing.budget.plan);
  const inWindow = (day: number) => day >= windowStart && day <= asOf;
  const lineById = new Map(pricing.budget.lines.map((line) => [line.id, line]));
  const evidence = new Set<string>();
  for (const entry of placed) {
    if (!inWindow(entry.day)) continue;
    const [kind, id = ''] = entry.placement.item.split(':');
    if (kind === 'line') {
      evidence.add(`line:${id}`);
      const provider = lineById.get(id)?.provider;
      if (provider !== undefined) evidence.add(`provider:${provider}`);
    }
    if (entry.placement.assistant !== null) evidence.add(`assistant:${entry.placement.assistant}`);
  }
  for (const entry of ledger.timesheets)
    if (inWindow(dayNumber(entry.date)) && new Dec(entry.hours).greaterThan(0))
      evidence.add(`assistant:${entry.assistant}`);
  for (const entry of ledger.payroll) {
    if (dayNumber(entry.from) <= asOf && dayNumber(entry.to) >= windowStart)
      evidence.add(`assistant:${entry.assistant}`);
  }
  const missed = pricing.allLines.filter(({ line, weekly }) => {
    if (line.resource !== 'registered-provider' && line.resource !== 'personal-assistant')
      return false;
    if (weekly.isZero()) return false;
    const every =
      line.frequency?.everyWeeks ?? (line.frequency?.weeksAYear === undefined ? 1 : Infinity);
    if (every > policy.careGapWeeks) return false;
    const range = activeRange(line, plan);
    if (range.from > windowStart || range.to < asOf) return false;
    const given =
      evidence.has(`line:${line.id}`) ||
      (line.provider !== undefined && evidence.has(`provider:${line.provider}`)) ||
      (line.assistant !== undefined && evidence.has(`assistant:${line.assistant}`));
    return !given;
  });
  if (missed.length === 0) return [];
  return [
    flag(
      'care-not-delivered',
      { count: missed.length, weeks: policy.careGapWeeks, since: isoDate(windowStart) },
      {
        lines: missed.map(({ line }) => line.id),
        assistants: [
          ...new Set(
            missed.flatMap(({ line }) => (line.assistant === undefined ? [] : [line.assistant])),
          ),
        ],
      },
    ),
  ];
}
