/**
 * What the need-line questions share: each field's id (also where the error summary links)
 * and the props every group of questions takes.
 */
import type { LineForm } from '../../domain/forms/line-form';

export type LineField = keyof LineForm;

/** For radios and checkboxes this is the first option's id, as NHS.UK links to it. */
export const lineFieldId = (field: LineField) => `line-${field}`;

export interface LineFieldsProps {
  readonly form: LineForm;
  readonly onChange: (form: LineForm) => void;
  /** The error message for each field that has one. */
  readonly errors: Readonly<Partial<Record<LineField, string>>>;
}
