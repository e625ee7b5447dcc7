/**
 * CSV that opens correctly in Excel: UTF-8 with a byte-order mark (so £ and Welsh
 * letters show), CRLF line ends, quoting per RFC 4180, and text cells that a
 * spreadsheet would read as a formula made inert. Numbers are never altered. Text is
 * made plain first (src/domain/plain-text.ts): a line break in a cell is a space, so no
 * reader that goes line by line sees a row that is not there.
 */
import { inertText } from '../domain/plain-text';

export type Cell = { readonly text: string } | { readonly number: string };

export const text = (value: string): Cell => ({ text: value });
export const number = (value: string): Cell => ({ number: value });

/** The file's first character, so Excel reads it as UTF-8. */
export const BYTE_ORDER_MARK = '\uFEFF';

/** Characters that start a formula (or a DDE payload) in Excel, LibreOffice and Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => row.map(encodeCell).join(',')).join('\r\n') + '\r\n';
}

/** One row of the file with its line end. */
export function csvLine(row: readonly Cell[]): string {
  return row.map(encodeCell).join(',') + '\r\n';
}

/** A piece of a CSV, and how many rows under its headings are written up to its end. */
export interface CsvPiece {
  readonly text: string;
  readonly written: number;
}

/** Rows written in one piece of a CSV made in pieces. */
export const ROWS_A_PIECE = 250;

/**
 * The same text as toCsv([header, ...rows]), in pieces: the headings first, then
 * ROWS_A_PIECE rows a piece. A file too large to write in one task of the page (a nation's
 * caseload) is written a few pieces a task, and its rows, given lazily, are made as they
 * are written.
 */
export function* csvPieces(
  header: readonly Cell[],
  rows: Iterable<readonly Cell[]>,
): Generator<CsvPiece, void, unknown> {
  yield { text: BYTE_ORDER_MARK + csvLine(header), written: 0 };
  let piece = '';
  let written = 0;
  for (const row of rows) {
    piece += csvLine(row);
    written++;
    if (written % ROWS_A_PIECE === 0) {
      yield { text: piece, written };
      piece = '';
    }
  }
  if (piece !== '') yield { text: piece, written };
}

/** The pieces joined: the whole file. */
export function joinPieces(pieces: Iterable<CsvPiece>): string {
  let text = '';
  for (const piece of pieces) text += piece.text;
  return text;
}

function encodeCell(cell: Cell): string {
  const value = 'number' in cell ? cell.number : neutraliseFormula(inertText(cell.text));
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A leading apostrophe makes the spreadsheet show the text as typed and never run it. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
