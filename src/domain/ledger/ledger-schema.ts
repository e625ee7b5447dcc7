/**
 * The ledger file, version 1 (docs/ledger.md): what was spent from a budget, kept in a
 * file of its own beside the budget file and naming it by id. Transactions (each matched
 * to something in the plan, or marked unplanned, or not matched yet), payments received
 * into the account, personal assistants' timesheets and payroll summaries. Every object
 * is strict; field names may be added in later versions, never renamed.
 */
import { z } from 'zod';
import { messageKey } from '../problems';
import { LEDGER_FORMAT, LEDGER_VERSION } from './empty-ledger';
import {
  decimalText,
  identifier,
  isoDate,
  list,
  literal,
  money,
  oneOf,
  requiredText,
  text,
} from '../schema/fields';

/** A year of daily spending for a large plan, many times over. */
export const LEDGER_LIMITS = {
  transactions: 50_000,
  receipts: 5_000,
  timesheets: 50_000,
  payroll: 5_000,
} as const;

/** Two decimals, under £1bn, a minus sign for money coming back (a refund); never "-0.00". */
export const SIGNED_MONEY = /^(-?(?!0\.00$)(0|[1-9]\d{0,8})\.\d{2}|0\.00)$/;

export function signedMoney() {
  const error = messageKey('ledger.validation.signedMoney');
  return z.string({ error }).regex(SIGNED_MONEY, { error });
}

export const MATCH_KINDS = ['line', 'assistant', 'expense', 'employer-cost', 'unplanned'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/**
 * What a transaction was for: a need line, a named personal assistant, an expense or one
 * of the card's employer costs (each by id), or `unplanned` (no `id`). `confirmed` is
 * true only when the person said so; a suggestion the tool made is `false` until then.
 */
const match = z.strictObject({
  kind: oneOf(MATCH_KINDS),
  id: identifier().optional(),
  confirmed: z.boolean({ error: messageKey('validation.boolean') }),
});

export const TRANSACTION_ORIGINS = ['hand', 'bank-statement', 'payroll', 'timesheet'] as const;

const transaction = z.strictObject({
  id: identifier(),
  date: isoDate(),
  /** Money paid out; negative for money coming back (a refund). */
  amount: signedMoney(),
  payee: requiredText(200),
  /** What it was for, in the person's words or the statement's. */
  description: text(500),
  match: match.optional(),
  origin: oneOf(TRANSACTION_ORIGINS).optional(),
});

/** Money paid into the account: the budget's payments, and any top-up. */
const receipt = z.strictObject({
  id: identifier(),
  date: isoDate(),
  amount: money(),
  from: text(200).optional(),
});

/** Hours one named assistant worked on one day. */
const timesheet = z.strictObject({
  assistant: identifier(),
  date: isoDate(),
  hours: decimalText(0, 24),
});

/** One payroll period of one named assistant, as a payroll provider reports it. */
const payroll = z.strictObject({
  assistant: identifier(),
  from: isoDate(),
  to: isoDate(),
  grossPay: money(),
  employerNi: money(),
  pension: money(),
  fee: money(),
});

export const ledgerSchema = z.strictObject({
  format: literal(LEDGER_FORMAT),
  version: literal(LEDGER_VERSION),
  id: identifier(),
  /** The id of the budget this ledger is kept beside. */
  budget: identifier(),
  /** Money already in the account on the plan's first day, if any. */
  openingBalance: money().optional(),
  notes: text(2000, 'many').optional(),
  transactions: list(transaction, 0, LEDGER_LIMITS.transactions),
  receipts: list(receipt, 0, LEDGER_LIMITS.receipts),
  timesheets: list(timesheet, 0, LEDGER_LIMITS.timesheets),
  payroll: list(payroll, 0, LEDGER_LIMITS.payroll),
});

export type Ledger = z.infer<typeof ledgerSchema>;
export type Transaction = Ledger['transactions'][number];
export type TransactionMatch = NonNullable<Transaction['match']>;
export type Receipt = Ledger['receipts'][number];
export type TimesheetEntry = Ledger['timesheets'][number];
export type PayrollSummary = Ledger['payroll'][number];

/** The empty ledger of a budget, as the app starts one. */

export { emptyLedger, LEDGER_FORMAT, LEDGER_VERSION } from './empty-ledger';
