/**
 * A file chosen for the team's monitoring (docs/ledger.md, "For the team"): a budget file
 * or a ledger file, told apart by the ledger's `format`, each read with its own file's
 * checks and limits. The page's workers and `npm run price -- monitor --cohort` read with
 * this one function.
 */
import { withItemNames, failed, ok, type Result } from '../domain/problems';
import { BUDGET_FILE_LIMITS, parseJsonBytes } from '../domain/json-text';
import { LEDGER_FORMAT } from '../domain/ledger/empty-ledger';
import type { Ledger } from '../domain/ledger/ledger-schema';
import { LEDGER_FILE_LIMITS, readLedger } from '../domain/ledger/read-ledger';
import { readBudget } from '../domain/read';
import type { Budget } from '../domain/schema/budget';
import { budgetFileSizeProblem } from './budget-file';

export type MonitoringDocument =
  | { readonly kind: 'budget'; readonly budget: Budget }
  | { readonly kind: 'ledger'; readonly ledger: Ledger };

const isLedger = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  (value as { format?: unknown }).format === LEDGER_FORMAT;

export function readMonitoringBytes(bytes: Uint8Array): Result<MonitoringDocument> {
  // A budget file is held to its own smaller limits; only a ledger may be larger.
  const small = budgetFileSizeProblem(bytes.length) === null;
  const json = parseJsonBytes(bytes, small ? BUDGET_FILE_LIMITS : LEDGER_FILE_LIMITS);
  if (!json.ok) return json;
  if (isLedger(json.value)) {
    const ledger = readLedger(json.value);
    return ledger.ok ? ok({ kind: 'ledger', ledger: ledger.value }) : ledger;
  }
  const tooLarge = budgetFileSizeProblem(bytes.length);
  if (tooLarge !== null) return failed([tooLarge]);
  const budget = readBudget(json.value);
  return budget.ok
    ? ok({ kind: 'budget', budget: budget.value })
    : failed(withItemNames(budget.problems, json.value));
}
