/**
 * Reading a ledger file with the rules every file here is read by (size and depth limits
 * before parsing, UTF-8 only, the format and version gate, the strict schema), then the
 * rules that span fields, and, once its budget is known, the rules that tie the two.
 */
import { parseJsonText, type JsonLimits } from '../json-text';
import { readLedgerFast } from './fast-ledger';
import { problem, type Problem, type Result } from '../problems';
import { readDocument, type DocumentKind } from '../read';
import type { Budget } from '../schema/budget';
import type { RateCard } from '../schema/rate-card';
import { duplicateIds } from '../schema/unique-ids';
import {
  LEDGER_FORMAT,
  LEDGER_VERSION,
  ledgerSchema,
  type Ledger,
  type TransactionMatch,
} from './ledger-schema';

/** 50,000 transactions of a few hundred bytes each fit well inside this. */
export const LEDGER_FILE_LIMITS: JsonLimits = { maxLength: 30_000_000, maxDepth: 8 };

/** The ledger file as a kind of document: its gate, its schema and the rules beyond it. */
const LEDGER_DOCUMENT: DocumentKind<Ledger> = {
  format: LEDGER_FORMAT,
  version: LEDGER_VERSION,
  migrations: {},
  schema: ledgerSchema,
  rules: ledgerRuleProblems,
};

/** A ledger read as its file is: the hand-written reader first, the schema for anything it refuses. */
export function readLedger(data: unknown): Result<Ledger> {
  return readDocument(data, { ...LEDGER_DOCUMENT, fastRead: readLedgerFast });
}

/** The same with the schema alone: what the hand-written reader is held equal to. */
export function readLedgerBySchema(data: unknown): Result<Ledger> {
  return readDocument(data, LEDGER_DOCUMENT);
}

export function readLedgerText(raw: string): Result<Ledger> {
  const json = parseJsonText(raw, LEDGER_FILE_LIMITS);
  return json.ok ? readLedger(json.value) : json;
}

/** The rules a JSON Schema cannot say: ids once each, a match's id by its kind, periods in order. */
export function ledgerRuleProblems(ledger: Ledger): Problem[] {
  const found: Problem[] = [
    ...duplicateIds(ledger.transactions, ['transactions']),
    ...duplicateIds(ledger.receipts, ['receipts']),
  ];
  ledger.transactions.forEach((transaction, index) => {
    if (transaction.match !== undefined)
      found.push(...matchShapeProblems(transaction.match, ['transactions', index, 'match']));
  });
  ledger.payroll.forEach((entry, index) => {
    if (entry.from > entry.to)
      found.push(problem(['payroll', index, 'to'], 'ledger.validation.periodOrder'));
  });
  return found;
}

function matchShapeProblems(match: TransactionMatch, path: (string | number)[]): Problem[] {
  if (match.kind === 'unplanned') {
    return match.id === undefined
      ? []
      : [problem([...path, 'id'], 'ledger.validation.unplannedHasNoId')];
  }
  return match.id === undefined ? [problem([...path, 'id'], 'validation.required')] : [];
}

/**
 * The ledger against its budget and card: it names this budget, and every line, assistant,
 * expense and employer cost it points at is in them. Checked whenever both are known.
 */
/** Reads a ledger as a file would be read, and refuses one that names another budget. */
export function readLedgerFor(data: unknown, budgetId: string): Result<Ledger> {
  const read = readLedger(data);
  if (!read.ok || read.value.budget === budgetId) return read;
  return { ok: false, problems: [otherBudget(read.value, budgetId)] };
}

/** A ledger kept for another budget than the one it is read with. */
function otherBudget(ledger: Ledger, budgetId: string): Problem {
  return problem(['budget'], 'ledger.validation.otherBudget', {
    ledger: ledger.budget,
    budget: budgetId,
  });
}

export function ledgerAgainstBudget(ledger: Ledger, budget: Budget, card: RateCard): Problem[] {
  if (ledger.budget !== budget.id) return [otherBudget(ledger, budget.id)];
  const known: Record<Exclude<TransactionMatch['kind'], 'unplanned'>, Set<string>> = {
    line: new Set(budget.lines.map((line) => line.id)),
    assistant: new Set((budget.assistants ?? []).map((assistant) => assistant.id)),
    expense: new Set(budget.expenses.map((expense) => expense.id)),
    'employer-cost': new Set(card.personalAssistant.employerCosts.map((cost) => cost.id)),
  };
  const found: Problem[] = [];
  ledger.transactions.forEach(({ match }, index) => {
    if (match === undefined || match.kind === 'unplanned' || match.id === undefined) return;
    if (!known[match.kind].has(match.id)) {
      found.push(
        problem(['transactions', index, 'match', 'id'], 'ledger.validation.unknownMatch', {
          kind: match.kind,
          id: match.id,
        }),
      );
    }
  });
  const assistantProblems = (list: readonly { assistant: string }[], name: string) =>
    list.forEach((entry, index) => {
      if (!known.assistant.has(entry.assistant)) {
        found.push(
          problem([name, index, 'assistant'], 'ledger.validation.unknownAssistant', {
            id: entry.assistant,
          }),
        );
      }
    });
  assistantProblems(ledger.timesheets, 'timesheets');
  assistantProblems(ledger.payroll, 'payroll');
  return found;
}
