/**
 * Each budget's ledger (docs/ledger.md), kept on the device beside the budget, under the
 * budget's id, and saved with it. Every change is read again with the ledger file's own
 * rules before it is kept: a change that would make the ledger unreadable (an import that
 * fails half-way, a hand entry with a bad date) is refused whole and nothing is changed.
 * The file's rules (zod) load with the first change, never at start-up, so a change
 * resolves once they are read.
 */
import type { StateCreator } from 'zustand';
import { emptyLedger } from '../domain/ledger/empty-ledger';
import type { Ledger, Transaction, TransactionMatch } from '../domain/ledger/ledger-schema';
import type { Problem } from '../domain/problems';

export interface SavedLedger {
  readonly ledger: Ledger;
  readonly updatedAt: string;
}

export type LedgerChange =
  { readonly ok: true } | { readonly ok: false; readonly problems: readonly Problem[] };

export interface LedgersSlice {
  ledgers: Readonly<Record<string, SavedLedger>>;
  /** The budget's ledger, or an empty one when nothing has been kept yet. */
  ledgerOf(budgetId: string): Ledger;
  /** Replaces the budget's ledger with a whole file read elsewhere; refused unless it names this budget. */
  setLedger(budgetId: string, ledger: Ledger): Promise<LedgerChange>;
  /** Adds or replaces one transaction (by its id). */
  saveTransaction(budgetId: string, transaction: Transaction): Promise<LedgerChange>;
  removeTransaction(budgetId: string, transactionId: string): Promise<LedgerChange>;
  /** The person confirms (or changes) what a transaction was for. */
  confirmMatch(
    budgetId: string,
    transactionId: string,
    match: Omit<TransactionMatch, 'confirmed'>,
  ): Promise<LedgerChange>;
  /** Adds everything an import read, in one change: all of it is kept, or none. */
  addImported(
    budgetId: string,
    added: {
      readonly [
        K in 'transactions' | 'receipts' | 'timesheets' | 'payroll'
      ]?: readonly Ledger[K][number][];
    },
  ): Promise<LedgerChange>;
  deleteLedger(budgetId: string): void;
}

export const createLedgersSlice: StateCreator<LedgersSlice, [], [], LedgersSlice> = (set, get) => {
  const ledgerOf = (budgetId: string) =>
    get().ledgers[budgetId]?.ledger ?? emptyLedger(`ledger-${budgetId}`, budgetId);
  /** Reads the changed ledger as a file would be read; keeps it only if it passes. */
  const change = async (
    budgetId: string,
    recipe: (ledger: Ledger) => Ledger,
  ): Promise<LedgerChange> => {
    const { readLedgerFor } = await import('../domain/ledger/read-ledger');
    // The ledger as it is after the wait, so two changes in a row both keep.
    const next = recipe(ledgerOf(budgetId));
    const read = readLedgerFor(next, budgetId);
    if (!read.ok) return read;
    set((state) => ({
      ledgers: {
        ...state.ledgers,
        [budgetId]: { ledger: read.value, updatedAt: new Date().toISOString() },
      },
    }));
    return { ok: true };
  };
  return {
    ledgers: {},
    ledgerOf,
    setLedger: (budgetId, ledger) => change(budgetId, () => ledger),
    saveTransaction: (budgetId, transaction) =>
      change(budgetId, (ledger) => ({
        ...ledger,
        transactions: ledger.transactions.some((kept) => kept.id === transaction.id)
          ? ledger.transactions.map((kept) => (kept.id === transaction.id ? transaction : kept))
          : [...ledger.transactions, transaction],
      })),
    removeTransaction: (budgetId, transactionId) =>
      change(budgetId, (ledger) => ({
        ...ledger,
        transactions: ledger.transactions.filter((kept) => kept.id !== transactionId),
      })),
    confirmMatch: (budgetId, transactionId, match) =>
      change(budgetId, (ledger) => ({
        ...ledger,
        transactions: ledger.transactions.map((kept) =>
          kept.id === transactionId ? { ...kept, match: { ...match, confirmed: true } } : kept,
        ),
      })),
    addImported: (budgetId, added) =>
      change(budgetId, (ledger) => ({
        ...ledger,
        transactions: [...ledger.transactions, ...(added.transactions ?? [])],
        receipts: [...ledger.receipts, ...(added.receipts ?? [])],
        timesheets: [...ledger.timesheets, ...(added.timesheets ?? [])],
        payroll: [...ledger.payroll, ...(added.payroll ?? [])],
      })),
    deleteLedger(budgetId) {
      set((state) => {
        const { [budgetId]: _deleted, ...rest } = state.ledgers;
        return { ledgers: rest };
      });
    },
  };
};
