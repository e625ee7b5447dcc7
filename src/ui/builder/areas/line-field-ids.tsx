/**
 * What the need-line questions share: each field's id (also where the error summary links)
 * and the props every group of questions takes.
 */
import { createContext, memo, useContext, useMemo, type FunctionComponent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LineForm } from '../../../domain/forms/line-form';
import { useAppStore } from '../../../state/store';

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

/** Where the form's draft is kept: each group reads its own fields there as they are typed. */
export interface LineDraftSource {
  readonly key: string;
  /** The form until something is typed. */
  readonly initial: LineForm;
}

export const LineDraftContext = createContext<LineDraftSource | undefined>(undefined);

const NO_FIELDS: readonly unknown[] = [];

/**
 * The form given, with the fields named as they are in the draft now. The page passes
 * its groups a form that follows the draft a render later (useDraftInTransition); each
 * group reads its own fields here, so a keystroke renders in its own task only the group
 * typed in (a controlled field shows what its props say) and not the page.
 */
function useLiveFields(form: LineForm, fields: readonly (keyof LineForm)[]): LineForm {
  const source = useContext(LineDraftContext);
  const live = useAppStore(
    useShallow((state) => {
      if (source === undefined) return NO_FIELDS;
      const draft = (state.drafts[source.key] as LineForm | undefined) ?? source.initial;
      return fields.map((field) => draft[field]);
    }),
  );
  return useMemo(() => {
    if (live === NO_FIELDS || fields.every((field, at) => form[field] === live[at])) return form;
    return { ...form, ...Object.fromEntries(fields.map((field, at) => [field, live[at]])) };
  }, [form, fields, live]);
}

/**
 * A group of questions that renders again only when one of its own fields, their errors
 * or its other props change, and that reads its own fields as typed (useLiveFields). In a
 * 300-line budget each keystroke renders just the group being typed in, in the key's own
 * task, which keeps typing about as quick as in a plain field on a slow laptop.
 * `fields` must name every field of the form the group reads, and those of any group within it.
 */
export function memoByFields<P extends LineFieldsProps>(
  group: FunctionComponent<P>,
  fields: readonly (keyof LineForm)[],
  errorsOf: readonly LineField[] = fields,
) {
  const Group = group;
  function AsTyped(props: P) {
    const form = useLiveFields(props.form, fields);
    return <Group {...props} form={form} />;
  }
  AsTyped.displayName = `AsTyped(${group.name})`;
  return memo(AsTyped, (before, after) => {
    const ownFields =
      fields.every((field) => before.form[field] === after.form[field]) &&
      errorsOf.every((field) => before.errors[field] === after.errors[field]);
    const others = (Object.keys(after) as (keyof P)[]).filter(
      (key) => key !== 'form' && key !== 'errors',
    );
    return ownFields && others.every((key) => before[key] === after[key]);
  });
}
