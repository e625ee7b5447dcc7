/**
 * Where each transaction's money goes in the plan-against-actual tables (docs/ledger.md):
 * only a match the person has confirmed places it on a line, an area, a kind of support or
 * a named assistant; anything else is counted as not matched yet. Pure.
 */
import { dayNumber, type DayNumber } from '../calendar';
import { parseMoney, type Money } from '../money';
import { MoneyTotal, penceOfText } from '../pence';
import { GENERAL_DOMAIN } from '../pricing/amounts';
import type { Budget } from '../schema/budget';
import type { Ledger, Transaction } from './ledger-schema';

/** The keys a confirmed transaction counts under; `null` where it counts under none. */
export interface Placement {
  /** `line:l1`, `expense:e1`, `employer-cost:ec1`, `assistant:pa1`, `unplanned`, `unmatched`. */
  readonly item: string;
  /** An area of life id, `general`, `unplanned` or `unmatched`. */
  readonly area: string;
  /** A resource bucket (as in pricing), `unplanned` or `unmatched`. */
  readonly resource: string;
  /** The named assistant the money went to, if any. */
  readonly assistant: string | null;
}

export interface PlacedTransaction {
  readonly transaction: Transaction;
  readonly day: DayNumber;
  /**
   * The amount in whole pence (`penceOfText`), negative for a refund; null for a text not
   * written with two decimals, whose amount is then read as a decimal (`parseMoney`).
   * Sums of thousands of transactions are whole-number additions, not thousands of decimals.
   */
  readonly pence: number | null;
  readonly placement: Placement;
}

/** Whether a placed transaction pays money out (more than nothing). */
export function paysOut(entry: PlacedTransaction): boolean {
  return entry.pence === null ? parseMoney(entry.transaction.amount).gt(0) : entry.pence > 0;
}

/**
 * The sum of placed transactions' amounts: the same money as `sumMoney` of each text's
 * `parseMoney`, added in whole pence while every partial sum is a safe integer.
 */
export function sumPlaced(entries: Iterable<PlacedTransaction>): Money {
  const total = new MoneyTotal();
  for (const entry of entries) total.addPence(entry.pence, entry.transaction.amount);
  return total.money();
}

export const UNMATCHED = 'unmatched';
export const UNPLANNED = 'unplanned';

const NOT_MATCHED: Placement = {
  item: UNMATCHED,
  area: UNMATCHED,
  resource: UNMATCHED,
  assistant: null,
};
const NOT_PLANNED: Placement = {
  item: UNPLANNED,
  area: UNPLANNED,
  resource: UNPLANNED,
  assistant: null,
};

/** Every transaction with its day, its amount and where it counts; in date order. */
export function placeTransactions(ledger: Ledger, budget: Budget): PlacedTransaction[] {
  const lines = new Map(budget.lines.map((line) => [line.id, line]));
  const expenses = new Map(budget.expenses.map((expense) => [expense.id, expense]));
  const assistantArea = new Map<string, string>();
  for (const assistant of budget.assistants ?? []) {
    const areas = new Set(
      budget.lines.filter((line) => line.assistant === assistant.id).map((line) => line.domain),
    );
    // Pay matched to an assistant, not a line, is in their area when all their lines share one.
    const [only] = areas;
    assistantArea.set(assistant.id, areas.size === 1 && only !== undefined ? only : GENERAL_DOMAIN);
  }
  const place = (transaction: Transaction): Placement => {
    const { match } = transaction;
    if (match === undefined || !match.confirmed) return NOT_MATCHED;
    const id = match.id ?? '';
    switch (match.kind) {
      case 'unplanned':
        return NOT_PLANNED;
      case 'line': {
        const line = lines.get(id);
        if (line === undefined) return NOT_MATCHED;
        return {
          item: `line:${id}`,
          area: line.domain,
          resource: line.resource,
          assistant: line.assistant ?? null,
        };
      }
      case 'assistant':
        return {
          item: `assistant:${id}`,
          area: assistantArea.get(id) ?? GENERAL_DOMAIN,
          resource: 'personal-assistant',
          assistant: id,
        };
      case 'expense': {
        const expense = expenses.get(id);
        if (expense === undefined) return NOT_MATCHED;
        return {
          item: `expense:${id}`,
          area: expense.domain ?? GENERAL_DOMAIN,
          resource: 'expenses',
          assistant: null,
        };
      }
      case 'employer-cost':
        return {
          item: `employer-cost:${id}`,
          area: GENERAL_DOMAIN,
          resource: 'personal-assistant',
          assistant: null,
        };
    }
  };
  return ledger.transactions
    .map((transaction) => ({
      transaction,
      day: dayNumber(transaction.date),
      pence: penceOfText(transaction.amount),
      placement: place(transaction),
    }))
    .sort((a, b) => a.day - b.day);
}
