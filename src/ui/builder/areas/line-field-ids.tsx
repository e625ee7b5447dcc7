/**
 * What the need-line questions share: each field's id (also where the error summary links)
 * and the props every group of questions takes.
 */
import { memo, type FunctionComponent } from 'react';
import type { LineForm } from '../../../domain/forms/line-form';

/** A field of the form, or a date's problem (`from`, `until`), which a date's three boxes share. */
export type LineField = keyof LineForm | 'from' | 'until';

/** For radios and checkboxes this is the first option's id, as NHS.UK links to it; for a date, its day box. */
export const lineFieldId = (field: LineField) =>
  field === 'from' || field === 'until' ? `line-${field}-day` : `line-${field}`;

export interface LineFieldsProps {
  readonly form: LineForm;
  /** Changes the fields given, keeping the others as they are (see useDraft's patch). */
  readonly onChange: (changes: Partial<LineForm>) => void;
  /** The error message for each field that has one. */
  readonly errors: Readonly<Partial<Record<LineField, string>>>;
}

/**
 * A group of questions that renders again only when one of its own fields, their errors
 * or its other props change. In a 300-line budget each keystroke re-renders just the
 * group being typed in, which keeps typing within a frame or so on a slow laptop.
 * `fields` must name every field of the form the group reads, and those of any group within it.
 */
export function memoByFields<P extends LineFieldsProps>(
  group: FunctionComponent<P>,
  fields: readonly (keyof LineForm)[],
  errorsOf: readonly LineField[] = fields,
) {
  return memo(group, (before, after) => {
    const ownFields =
      fields.every((field) => before.form[field] === after.form[field]) &&
      errorsOf.every((field) => before.errors[field] === after.errors[field]);
    const others = (Object.keys(after) as (keyof P)[]).filter(
      (key) => key !== 'form' && key !== 'errors',
    );
    return ownFields && others.every((key) => before[key] === after[key]);
  });
}
