/** What the app keeps on the device for each budget: the budget file itself, plus its working state. */
import { z } from 'zod';
import type { Budget } from '../domain/schema/budget';

export interface SavedBudget {
  readonly budget: Budget;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** When the budget file was last downloaded, to remind people to keep a copy. */
  readonly exportedAt: string | null;
}

/** A form being filled in: every field as typed (text, or a list of ticked boxes). */
export type Draft = Readonly<Record<string, string | readonly string[]>>;

/** The shape of everything stored; each budget is then read with the file rules (readBudget). */
export const storedStateSchema = z.strictObject({
  budgets: z.record(z.string(), z.unknown()),
  drafts: z.record(z.string(), z.record(z.string(), z.union([z.string(), z.array(z.string())]))),
  // Added after the first release of version 1: absent in state saved before it.
  rateCards: z.record(z.string(), z.unknown()).optional(),
  // Added with the ledger (docs/ledger.md): absent in state saved before it.
  ledgers: z.record(z.string(), z.unknown()).optional(),
});

/** A ledger kept on the device; the ledger itself is then read with the file rules (readLedger). */
export const savedLedgerShape = z.strictObject({
  ledger: z.unknown(),
  updatedAt: z.string(),
});

/** A rate card kept on the device; the card itself is then read with the file rules (readRateCard). */
export const savedRateCardShape = z.strictObject({
  card: z.unknown(),
  addedAt: z.string(),
  origin: z.enum(['imported', 'made']),
  basedOn: z.string().optional(),
});

export const savedBudgetShape = z.strictObject({
  budget: z.unknown(),
  createdAt: z.string(),
  updatedAt: z.string(),
  // Task-list sections marked completed, kept here before the budget file carried its
  // own progress; read once into the file's `progress` (stored-state-reader.ts), never written.
  completed: z.array(z.string()).optional(),
  exportedAt: z.string().nullable(),
});
