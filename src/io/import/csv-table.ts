/**
 * A CSV file read as a table of text with papaparse: UTF-8 (one rule for every file, in
 * text-encoding.ts), the delimiter found from the first lines (comma, semicolon or tab),
 * quoted cells with commas and line breaks kept whole. Reading stops one row past the
 * table's limit, so a file of millions of rows is refused without being read through.
 */
import Papa from 'papaparse';
import { TABLE_LIMITS, type FileRefusal, type Table } from '../../domain/import/table';
import { decodeUtf8File } from '../../domain/text-encoding';

export const CSV_MAX_BYTES = 20_000_000;

export type CsvRead = { readonly ok: true; readonly table: Table } | FileRefusal;

export function readCsv(bytes: Uint8Array, name: string): CsvRead {
  if (bytes.length > CSV_MAX_BYTES)
    return { ok: false, key: 'importing.file.tooLarge', values: { max: CSV_MAX_BYTES } };
  const text = decodeUtf8File(bytes);
  if (!text.ok) {
    const [first] = text.problems;
    return { ok: false, key: first?.key ?? 'validation.readFile', values: first?.values ?? {} };
  }
  const parsed = Papa.parse<string[]>(text.value, {
    delimitersToGuess: [',', ';', '\t'],
    preview: TABLE_LIMITS.rows + 1,
    skipEmptyLines: false,
  });
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken !== undefined)
    return { ok: false, key: 'importing.file.csvQuotes', values: { row: (broken.row ?? 0) + 1 } };
  const rows = parsed.data.map((row) =>
    row.map((cell) =>
      cell.length > TABLE_LIMITS.cellLength ? cell.slice(0, TABLE_LIMITS.cellLength + 1) : cell,
    ),
  );
  // A file that ends in a newline leaves one empty row behind it.
  while (rows.length > 0 && (rows.at(-1) ?? []).every((cell) => cell === '')) rows.pop();
  return { ok: true, table: { name, rows } };
}
