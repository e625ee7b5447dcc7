/**
 * Checking what was read back from the device, in full, before the app uses any of it:
 * the stored shape with zod, then each budget and rate card with the rules of its file
 * (readBudget, readRateCard). persistence.ts loads this module with import() while it
 * reads IndexedDB, so zod and the schemas are not part of the app's start-up script.
 */
import { readLedger } from '../domain/ledger/read-ledger';
import { readBudget, readRateCard } from '../domain/read';
import type { Budget } from '../domain/schema/budget';
import { progressFromSectionIds } from '../domain/sections';
import type { SavedLedger } from './ledgers-slice';
import type { SavedRateCard } from './rate-cards-slice';
import {
  savedBudgetShape,
  savedLedgerShape,
  savedRateCardShape,
  storedStateSchema,
  type Draft,
  type SavedBudget,
} from './saved-budget';

export type StoredStateRead =
  | { readonly ok: false }
  | {
      readonly ok: true;
      readonly budgets: Record<string, SavedBudget>;
      readonly drafts: Record<string, Draft>;
      readonly rateCards: Record<string, SavedRateCard>;
      readonly ledgers: Record<string, SavedLedger>;
      /** What failed its checks, by id: set aside, never used. */
      readonly failedBudgets: Record<string, unknown>;
      readonly failedCards: Record<string, unknown>;
      readonly failedLedgers: Record<string, unknown>;
    };

export function readStoredState(state: unknown): StoredStateRead {
  const shape = storedStateSchema.safeParse(state);
  if (!shape.success) return { ok: false };
  const budgets = readBudgets(shape.data.budgets);
  const cards = readRateCards(shape.data.rateCards ?? {});
  const ledgers = readLedgers(shape.data.ledgers ?? {});
  return {
    ok: true,
    budgets: budgets.budgets,
    drafts: shape.data.drafts,
    rateCards: cards.rateCards,
    ledgers: ledgers.ledgers,
    failedBudgets: budgets.failed,
    failedCards: cards.failed,
    failedLedgers: ledgers.failed,
  };
}

/** The drafts kept under their own key (persistence.ts), or null if they are not drafts. */
export function readStoredDrafts(drafts: unknown): Record<string, Draft> | null {
  const shape = storedStateSchema.shape.drafts.safeParse(drafts);
  return shape.success ? shape.data : null;
}

function readBudgets(stored: Record<string, unknown>): {
  budgets: Record<string, SavedBudget>;
  failed: Record<string, unknown>;
} {
  const budgets: Record<string, SavedBudget> = {};
  const failed: Record<string, unknown> = {};
  for (const [id, entry] of Object.entries(stored)) {
    const shape = savedBudgetShape.safeParse(entry);
    const budget = shape.success ? readBudget(shape.data.budget) : null;
    if (shape.success && budget?.ok === true && budget.value.id === id) {
      const { completed, ...rest } = shape.data;
      budgets[id] = { ...rest, budget: withStoredProgress(budget.value, completed ?? []) };
    } else {
      failed[id] = entry;
    }
  }
  return { budgets, failed };
}

/** Sections marked on this device before the file kept progress: carried into the file once. */
function withStoredProgress(budget: Budget, completed: readonly string[]): Budget {
  if (budget.progress !== undefined || completed.length === 0) return budget;
  return { ...budget, progress: progressFromSectionIds(completed) };
}

/** Each card kept on the device is read with the rules of a rate-card file, like a budget. */
function readRateCards(stored: Record<string, unknown>): {
  rateCards: Record<string, SavedRateCard>;
  failed: Record<string, unknown>;
} {
  const rateCards: Record<string, SavedRateCard> = {};
  const failed: Record<string, unknown> = {};
  for (const [id, entry] of Object.entries(stored)) {
    const shape = savedRateCardShape.safeParse(entry);
    const card = shape.success ? readRateCard(shape.data.card) : null;
    if (shape.success && card?.ok === true && card.value.id === id) {
      const { basedOn, ...rest } = shape.data;
      rateCards[id] = { ...rest, ...(basedOn === undefined ? {} : { basedOn }), card: card.value };
    } else {
      failed[id] = entry;
    }
  }
  return { rateCards, failed };
}

/** Each ledger kept on the device is read with the rules of a ledger file, under its budget's id. */
function readLedgers(stored: Record<string, unknown>): {
  ledgers: Record<string, SavedLedger>;
  failed: Record<string, unknown>;
} {
  const ledgers: Record<string, SavedLedger> = {};
  const failed: Record<string, unknown> = {};
  for (const [id, entry] of Object.entries(stored)) {
    const read = readSavedLedger(entry);
    if (read?.ledger.budget === id) ledgers[id] = read;
    else failed[id] = entry;
  }
  return { ledgers, failed };
}

function readSavedLedger(entry: unknown): SavedLedger | null {
  const shape = savedLedgerShape.safeParse(entry);
  if (!shape.success) return null;
  const ledger = readLedger(shape.data.ledger);
  return ledger.ok ? { updatedAt: shape.data.updatedAt, ledger: ledger.value } : null;
}
