/**
 * Checking or changing where a spreadsheet keeps each part: one text field a part, holding
 * the spreadsheet's own words for it (a column's heading, a row's label). Shared by the
 * packages import and the rate sheet import, so both read and behave the same.
 */
import { TextInput } from '../components/text-input';

/** The spreadsheet's words for each part; a part it does not have is absent. */
export type Mapping<F extends string> = { readonly [field in F]?: string | undefined };

export interface MappingFieldsProps<F extends string> {
  /** Each field's id is the prefix and the part: `import-column-days`. */
  readonly idPrefix: string;
  readonly fields: readonly F[];
  readonly labelOf: (field: F) => string;
  readonly values: Mapping<F>;
  readonly onChange: (field: F, value: string) => void;
}

export function MappingFields<F extends string>({
  idPrefix,
  fields,
  labelOf,
  values,
  onChange,
}: MappingFieldsProps<F>) {
  return fields.map((field) => (
    <TextInput
      key={field}
      id={`${idPrefix}-${field}`}
      label={labelOf(field)}
      width={30}
      value={values[field] ?? ''}
      onChange={(value) => onChange(field, value)}
    />
  ));
}

/** The mapping with one part changed; an emptied part is left out, not kept as empty words. */
export function withMapping<F extends string>(
  mapping: Mapping<F>,
  field: F,
  value: string,
): Mapping<F> {
  return Object.fromEntries([
    ...Object.entries(mapping).filter(([name]) => name !== field),
    ...(value.trim() === '' ? [] : [[field, value]]),
  ]) as Mapping<F>;
}
