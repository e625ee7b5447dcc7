/**
 * A team's view of many budgets' spending (docs/ledger.md, "For the team"): each budget
 * with its ledger monitored as at one day, as plain JSON that crosses from a worker to the
 * page, then every budget ranked by its red flags, the most serious first. Pure.
 */
import {
  parseMoney,
  sumMoney,
  toMoneyText,
  ZERO_MONEY,
  type Money,
  type MoneyText,
} from '../money';
import type { PricedCosts } from '../pricing/price-budget';
import { ok, problem, type Problem, type Result } from '../problems';
import type { Budget } from '../schema/budget';
import { byFile } from '../code-unit-order';
import { behindNames, type BehindNames } from './behind-names';
import { FLAG_IDS, type Flag, type FlagId } from './flags';
import type { Ledger } from './ledger-schema';
import { monitor } from './monitor';
import { weeksText } from './monitor-report';

/**
 * The flags from most to least serious: care not happening is a warning about the person,
 * not only about money; then money going faster than the year allows, or after support
 * ended; then an assistant's hours (their safety and the law on working time), employer's
 * costs missing (an employer's duty), spending not in the plan; and last, money building
 * up, which a council recovers but which harms no one this week.
 */
export const FLAG_SEVERITY: readonly FlagId[] = [
  'care-not-delivered',
  'overspend-pace',
  'spend-after-end',
  'pa-hours-over-contract',
  'employer-costs-missing',
  'unplanned-spend',
  'surplus',
];

/** A transaction behind a flag, as the team sees it. */
export interface BehindTransaction {
  readonly id: string;
  readonly date: string;
  readonly amount: MoneyText;
  readonly payee: string;
  readonly description: string;
}

export interface MonitorEntry {
  readonly file: string;
  readonly id: string;
  readonly person: string;
  readonly reference: string;
  readonly asOf: string;
  /** The plan year's budget (rule 12) and, to the as-at day, planned and spent. */
  readonly yearBudget: MoneyText;
  readonly plannedToDate: MoneyText;
  readonly spent: MoneyText;
  readonly projectedOutturn: MoneyText;
  readonly balance: MoneyText;
  /** Balance in weeks of budget, to one place; null when the plan costs nothing a week. */
  readonly weeksHeld: string | null;
  /** In order of severity. */
  readonly flags: readonly Flag[];
  /** The money the flags name: over the budget or the surplus limit, unplanned or late spending. */
  readonly atStake: MoneyText;
  /** Every transaction a flag names, by id, so each flag can be traced on the page. */
  readonly behind: Readonly<Record<string, BehindTransaction>>;
  /** The names of the lines and assistants the flags name, as the person knows them. */
  readonly names: BehindNames;
}

/** Money a flag is about; 0 for flags about care or hours. */
export function flagAmount(flag: Flag): Money {
  const key =
    flag.id === 'overspend-pace' || flag.id === 'surplus'
      ? 'over'
      : flag.id === 'unplanned-spend' || flag.id === 'spend-after-end'
        ? 'total'
        : null;
  const value = key === null ? undefined : flag.values[key];
  return typeof value === 'string' ? parseMoney(value) : ZERO_MONEY;
}

export const severityOf = (id: FlagId): number => FLAG_SEVERITY.indexOf(id);

/** One budget with its ledger, monitored as at the pricing's as-at day (year, balance and flags). */
export function monitorEntryOf(
  file: string,
  pricing: PricedCosts,
  ledger: Ledger,
): Result<MonitorEntry> {
  const monitored = monitor(pricing, ledger, { summaryOnly: true });
  if (!monitored.ok) return monitored;
  const { value } = monitored;
  const { budget } = pricing;
  const flags = [...value.flags].sort((a, b) => severityOf(a.id) - severityOf(b.id));
  const named = new Set(flags.flatMap((flag) => flag.transactions));
  const behind: Record<string, BehindTransaction> = {};
  for (const transaction of ledger.transactions) {
    if (!named.has(transaction.id)) continue;
    behind[transaction.id] = {
      id: transaction.id,
      date: transaction.date,
      amount: toMoneyText(parseMoney(transaction.amount)),
      payee: transaction.payee,
      description: transaction.description,
    };
  }
  return ok({
    file,
    id: budget.id,
    person: budget.person.name,
    reference: budget.person.reference ?? '',
    asOf: value.asOf,
    yearBudget: toMoneyText(value.year.budget),
    plannedToDate: toMoneyText(value.yearToDate.plannedToDate),
    spent: toMoneyText(value.yearToDate.spent),
    projectedOutturn: toMoneyText(value.projectedOutturn),
    balance: toMoneyText(value.balance.balance),
    weeksHeld: value.balance.weeksHeld === null ? null : weeksText(value.balance.weeksHeld),
    flags,
    atStake: toMoneyText(sumMoney(flags.map(flagAmount))),
    behind,
    names: behindNames(budget, flags),
  });
}

/**
 * Budgets by their most serious flag, then the money at stake (most first), then how many
 * flags, then file; budgets with no flag after every flagged one, by file.
 */
export function rankMonitored(entries: readonly MonitorEntry[]): MonitorEntry[] {
  const keyed = entries.map((entry) => {
    const first = entry.flags[0];
    return {
      entry,
      severity: first === undefined ? FLAG_IDS.length : severityOf(first.id),
      atStake: parseMoney(entry.atStake),
    };
  });
  keyed.sort(
    (a, b) =>
      a.severity - b.severity ||
      b.atStake.comparedTo(a.atStake) ||
      b.entry.flags.length - a.entry.flags.length ||
      byFile(a.entry, b.entry),
  );
  return keyed.map(({ entry }) => entry);
}

/** How many budgets have each flag, every flag listed in order of severity. */
export function flagCounts(entries: readonly MonitorEntry[]): Record<FlagId, number> {
  const counts = Object.fromEntries(FLAG_SEVERITY.map((id) => [id, 0])) as Record<FlagId, number>;
  for (const entry of entries) for (const id of new Set(entry.flags.map((f) => f.id))) counts[id]++;
  return counts;
}

/** A budget file with its ledger file, or one without the other. */
export interface Paired<B, L> {
  readonly pairs: { readonly budget: B; readonly ledger: L }[];
  /** Budgets no ledger names. */
  readonly withoutLedger: B[];
  /**
   * Budgets with the id of a budget read before them (a copy, or the same plan in English
   * and Welsh): a ledger names its budget by id, so only the first can be held against it.
   */
  readonly sameId: { readonly budget: B; readonly first: B }[];
  /** Ledgers naming no budget that was read (or a second ledger for one budget). */
  readonly withoutBudget: L[];
}

/** Each ledger with the budget whose `id` it names; the first ledger for a budget wins. */
export function pairLedgers<B extends { budget: Budget }, L extends { ledger: Ledger }>(
  budgets: readonly B[],
  ledgers: readonly L[],
): Paired<B, L> {
  const byId = new Map<string, B>();
  for (const budget of budgets) if (!byId.has(budget.budget.id)) byId.set(budget.budget.id, budget);
  const taken = new Map<string, L>();
  const withoutBudget: L[] = [];
  for (const ledger of ledgers) {
    const id = ledger.ledger.budget;
    if (byId.has(id) && !taken.has(id)) taken.set(id, ledger);
    else withoutBudget.push(ledger);
  }
  const pairs: { budget: B; ledger: L }[] = [];
  const withoutLedger: B[] = [];
  const sameId: { budget: B; first: B }[] = [];
  for (const budget of budgets) {
    const first = byId.get(budget.budget.id) as B;
    const ledger = taken.get(budget.budget.id);
    if (first !== budget) sameId.push({ budget, first });
    else if (ledger !== undefined) pairs.push({ budget, ledger });
    else withoutLedger.push(budget);
  }
  return { pairs, withoutLedger, sameId, withoutBudget };
}

/** The problem said of a budget whose id a budget read before it has (`file`). */
export const sameIdProblem = (file: string, id: string): Problem =>
  problem([], 'ledger.team.sameBudgetId', { file, id });

/** The problem said of a ledger whose budget is not among those read. */
export const noBudgetProblem = (budgetId: string): Problem =>
  problem(['budget'], 'ledger.team.noBudget', { id: budgetId });

/** The problem said of a budget with no ledger. */
export const noLedgerProblem = (): Problem => problem([], 'ledger.team.noLedger');
