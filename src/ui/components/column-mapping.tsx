/**
 * Which column of a spreadsheet or CSV holds which field: one text box per field, holding
 * the column's heading as written in the file's first row. The spreadsheet import's
 * profiles and the spending's statements both ask this way, so the two read alike. An
 * emptied box leaves the field out of the mapping, never kept as an empty heading.
 */
import type { ReactNode } from 'react';
import { TextInput } from './text-input';

export interface ColumnMappingField<F extends string> {
  readonly field: F;
  readonly label: string;
  readonly error?: string | undefined;
}

export interface ColumnMappingProps<F extends string> {
  /** Each box's id is `<idPrefix>-<field>`. */
  readonly idPrefix: string;
  readonly fields: readonly ColumnMappingField<F>[];
  /** The heading given for each field; a field left out has no column. */
  readonly columns: Readonly<Partial<Record<F, string | undefined>>>;
  readonly onChange: (columns: Partial<Record<F, string>>) => void;
  /** Words before the boxes: what the headings are, which the file has. */
  readonly intro?: ReactNode;
}

export function ColumnMapping<F extends string>({
  idPrefix,
  fields,
  columns,
  onChange,
  intro,
}: ColumnMappingProps<F>) {
  return (
    <>
      {intro}
      {fields.map(({ field, label, error }) => (
        <TextInput
          key={field}
          id={`${idPrefix}-${field}`}
          label={label}
          error={error}
          width={30}
          value={columns[field] ?? ''}
          onChange={(value) => onChange(withColumn(columns, field, value))}
        />
      ))}
    </>
  );
}

/** The mapping with one field's heading changed; an emptied heading leaves the field out. */
export function withColumn<F extends string>(
  columns: Readonly<Partial<Record<F, string | undefined>>>,
  field: F,
  value: string,
): Partial<Record<F, string>> {
  return Object.fromEntries([
    ...Object.entries(columns).filter(([name]) => name !== field),
    ...(value.trim() === '' ? [] : [[field, value]]),
  ]) as Partial<Record<F, string>>;
}
