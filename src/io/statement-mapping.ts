/**
 * A statement's column mapping as a person gives it: the heading of the column holding
 * each field, as written in the file's first row (src/ui/components/column-mapping.tsx),
 * read into the column numbers `readStatement` takes. Each heading not in the first row,
 * and each field the kind of file needs that has no column, is a problem naming the field.
 * The guessed mapping (`guessColumns`) is shown the same way, as headings.
 */
import { failed, ok, problem, type Problem, type Result } from '../domain/problems';
import {
  guessColumns,
  STATEMENT_FIELDS,
  type ColumnMapping,
  type StatementField,
  type StatementKind,
} from './statements';

export type HeadingMapping<K extends StatementKind = StatementKind> = Partial<
  Record<StatementField<K>, string>
>;

const key = (text: string) => text.trim().toUpperCase();

/** The headings of the columns the header row's names give (fields it cannot place are left out). */
export function guessedHeadings<K extends StatementKind>(
  kind: K,
  header: readonly string[],
): HeadingMapping<K> {
  const found: Partial<Record<string, string>> = {};
  for (const [field, column] of Object.entries(guessColumns(kind, header)))
    if (column !== undefined) found[field] = header[column];
  return found;
}

/** The fields a kind of file cannot be read without: a bank statement needs some amount. */
function missingFields(kind: StatementKind, given: ReadonlySet<string>): string[] {
  if (kind !== 'bank') return STATEMENT_FIELDS[kind].filter((field) => !given.has(field));
  const missing = ['date', 'payee'].filter((field) => !given.has(field));
  if (!given.has('amount') && !given.has('paidOut') && !given.has('paidIn')) missing.push('amount');
  return missing;
}

export function mappingByHeadings<K extends StatementKind>(
  kind: K,
  header: readonly string[],
  headings: HeadingMapping<K>,
  paidOutIs: 'negative' | 'positive' = 'negative',
): Result<ColumnMapping<K>> {
  const columns: Partial<Record<string, number>> = {};
  const problems: Problem[] = [];
  const keys = header.map(key);
  for (const field of STATEMENT_FIELDS[kind] as readonly string[]) {
    const heading = (headings as Partial<Record<string, string>>)[field];
    if (heading === undefined || heading.trim() === '') continue;
    const column = keys.indexOf(key(heading));
    if (column < 0)
      problems.push(
        problem([field], 'spending.import.headingNotFound', { heading: heading.trim() }),
      );
    else columns[field] = column;
  }
  const given = new Set([...Object.keys(columns), ...problems.map((found) => found.path)]);
  for (const field of missingFields(kind, given))
    problems.push(problem([field], 'spending.import.headingRequired'));
  return problems.length > 0
    ? failed(problems)
    : ok({ kind, columns: columns as ColumnMapping<K>['columns'], paidOutIs });
}
