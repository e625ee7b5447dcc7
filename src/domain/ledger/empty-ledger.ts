/**
 * The ledger file's name and version, and an empty ledger, apart from the schema: the
 * store makes an empty ledger at start-up, and zod must stay out of start-up (the size
 * budget in scripts/size-budget.ts holds it).
 */
import type { Ledger } from './ledger-schema';

export const LEDGER_FORMAT = 'support-budget-ledger';
export const LEDGER_VERSION = 1;

export function emptyLedger(id: string, budget: string): Ledger {
  return {
    format: LEDGER_FORMAT,
    version: LEDGER_VERSION,
    id,
    budget,
    transactions: [],
    receipts: [],
    timesheets: [],
    payroll: [],
  };
}
