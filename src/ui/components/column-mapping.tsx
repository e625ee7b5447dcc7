/**
 * Where a spreadsheet or CSV keeps each field: one text box per field, holding the file's
 * own words for it (a column's heading, a row's label). The packages import, the rate sheet
 * import and the spending's statements all ask this way, so the three read and behave
 * alike. An emptied box leaves the field out of the mapping, never kept as empty words.
 */
import type { ReactNode } from 'react';
import { TextInput } from './text-input';

/** The file's words for each field; a field the file does not have is absent. */
export type Mapping<F extends string> = { readonly [field in F]?: string | undefined };

export interface ColumnMappingField<F extends string> {
  readonly field: F;
  readonly label: string;
  readonly error?: string | undefined;
}

export interface ColumnMappingProps<F extends string> {
  /** Each box's id is `<idPrefix>-<field>`. */
  readonly idPrefix: string;
  readonly fields: readonly ColumnMappingField<F>[];
  readonly columns: Mapping<F>;
  /** One field's words changed; `withColumn` gives the mapping with that change. */
  readonly onChange: (field: F, value: string) => void;
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
          onChange={(value) => onChange(field, value)}
        />
      ))}
    </>
  );
}

/** The mapping with one field's words changed; emptied words leave the field out. */
export function withColumn<F extends string>(
  columns: Mapping<F>,
  field: F,
  value: string,
): Partial<Record<F, string>> {
  return Object.fromEntries([
    ...Object.entries(columns).filter(([name]) => name !== field),
    ...(value.trim() === '' ? [] : [[field, value]]),
  ]) as Partial<Record<F, string>>;
}
