/**
 * Importing packages of care from a spreadsheet: every row read by the profile, rows
 * gathered into one budget per person, each line priced on the card and the source's
 * own figures checked against that price. Pure: the table comes in, budgets, refused rows
 * and differences go out; nothing is saved here.
 */
import { priceLine, type PricedLine } from '../pricing/line';
import { weeksPerYearOf } from '../pricing/per-card';
import type { Budget } from '../schema/budget';
import type { RateCard } from '../schema/rate-card';
import { gatherBudgets } from './budgets';
import { priceDifferences, type PriceDifference } from './price-check';
import type { ImportProfile } from './profile';
import { readRow, type RowLine } from './rows';
import { findColumns, rowProblem, tableLimitProblems, type RowProblem, type Table } from './table';

export interface PreviewLine {
  readonly row: number;
  readonly budget: string;
  readonly person: string;
  readonly priced: PricedLine;
}

export interface ImportResult {
  readonly budgets: readonly Budget[];
  /** Every accepted row as its need line, priced, in the order of the sheet. */
  readonly lines: readonly PreviewLine[];
  /** Problems with rows, in row order; a problem on row 0 (or the header row) stops the file. */
  readonly rejected: readonly RowProblem[];
  readonly differences: readonly PriceDifference[];
  /** Rows that hold data (not the header, not empty). */
  readonly rowsRead: number;
}

export interface ImportOptions {
  /** Called now and then with rows done and rows in all, for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
}

const PROGRESS_EVERY = 500;

export function importPackages(
  table: Table,
  profile: ImportProfile,
  card: RateCard,
  options: ImportOptions = {},
): ImportResult {
  const refused = (problems: RowProblem[]): ImportResult => ({
    budgets: [],
    lines: [],
    rejected: problems,
    differences: [],
    rowsRead: 0,
  });
  if (profile.budget.rateCard !== card.id) {
    return refused([
      rowProblem(0, null, 'importing.file.cardMismatch', {
        profile: profile.budget.rateCard,
        card: card.id,
      }),
    ]);
  }
  const limits = tableLimitProblems(table);
  if (limits.length > 0) return refused(limits);
  const columns = findColumns(table, profile);
  if (!columns.ok) return refused(columns.problems);

  const read: RowLine[] = [];
  const rejected: RowProblem[] = [];
  const dataRows = table.rows.slice(profile.headerRow);
  let rowsRead = 0;
  dataRows.forEach((cells, index) => {
    if (index % PROGRESS_EVERY === 0) options.onProgress?.(index, dataRows.length);
    if (cells.every((cell) => cell.trim() === '')) return;
    rowsRead++;
    const row = readRow(cells, profile.headerRow + index + 1, columns.columns, profile, card);
    if (row.ok) read.push(row.value);
    else rejected.push(...row.problems);
  });
  options.onProgress?.(dataRows.length, dataRows.length);

  const gathered = gatherBudgets(read, profile, card);
  rejected.push(...gathered.rejected);
  const byRow = new Map(read.map((row) => [row.row, row]));
  const weeksPerYear = weeksPerYearOf(card);
  const lines: PreviewLine[] = [];
  const differences: PriceDifference[] = [];
  for (const { budget, rows } of gathered.budgets) {
    budget.lines.forEach((line, index) => {
      const rowNumber = rows[index] as number;
      const priced = priceLine(line, card, weeksPerYear);
      const person = budget.person.reference ?? budget.id;
      lines.push({ row: rowNumber, budget: budget.id, person, priced });
      const source = byRow.get(rowNumber);
      if (source !== undefined) differences.push(...priceDifferences(source, person, priced));
    });
  }
  const byRowNumber = (a: { row: number }, b: { row: number }) => a.row - b.row;
  return {
    budgets: gathered.budgets.map((made) => made.budget),
    lines: lines.sort(byRowNumber),
    rejected: rejected.sort(byRowNumber),
    differences: differences.sort(byRowNumber),
    rowsRead,
  };
}
