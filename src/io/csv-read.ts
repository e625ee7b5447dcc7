/**
 * Reading CSV (RFC 4180) as statements and payroll exports write it: fields separated by
 * commas, quoted with double quotes (a quote inside doubled), records ended by CRLF or LF,
 * a byte-order mark at the start ignored. Nothing is trimmed or converted here: each cell
 * is the text as written. A quote left open, or a quote inside an unquoted field, is
 * refused, naming the row.
 */
import { failed, ok, type Problem, type Result } from '../domain/problems';

export interface CsvLimits {
  /** Characters in the whole text. */
  readonly maxLength: number;
  /** Records, the header included. */
  readonly maxRows: number;
}

export const STATEMENT_LIMITS: CsvLimits = { maxLength: 10_000_000, maxRows: 20_001 };

const rowProblem = (
  row: number,
  key: string,
  values: Record<string, string | number> = {},
): Problem => ({
  path: `row ${row}`,
  key,
  values,
});

export function readCsv(text: string, limits: CsvLimits = STATEMENT_LIMITS): Result<string[][]> {
  if (text.length > limits.maxLength)
    return failed([
      { path: 'file', key: 'ledger.statement.tooLong', values: { max: limits.maxLength } },
    ]);
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let cellStarted = false;
  let index = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
    cellStarted = false;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (index < source.length) {
    const char = source[index] ?? '';
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          cell += '"';
          index += 2;
          continue;
        }
        quoted = false;
        index++;
        const next = source[index];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n')
          return failed([rowProblem(rows.length + 1, 'ledger.statement.textAfterQuote')]);
        continue;
      }
      cell += char;
      index++;
      continue;
    }
    if (char === '"') {
      if (cellStarted)
        return failed([rowProblem(rows.length + 1, 'ledger.statement.quoteInField')]);
      quoted = true;
      cellStarted = true;
      index++;
      continue;
    }
    if (char === ',') {
      endCell();
      index++;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRow();
      index += char === '\r' && source[index + 1] === '\n' ? 2 : 1;
      if (rows.length > limits.maxRows)
        return failed([
          {
            path: 'file',
            key: 'ledger.statement.tooManyRows',
            values: { max: limits.maxRows - 1 },
          },
        ]);
      continue;
    }
    cell += char;
    cellStarted = true;
    index++;
  }
  if (quoted) return failed([rowProblem(rows.length + 1, 'ledger.statement.openQuote')]);
  if (cellStarted || row.length > 0) endRow();
  if (rows.length > limits.maxRows)
    return failed([
      { path: 'file', key: 'ledger.statement.tooManyRows', values: { max: limits.maxRows - 1 } },
    ]);
  // A blank line is kept as a record of one empty cell, so rows keep their numbers in the file.
  return ok(rows);
}
