/**
 * What every form page needs: its fields kept in a draft (so nothing typed is lost), the
 * problems from the domain's form rules turned into field errors for the error summary
 * and the fields, and a setter per field.
 */
import { useState } from 'react';
import { useTranslation } from './use-translation';
import type { Problem } from '../../domain/problems';
import type { Draft } from '../../state/saved-budget';
import type { FieldError } from '../components/error-summary';
import { useDraft } from './use-draft';

export type FieldIds<F> = Readonly<Record<keyof F & string, string>>;

/**
 * `P` names problems that are not one field of the form, such as a date's `from`, which
 * its three boxes share; `fieldIds` gives where each links too.
 */
export function useForm<F extends Draft, P extends string = never>(
  draftKey: string,
  initial: F,
  fieldIds: FieldIds<F> & Readonly<Record<P, string>>,
  /** False for a form that starts clean each visit (the what-if): held by the page only, never kept. */
  kept = true,
) {
  const { t } = useTranslation();
  const [draft, setDraft, clearKept, , applyKept] = useDraft<F>(draftKey, initial);
  const [local, setLocal] = useState<F>(initial);
  const form = kept ? draft : local;
  const setForm = kept ? setDraft : setLocal;
  /** Changes the form from its value as it is now, never as this render saw it: fast typing loses nothing. */
  const update = kept ? applyKept : (change: (was: F) => F) => setLocal(change);
  const clearDraft = kept ? clearKept : () => setLocal(initial);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const ids = fieldIds as Readonly<Record<string, string>>;
  const errors: FieldError[] = problems.map((problem) => ({
    fieldId: ids[problem.path] ?? problem.path,
    message: t(problem.key, { ...problem.values }),
  }));
  const errorFor = (field: (keyof F & string) | P) =>
    errors.find((error) => error.fieldId === ids[field])?.message;
  const set =
    <K extends keyof F & string>(field: K) =>
    (value: F[K]) =>
      update((was) => ({ ...was, [field]: value }));
  return { form, set, setForm, update, clearDraft, setProblems, errors, errorFor };
}
