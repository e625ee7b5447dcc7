/**
 * The ledger file's schema (ledger-schema.ts) written out by hand, for speed: a team's
 * monitoring reads many ledgers of thousands of transactions each, and zod takes about
 * ten times as long per transaction. It gives exactly what the schema gives for a ledger
 * the schema accepts (fields in the schema's order, the payee trimmed; a transaction
 * already so is given itself, not copied), and null for anything it is not sure of: a
 * field missing, wrong or out of place, a value that is `undefined`, an object that is
 * not a plain one. The schema then reads that ledger, so every message about a refused
 * ledger is still the schema's own. `tests/unit/ledger-fast-read.test.ts` holds the two
 * equal on generated ledgers, valid and not. It uses the schema's own patterns
 * (schema/fields.ts), never copies of them, through the checks it shares with the
 * budget's reader (schema/fast-fields.ts).
 */
import { DATE_PATTERN, isRealPatternDate } from '../schema/fields';
import {
  decimal,
  fields,
  fieldsInOrder,
  id,
  list,
  matching,
  money,
  oneOf,
  placesOf,
  readOrNull,
  REFUSED,
  requiredText,
  text,
  type Fields,
} from '../schema/fast-fields';
import { LEDGER_FORMAT, LEDGER_VERSION } from './empty-ledger';
import {
  LEDGER_LIMITS,
  MATCH_KINDS,
  SIGNED_MONEY,
  TRANSACTION_ORIGINS,
  type Ledger,
  type PayrollSummary,
  type Receipt,
  type TimesheetEntry,
  type Transaction,
  type TransactionMatch,
} from './ledger-schema';

/** Dates repeat within a ledger: each is checked once a read. */
function date(value: unknown, days: Map<string, boolean>): string {
  const text = matching(value, DATE_PATTERN);
  let real = days.get(text);
  if (real === undefined) {
    real = isRealPatternDate(text);
    days.set(text, real);
  }
  if (!real) throw REFUSED;
  return text;
}

const LEDGER_FIELDS = new Set([
  'format',
  'version',
  'id',
  'budget',
  'openingBalance',
  'notes',
  'transactions',
  'receipts',
  'timesheets',
  'payroll',
]);
/** A transaction's fields in the schema's order. */
const TRANSACTION_FIELDS = placesOf([
  'id',
  'date',
  'amount',
  'payee',
  'description',
  'match',
  'origin',
]);
const MATCH_FIELDS = placesOf(['kind', 'id', 'confirmed']);
const RECEIPT_FIELDS = new Set(['id', 'date', 'amount', 'from']);
const TIMESHEET_FIELDS = new Set(['assistant', 'date', 'hours']);
const PAYROLL_FIELDS = new Set([
  'assistant',
  'from',
  'to',
  'grossPay',
  'employerNi',
  'pension',
  'fee',
]);

function match(value: unknown): TransactionMatch {
  const ordered = fieldsInOrder(value, MATCH_FIELDS);
  const given = value as Fields;
  const kind = oneOf(given['kind'], MATCH_KINDS);
  if (typeof given['confirmed'] !== 'boolean') throw REFUSED;
  if (given['id'] !== undefined) id(given['id']);
  if (ordered) return given as unknown as TransactionMatch;
  return given['id'] === undefined
    ? { kind, confirmed: given['confirmed'] }
    : { kind, id: given['id'] as string, confirmed: given['confirmed'] };
}

/**
 * A transaction: the object itself where it is already as the schema gives it (its fields
 * in order, its payee trimmed), as almost every one is, else a new one. A ledger holds
 * thousands, and a team's monitoring reads millions: copying each doubled what reading
 * a ledger made for the garbage collector.
 */
function transaction(value: unknown, days: Map<string, boolean>): Transaction {
  const ordered = fieldsInOrder(value, TRANSACTION_FIELDS);
  const given = value as Fields;
  const checked = {
    id: id(given['id']),
    date: date(given['date'], days),
    amount: matching(given['amount'], SIGNED_MONEY),
    payee: requiredText(given['payee'], 200),
    description: text(given['description'], 500),
  };
  const matched = given['match'] === undefined ? undefined : match(given['match']);
  if (given['origin'] !== undefined) oneOf(given['origin'], TRANSACTION_ORIGINS);
  if (ordered && checked.payee === given['payee'] && matched === given['match'])
    return given as unknown as Transaction;
  const read: Transaction = checked;
  if (matched !== undefined) read.match = matched;
  if (given['origin'] !== undefined) read.origin = given['origin'] as Transaction['origin'];
  return read;
}

function receipt(value: unknown, days: Map<string, boolean>): Receipt {
  const given = fields(value, RECEIPT_FIELDS);
  const read: Receipt = {
    id: id(given['id']),
    date: date(given['date'], days),
    amount: money(given['amount']),
  };
  if (given['from'] !== undefined) read.from = text(given['from'], 200);
  return read;
}

function timesheet(value: unknown, days: Map<string, boolean>): TimesheetEntry {
  const given = fields(value, TIMESHEET_FIELDS);
  return {
    assistant: id(given['assistant']),
    date: date(given['date'], days),
    hours: decimal(given['hours'], 0, 24),
  };
}

function payroll(value: unknown, days: Map<string, boolean>): PayrollSummary {
  const given = fields(value, PAYROLL_FIELDS);
  return {
    assistant: id(given['assistant']),
    from: date(given['from'], days),
    to: date(given['to'], days),
    grossPay: money(given['grossPay']),
    employerNi: money(given['employerNi']),
    pension: money(given['pension']),
    fee: money(given['fee']),
  };
}

function ledger(value: unknown): Ledger {
  const given = fields(value, LEDGER_FIELDS);
  const days = new Map<string, boolean>();
  if (given['format'] !== LEDGER_FORMAT || given['version'] !== LEDGER_VERSION) throw REFUSED;
  // Fields are set in the schema's order, so the object reads as the schema's would.
  const read: Fields = {
    format: LEDGER_FORMAT,
    version: LEDGER_VERSION,
    id: id(given['id']),
    budget: id(given['budget']),
  };
  if (given['openingBalance'] !== undefined)
    read['openingBalance'] = money(given['openingBalance']);
  if (given['notes'] !== undefined) read['notes'] = text(given['notes'], 2000, 'many');
  read['transactions'] = list(given['transactions'], LEDGER_LIMITS.transactions, (one) =>
    transaction(one, days),
  );
  read['receipts'] = list(given['receipts'], LEDGER_LIMITS.receipts, (one) => receipt(one, days));
  read['timesheets'] = list(given['timesheets'], LEDGER_LIMITS.timesheets, (one) =>
    timesheet(one, days),
  );
  read['payroll'] = list(given['payroll'], LEDGER_LIMITS.payroll, (one) => payroll(one, days));
  return read as Ledger;
}

/** The ledger exactly as `ledgerSchema` would give it, or null: then read it with the schema. */
export function readLedgerFast(value: unknown): Ledger | null {
  return readOrNull(value, ledger);
}
