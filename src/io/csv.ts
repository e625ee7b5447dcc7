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
  return BYTE_ORDER_MARK + rows.map(csvLine).join('');
}

/** One row of the file with its line end: a file too large to make at once is made line by line. */
export function csvLine(row: readonly Cell[]): string {
  return row.map(encodeCell).join(',') + '\r\n';
}

function encodeCell(cell: Cell): string {
  const value = 'number' in cell ? cell.number : neutraliseFormula(inertText(cell.text));
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A leading apostrophe makes the spreadsheet show the text as typed and never run it. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
