/**
 * Investment payback (pricing rule 14): what an investment's effect saves a week, and the
 * week in which that saving has repaid it.
 */
import { dayNumber, isoDate, type IsoDate } from '../calendar';
import { parseMoney, roundUpToWhole, subtractMoney, sumMoney, type Money } from '../money';
import type { Budget, Expense, InvestmentEffect, NeedLine } from '../schema/budget';
import type { Warning } from '../warnings';
import type { PricedLine } from './line';

/** What a payback reads of a priced line: the line and its weekly cost. */
export type LineWeekly = Pick<PricedLine, 'line' | 'weekly'>;

export interface InvestmentPayback {
  readonly expense: Expense;
  readonly amount: Money;
  /** Σ weekly costs of the lines it ends − Σ weekly costs of the lines it starts. */
  readonly savingWeekly: Money;
  /**
   * The earliest `from` of the lines it starts, else the day after the latest `until` of
   * those it ends. Null when none is dated (there is then no payback), or when that day is
   * after 31 December 9999 (the payback then has its weeks but no date).
   */
  readonly effectDate: IsoDate | null;
  /** Null when the saving is not above 0: there is no payback. */
  readonly paybackWeeks: number | null;
  /**
   * Null when there is no payback, or when it falls after 31 December 9999, the last day a
   * date can be written as `YYYY-MM-DD` (a large investment saving a penny a week).
   */
  readonly paybackDate: IsoDate | null;
}

/** Investments with an effect, in the order of the file's expenses. */
export function investmentsWithEffect(budget: Budget): (Expense & { effect: InvestmentEffect })[] {
  return budget.expenses.filter(
    (expense): expense is Expense & { effect: InvestmentEffect } =>
      expense.kind === 'investment' && expense.effect !== undefined,
  );
}

/** Every investment with an effect, priced from every line of the budget (active or not). */
export function investmentPaybacks(
  budget: Budget,
  allLines: readonly LineWeekly[],
): InvestmentPayback[] {
  const byId = new Map(allLines.map((priced) => [priced.line.id, priced]));
  return investmentsWithEffect(budget).map((expense) => investmentPayback(expense, byId));
}

export function investmentPayback(
  expense: Expense & { effect: InvestmentEffect },
  linesById: ReadonlyMap<string, LineWeekly>,
): InvestmentPayback {
  const ends = named(linesById, expense.effect.ends);
  const starts = named(linesById, expense.effect.starts);
  const savingWeekly = subtractMoney(
    sumMoney(ends.map((priced) => priced.weekly)),
    sumMoney(starts.map((priced) => priced.weekly)),
  );
  const amount = parseMoney(expense.amount);
  const effectDay = dayOfEffect(
    starts.map((priced) => priced.line),
    ends.map((priced) => priced.line),
  );
  const effectDate = writtenDate(effectDay);
  if (!savingWeekly.gt(0) || effectDay === null) {
    return { expense, amount, savingWeekly, effectDate, paybackWeeks: null, paybackDate: null };
  }
  const paybackWeeks = roundUpToWhole(amount.div(savingWeekly));
  return {
    expense,
    amount,
    savingWeekly,
    effectDate,
    paybackWeeks,
    paybackDate: writtenDate(effectDay + paybackWeeks * 7),
  };
}

/** 31 December 9999: the last day a `YYYY-MM-DD` date can say. */
const LAST_WRITTEN_DAY = dayNumber('9999-12-31');

/** A day as a date, or null after the last day a date can say. */
function writtenDate(day: number | null): IsoDate | null {
  return day === null || day > LAST_WRITTEN_DAY ? null : isoDate(day);
}

/**
 * The day an effect starts: the earliest `from` of the lines it starts, else the day
 * after the latest `until` of the lines it ends; null when none of them is dated. A day
 * number, not a date: a line it ends may run to 31 December 9999, whose next day no
 * date can say.
 */
function dayOfEffect(starts: readonly NeedLine[], ends: readonly NeedLine[]): number | null {
  const froms = starts.flatMap((line) => (line.from === undefined ? [] : [dayNumber(line.from)]));
  if (froms.length > 0) return Math.min(...froms);
  const untils = ends.flatMap((line) => (line.until === undefined ? [] : [dayNumber(line.until)]));
  return untils.length > 0 ? Math.max(...untils) + 1 : null;
}

/**
 * `investmentWarnings` from each line's weekly cost in whole pence (`priced`, in the budget's
 * order of lines): a caseload's entry needs only whether each investment saves anything, and
 * that is a sum of whole numbers. Lines are found by id as `investmentPaybacks` finds
 * them (the last line of an id, an id named twice counted twice), and the day of effect
 * is worked out the same way.
 */
export function investmentWarningsInPence(
  budget: Budget,
  priced: readonly { readonly weekly: number }[],
): Warning[] {
  const investments = investmentsWithEffect(budget);
  if (investments.length === 0) return [];
  const byId = new Map(
    budget.lines.map((line, index) => [line.id, { line, weekly: priced[index]?.weekly ?? 0 }]),
  );
  const weekly = (lines: readonly { readonly weekly: number }[]) =>
    lines.reduce((sum, line) => sum + line.weekly, 0);
  const warnings: Warning[] = [];
  for (const expense of investments) {
    const ends = named(byId, expense.effect.ends);
    const starts = named(byId, expense.effect.starts);
    const effect = dayOfEffect(
      starts.map(({ line }) => line),
      ends.map(({ line }) => line),
    );
    if (effect === null || !(weekly(ends) - weekly(starts) > 0))
      warnings.push({ id: 'investment-no-saving', expense: expense.id });
  }
  return warnings;
}

/** The lines an effect names, found by id (the last line of an id), an id named twice twice. */
function named<T>(byId: ReadonlyMap<string, T>, ids: readonly string[] | undefined): T[] {
  return (ids ?? []).flatMap((id) => {
    const found = byId.get(id);
    return found === undefined ? [] : [found];
  });
}

/** An investment whose effect saves nothing a week has no payback (rule 14). */
export function investmentWarnings(budget: Budget, allLines: readonly LineWeekly[]): Warning[] {
  if (investmentsWithEffect(budget).length === 0) return [];
  return investmentPaybacks(budget, allLines)
    .filter((payback) => payback.paybackWeeks === null)
    .map((payback) => ({ id: 'investment-no-saving', expense: payback.expense.id }));
}
