/**
 * Reading a bank or prepaid-card statement, a payroll summary or a timesheet export (CSV)
 * into ledger entries (docs/ledger.md). Which column holds what is a `ColumnMapping`: here
 * guessed from the header row's names; a later column-mapping step can give its own.
 * Every problem names the row (as numbered in the file, the header being row 1) and the
 * column (by its header). Nothing here changes anything saved: the caller adds what was
 * read in one change, or nothing (src/state/ledgers-slice.ts).
 */
import { statementAmount, statementDate } from '../domain/ledger/statement-values';
import type {
  Ledger,
  PayrollSummary,
  Receipt,
  TimesheetEntry,
  Transaction,
} from '../domain/ledger/ledger-schema';
import { failed, ok, problemsFromZod, type Problem, type Result } from '../domain/problems';
import type { Budget } from '../domain/schema/budget';
import { decimalText, requiredText, text } from '../domain/schema/fields';
import { readCsv } from './csv-read';

export const STATEMENT_FIELDS = {
  bank: ['date', 'payee', 'description', 'amount', 'paidOut', 'paidIn'],
  payroll: ['assistant', 'from', 'to', 'grossPay', 'employerNi', 'pension', 'fee'],
  timesheet: ['assistant', 'date', 'hours'],
} as const;
export type StatementKind = keyof typeof STATEMENT_FIELDS;
export type StatementField<K extends StatementKind> = (typeof STATEMENT_FIELDS)[K][number];

/** Which column (0 first) holds each field; what a column-mapping step gives. */
export interface ColumnMapping<K extends StatementKind = StatementKind> {
  readonly kind: K;
  readonly columns: Partial<Record<StatementField<K>, number>>;
  /** A single amount column: is money paid out written negative (most banks) or positive (many prepaid cards)? */
  readonly paidOutIs?: 'negative' | 'positive';
}

/** The names headers use for each field, in capitals without spaces or punctuation. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  date: ['DATE', 'TRANSACTIONDATE', 'POSTEDDATE', 'DAY'],
  payee: ['PAYEE', 'NAME', 'MERCHANT', 'COUNTERPARTY', 'PAIDTO'],
  description: ['DESCRIPTION', 'DETAILS', 'REFERENCE', 'MEMO', 'NARRATIVE'],
  amount: ['AMOUNT', 'VALUE', 'AMOUNTGBP'],
  paidOut: ['PAIDOUT', 'MONEYOUT', 'DEBIT', 'OUT', 'WITHDRAWALS'],
  paidIn: ['PAIDIN', 'MONEYIN', 'CREDIT', 'IN', 'DEPOSITS'],
  assistant: ['ASSISTANT', 'EMPLOYEE', 'PA', 'WORKER', 'NAME'],
  from: ['FROM', 'PERIODSTART', 'START'],
  to: ['TO', 'PERIODEND', 'END'],
  grossPay: ['GROSSPAY', 'GROSS'],
  employerNi: ['EMPLOYERNI', 'ERNI', 'EMPLOYERSNI', 'EMPLOYERNATIONALINSURANCE'],
  pension: ['PENSION', 'EMPLOYERPENSION'],
  fee: ['FEE', 'PAYROLLFEE', 'CHARGE'],
  hours: ['HOURS', 'HOURSWORKED'],
};

const headerKey = (text: string) => text.toUpperCase().replace(/[^A-Z]/g, '');

/** The mapping the header row's names give, or a problem naming each field not found. */
export function guessMapping<K extends StatementKind>(
  kind: K,
  header: readonly string[],
): Result<ColumnMapping<K>> {
  const columns = guessColumns(kind, header);
  const problems = requiredFields(kind, columns);
  return problems.length > 0
    ? failed(problems)
    : ok({ kind, columns: columns as ColumnMapping<K>['columns'] });
}

/** The columns the header row's names give, each field at most once; fields not found are left out. */
export function guessColumns(
  kind: StatementKind,
  header: readonly string[],
): Partial<Record<string, number>> {
  const keys = header.map(headerKey);
  const columns: Partial<Record<string, number>> = {};
  for (const field of STATEMENT_FIELDS[kind]) {
    const index = keys.findIndex((key) => (ALIASES[field] ?? []).includes(key));
    if (index >= 0 && !Object.values(columns).includes(index)) columns[field] = index;
  }
  return columns;
}

function requiredFields(kind: StatementKind, columns: Partial<Record<string, number>>): Problem[] {
  const need: string[] = kind === 'bank' ? ['date', 'payee'] : [...STATEMENT_FIELDS[kind]];
  const missing = need.filter((field) => columns[field] === undefined);
  if (
    kind === 'bank' &&
    columns['amount'] === undefined &&
    columns['paidOut'] === undefined &&
    columns['paidIn'] === undefined
  )
    missing.push('amount');
  return missing.map((field) => ({
    path: 'row 1',
    key: 'ledger.statement.missingColumn',
    values: { field },
  }));
}

export interface StatementImport {
  readonly transactions: readonly Transaction[];
  readonly receipts: readonly Receipt[];
  readonly timesheets: readonly TimesheetEntry[];
  readonly payroll: readonly PayrollSummary[];
  /**
   * Rows already in the ledger, not added again: a payment with the same date, amount, payee
   * and description as a kept transaction, or money in with the same date, amount and payer
   * as a kept receipt (a receipt keeps no description).
   */
  readonly alreadyKept: number;
}

/** Reads a whole statement: the CSV, the mapping (guessed unless given), then every row. */
export function readStatement(
  textOfFile: string,
  kind: StatementKind,
  budget: Budget,
  ledger: Ledger,
  given?: ColumnMapping,
): Result<StatementImport> {
  const csv = readCsv(textOfFile);
  if (!csv.ok) return csv;
  const [header, ...rows] = csv.value;
  if (header === undefined || rows.every(isBlank))
    return failed([{ path: 'file', key: 'ledger.statement.empty', values: {} }]);
  const mapping = given ?? guessMapping(kind, header);
  if ('ok' in mapping && !mapping.ok) return mapping;
  const columns = 'ok' in mapping ? mapping.value : mapping;
  if (columns.kind !== kind)
    return failed([{ path: 'file', key: 'ledger.statement.otherKind', values: { kind } }]);
  return readRows(header, rows, columns, budget, ledger);
}

/**
 * Where a row's problem is: its path says `row 3` or `row 3, column "Date"` (the column by
 * its heading), in English whatever the page's language; a page says it in its own
 * language from the row and column `statementPlace` gives back.
 */
export interface StatementPlace {
  readonly row: number;
  readonly column?: string;
}

const rowPath = (row: number) => `row ${row}`;
const cellPath = (row: number, column: string) => `row ${row}, column "${column}"`;
// The heading is the rest of the path, whatever it holds (quotes, commas, line breaks).
const PLACE = /^row (\d+)(?:, column "([\s\S]*)")?$/;

/** The row and column a problem's path names, or null for a path that names none (`file`). */
export function statementPlace(path: string): StatementPlace | null {
  const found = PLACE.exec(path);
  if (found === null) return null;
  const row = Number(found[1]);
  return found[2] === undefined ? { row } : { row, column: found[2] };
}

// The cells' checks, made once: making a zod schema costs more than checking a cell with
// it, and was most of a long statement's reading when made again for every row.
const PAYEE = requiredText(200);
const DESCRIPTION = text(500);
const HOURS = decimalText(0, 24);

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

function readRows(
  header: readonly string[],
  rows: readonly string[][],
  mapping: ColumnMapping,
  budget: Budget,
  ledger: Ledger,
): Result<StatementImport> {
  const problems: Problem[] = [];
  const transactions: Transaction[] = [];
  const receipts: Receipt[] = [];
  const timesheets: TimesheetEntry[] = [];
  const payroll: PayrollSummary[] = [];
  let alreadyKept = 0;
  const prefix = freePrefix(ledger);
  const kept = new Set(ledger.transactions.map(sameness));
  const keptReceipts = new Set(ledger.receipts.map(receiptSameness));
  const assistantOf = assistantFinder(budget);
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (isBlank(cells)) return;
    if (cells.length !== header.length) {
      problems.push({
        path: rowPath(row),
        key: 'ledger.statement.cellCount',
        values: { found: cells.length, expected: header.length },
      });
      return;
    }
    const cell = (field: string): { text: string; where: string } | null => {
      const column = (mapping.columns as Partial<Record<string, number>>)[field];
      if (column === undefined) return null;
      return {
        text: cells[column] ?? '',
        where: cellPath(row, header[column] ?? String(column + 1)),
      };
    };
    const before = problems.length;
    const value = <T>(
      field: string,
      read: (text: string) => T | null,
      key: string,
      optional = false,
    ): T | null => {
      const found = cell(field);
      if (found === null || (optional && found.text.trim() === '')) return null;
      const read1 = read(found.text);
      if (read1 === null)
        problems.push({ path: found.where, key, values: { value: found.text.slice(0, 40) } });
      return read1;
    };
    const checkedText = (field: string, schema: ReturnType<typeof text>): string => {
      const found = cell(field);
      if (found === null) return '';
      const parsed = schema.safeParse(found.text.trim(), { reportInput: true });
      if (!parsed.success)
        problems.push(
          ...problemsFromZod(parsed.error).map((found1) => ({ ...found1, path: found.where })),
        );
      return parsed.success ? parsed.data : '';
    };
    if (mapping.kind === 'bank') {
      const date = value('date', statementDate, 'ledger.statement.date');
      const payee = checkedText('payee', PAYEE);
      const description = checkedText('description', DESCRIPTION);
      const out = value('paidOut', statementAmount, 'ledger.statement.amount', true);
      const inn = value('paidIn', statementAmount, 'ledger.statement.amount', true);
      const single = value('amount', statementAmount, 'ledger.statement.amount');
      if (problems.length > before || date === null) return;
      const signed = signedOut(single, out, inn, mapping.paidOutIs ?? 'negative');
      if (signed === null) {
        problems.push({
          path: cell('amount')?.where ?? cell('paidOut')?.where ?? rowPath(row),
          key: 'ledger.statement.noAmount',
          values: {},
        });
        return;
      }
      if (signed.startsWith('-')) {
        const receipt: Receipt = {
          id: `${prefix}-${row}`,
          date,
          amount: signed.slice(1),
          ...(payee === '' ? {} : { from: payee }),
        };
        // Read twice, a statement would otherwise count its money in twice (and the balance
        // with it), while its payments were already kept once.
        if (keptReceipts.has(receiptSameness(receipt))) {
          alreadyKept++;
          return;
        }
        receipts.push(receipt);
        return;
      }
      const transaction: Transaction = {
        id: `${prefix}-${row}`,
        date,
        amount: signed,
        payee,
        description,
        origin: 'bank-statement',
      };
      if (kept.has(sameness(transaction))) {
        alreadyKept++;
        return;
      }
      transactions.push(transaction);
      return;
    }
    const assistant = value('assistant', assistantOf, 'ledger.statement.assistant');
    if (mapping.kind === 'timesheet') {
      const date = value('date', statementDate, 'ledger.statement.date');
      const hours = value(
        'hours',
        (textOf) => (HOURS.safeParse(textOf.trim()).success ? textOf.trim() : null),
        'ledger.statement.hours',
      );
      if (problems.length === before && assistant !== null && date !== null && hours !== null)
        timesheets.push({ assistant, date, hours });
      return;
    }
    const from = value('from', statementDate, 'ledger.statement.date');
    const to = value('to', statementDate, 'ledger.statement.date');
    const money = (field: string) =>
      value(
        field,
        (textOf) => positive(statementAmount(textOf)),
        'ledger.statement.positiveAmount',
      );
    const [grossPay, employerNi, pension, fee] = [
      money('grossPay'),
      money('employerNi'),
      money('pension'),
      money('fee'),
    ];
    if (problems.length > before || assistant === null || from === null || to === null) return;
    if (from > to) {
      problems.push({
        path: cell('to')?.where ?? rowPath(row),
        key: 'ledger.validation.periodOrder',
        values: {},
      });
      return;
    }
    if (grossPay !== null && employerNi !== null && pension !== null && fee !== null)
      payroll.push({ assistant, from, to, grossPay, employerNi, pension, fee });
  });
  return problems.length > 0
    ? failed(problems.slice(0, 100))
    : ok({ transactions, receipts, timesheets, payroll, alreadyKept });
}

/** Money out as a positive amount (a transaction), money in negative (a receipt); null when the row has neither. */
function signedOut(
  single: string | null,
  out: string | null,
  inn: string | null,
  paidOutIs: 'negative' | 'positive',
): string | null {
  if (single !== null) return paidOutIs === 'negative' ? negate(single) : single;
  if (out !== null && out !== '0.00') return out.startsWith('-') ? out.slice(1) : out;
  if (inn !== null && inn !== '0.00') return `-${inn.startsWith('-') ? inn.slice(1) : inn}`;
  return null;
}

const negate = (amount: string) =>
  amount === '0.00' ? amount : amount.startsWith('-') ? amount.slice(1) : `-${amount}`;
const positive = (amount: string | null) =>
  amount === null || amount.startsWith('-') ? null : amount;
const sameness = (entry: Pick<Transaction, 'date' | 'amount' | 'payee' | 'description'>) =>
  `${entry.date}|${entry.amount}|${entry.payee}|${entry.description}`;
const receiptSameness = (entry: Pick<Receipt, 'date' | 'amount' | 'from'>) =>
  `${entry.date}|${entry.amount}|${entry.from ?? ''}`;

/** An id prefix no transaction or receipt of the ledger uses: `s1`, `s2`… */
function freePrefix(ledger: Ledger): string {
  const used = new Set(
    [...ledger.transactions, ...ledger.receipts].map((entry) => entry.id.split('-')[0]),
  );
  let number = 1;
  while (used.has(`s${number}`)) number++;
  return `s${number}`;
}

/** A named assistant by id, or by name written any case. */
function assistantFinder(budget: Budget): (textOf: string) => string | null {
  const assistants = budget.assistants ?? [];
  return (textOf) => {
    const wanted = textOf.trim().toUpperCase();
    return (
      assistants.find(
        (assistant) =>
          assistant.id.toUpperCase() === wanted || assistant.name.trim().toUpperCase() === wanted,
      )?.id ?? null
    );
  };
}
