/**
 * A payment entered or changed by hand (docs/ledger.md, "For the person"): its date in
 * three boxes, its amount written as statements write them (`£1,234.56`, `-5.00` or
 * `(5.00)` for a refund), who was paid, what it was for, and what in the plan it matches.
 * A match is confirmed only when the person chose it on the form: "decide later" keeps
 * the tool's suggestion unconfirmed, so it counts nowhere until the person confirms it.
 * Every problem names its field. Pure.
 */
import { problem, type Problem, type Result } from '../problems';
import { boxesOf, calendarDate, dateFormFields } from '../forms/date-fields';
import { refusedCharacter } from '../forms/form-fields';
import type { Ledger, MatchKind, Transaction, TransactionMatch } from './ledger-schema';
import { statementAmount } from './statement-values';

/** `suggested`: the suggestion offered; `later`: not decided yet; else the kind chosen. */
export type MatchChoice = MatchKind | 'suggested' | 'later';

export type TransactionForm = {
  readonly dateDay: string;
  readonly dateMonth: string;
  readonly dateYear: string;
  readonly amount: string;
  readonly payee: string;
  readonly description: string;
  readonly choice: MatchChoice;
  /** The line, assistant, expense or employer cost chosen, by id. */
  readonly matchId: string;
};

/** What the tool offers for a payment, before the person says whether it is right. */
export type OfferedMatch = Pick<TransactionMatch, 'kind' | 'id'>;

export const NEW_TRANSACTION_FORM: TransactionForm = {
  ...dateFormFields('date', undefined),
  amount: '',
  payee: '',
  description: '',
  choice: 'later',
  matchId: '',
};

/** The form of a kept payment: a confirmed match chosen again; anything else is to decide. */
export function transactionToForm(transaction: Transaction): TransactionForm {
  const { match } = transaction;
  const confirmed = match?.confirmed === true;
  return {
    ...dateFormFields('date', transaction.date),
    amount: transaction.amount,
    payee: transaction.payee,
    description: transaction.description,
    choice: confirmed ? match.kind : 'later',
    matchId: confirmed ? (match.id ?? '') : '',
  };
}

/** The field names the form's problems carry, for the page's error summary. */
export const TRANSACTION_FIELDS = [
  'date',
  'amount',
  'payee',
  'description',
  'choice',
  'matchId',
] as const;

/**
 * The payment the form describes, or a problem per field. `offered` is the suggestion
 * the page showed (kept unconfirmed on "decide later", confirmed on "the suggestion").
 */
export function formToTransaction(
  form: TransactionForm,
  id: string,
  offered: OfferedMatch | null,
  origin: Transaction['origin'] = 'hand',
): Result<Transaction> {
  const found: Problem[] = [];
  const date = calendarDate(boxesOf(form, 'date'));
  if (date === 'empty') found.push(problem(['date'], 'spending.form.date.required'));
  else if (date === null) found.push(problem(['date'], 'spending.form.date.notADay'));
  const typed = form.amount.trim();
  const amount = typed === '' ? null : statementAmount(typed);
  if (typed === '') found.push(problem(['amount'], 'spending.form.amount.required'));
  else if (amount === null) found.push(problem(['amount'], 'spending.form.amount.format'));
  else if (amount === '0.00') found.push(problem(['amount'], 'spending.form.amount.zero'));
  const payee = textField(form.payee, 'payee', 200, true, found);
  const description = textField(form.description, 'description', 500, false, found);
  const match = matchOf(form, offered, found);
  if (found.length > 0 || date === 'empty' || date === null || amount === null)
    return { ok: false, problems: found };
  return {
    ok: true,
    value: {
      id,
      date,
      amount,
      payee,
      description,
      ...(match === undefined ? {} : { match }),
      origin,
    },
  };
}

function textField(
  typed: string,
  field: 'payee' | 'description',
  max: number,
  required: boolean,
  found: Problem[],
): string {
  const trimmed = typed.trim();
  if (required && trimmed === '') {
    found.push(problem([field], `spending.form.${field}.required`));
    return '';
  }
  const hidden = refusedCharacter(typed, 'one');
  if (hidden !== null) {
    found.push(problem([field], `spending.form.${field}.hidden`, { ...hidden }));
    return '';
  }
  if (trimmed.length > max) found.push(problem([field], `spending.form.${field}.tooLong`, { max }));
  return trimmed;
}

function matchOf(
  form: TransactionForm,
  offered: OfferedMatch | null,
  found: Problem[],
): TransactionMatch | undefined {
  switch (form.choice) {
    case 'later':
      return offered === null ? undefined : { ...offered, confirmed: false };
    case 'suggested':
      if (offered === null) {
        found.push(problem(['choice'], 'spending.form.choice.noSuggestion'));
        return undefined;
      }
      return { ...offered, confirmed: true };
    case 'unplanned':
      return { kind: 'unplanned', confirmed: true };
    case 'line':
    case 'assistant':
    case 'expense':
    case 'employer-cost': {
      if (form.matchId === '') {
        found.push(problem(['matchId'], `spending.form.matchId.${form.choice}`));
        return undefined;
      }
      return { kind: form.choice, id: form.matchId, confirmed: true };
    }
  }
}

/**
 * The ledger with the suggestions of these transactions confirmed, as they were listed to
 * the person; a transaction with no suggestion, or one already confirmed, is left as it is.
 */
export function confirmSuggestions(ledger: Ledger, transactionIds: readonly string[]): Ledger {
  const chosen = new Set(transactionIds);
  return {
    ...ledger,
    transactions: ledger.transactions.map((kept) =>
      chosen.has(kept.id) && kept.match !== undefined && !kept.match.confirmed
        ? { ...kept, match: { ...kept.match, confirmed: true } }
        : kept,
    ),
  };
}
