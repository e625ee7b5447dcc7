/**
 * A sheet of cells as text, whatever file it came from (a CSV, or one sheet of a
 * workbook), and finding the profile's columns in its header row.
 */
import type { ImportField, ImportProfile } from './profile';

export interface Table {
  /** The sheet's name in a workbook; the file's name for a CSV. */
  readonly name: string;
  /** Rows top to bottom, cells left to right, every cell as text ('' when empty). */
  readonly rows: readonly (readonly string[])[];
}

/**
 * Limits that keep a hostile file from exhausting the device; a council's whole caseload
 * is far smaller. Past them the file is refused whole, saying which limit.
 */
export const TABLE_LIMITS = { rows: 20_000, columns: 200, cellLength: 2_000 } as const;

/** Why a file could not be read as tables at all: a key under `importing.file.` and its values. */
export interface FileRefusal {
  readonly ok: false;
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

/** Every sheet of a file, or why it could not be read. */
export type TablesRead = { readonly ok: true; readonly sheets: readonly Table[] } | FileRefusal;

/** A problem with one row (or the file, row 0), naming the column as its header says it. */
export interface RowProblem {
  /** The row as the spreadsheet numbers it, from 1; 0 for the file as a whole. */
  readonly row: number;
  /** The column's header, or null for the row as a whole. */
  readonly column: string | null;
  readonly key: string;
  readonly values: Readonly<Record<string, string | number>>;
}

export function rowProblem(
  row: number,
  column: string | null,
  key: string,
  values: Readonly<Record<string, string | number>> = {},
): RowProblem {
  return { row, column, key, values };
}

/** Where each mapped field is: its index in a row and its header. */
export type ColumnIndex = ReadonlyMap<
  ImportField,
  { readonly index: number; readonly header: string }
>;

/**
 * The profile's columns in the header row. A column named in the profile that the row
 * does not hold, or holds twice (a merged header copied across, two "Hours"), stops the
 * import: every row would be read wrongly.
 */
export function findColumns(
  table: Table,
  profile: ImportProfile,
): { ok: true; columns: ColumnIndex } | { ok: false; problems: RowProblem[] } {
  const headerRow = table.rows[profile.headerRow - 1];
  if (headerRow === undefined) {
    return {
      ok: false,
      problems: [
        rowProblem(profile.headerRow, null, 'importing.file.noHeaderRow', {
          row: profile.headerRow,
        }),
      ],
    };
  }
  const headers = headerRow.map(headerKey);
  const found = new Map<ImportField, { index: number; header: string }>();
  const problems: RowProblem[] = [];
  for (const [field, header] of Object.entries(profile.columns) as [
    ImportField,
    string | undefined,
  ][]) {
    if (header === undefined) continue;
    const key = headerKey(header);
    const indexes = headers.flatMap((text, index) => (text === key ? [index] : []));
    const [index] = indexes;
    if (index === undefined) {
      const present = headerRow
        .map((cell) => cell.trim())
        .filter((cell) => cell !== '')
        .join(', ');
      problems.push(
        rowProblem(profile.headerRow, header, 'importing.file.noColumn', {
          row: profile.headerRow,
          found: present.slice(0, 500),
        }),
      );
    } else if (indexes.length > 1) {
      problems.push(
        rowProblem(profile.headerRow, header, 'importing.file.repeatedColumn', {
          count: indexes.length,
        }),
      );
    } else found.set(field, { index, header: header.trim() });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, columns: found };
}

/** Headers match whatever their case and spacing: "Minutes per visit" is "minutes  per Visit". */
export function headerKey(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The table's limits, as the problems of the whole file; empty when it is within them. */
export function tableLimitProblems(table: Table): RowProblem[] {
  if (table.rows.length > TABLE_LIMITS.rows) {
    return [
      rowProblem(0, null, 'importing.file.tooManyRows', {
        count: table.rows.length,
        max: TABLE_LIMITS.rows,
      }),
    ];
  }
  const wide = table.rows.findIndex((row) => row.length > TABLE_LIMITS.columns);
  if (wide !== -1)
    return [
      rowProblem(wide + 1, null, 'importing.file.tooManyColumns', { max: TABLE_LIMITS.columns }),
    ];
  return [];
}
