/** The "save as a revision" form: why, and who is making it (by role, and a name if they wish). */
import { failed, ok, problem, type Result } from '../problems';
import type { RevisionDetails } from '../revisions/history';
import { REVISION_ROLES, type RevisionRole } from '../schema/revision';
import { optionalText, problemsOf } from './form-fields';

export type RevisionForm = {
  readonly reason: string;
  readonly role: string;
  readonly name: string;
};

export const NEW_REVISION_FORM: RevisionForm = { reason: '', role: '', name: '' };

const REASON_MAX = 500;

/** `date` is the day it is saved, as YYYY-MM-DD: a revision is dated when it is made. */
export function formToRevision(form: RevisionForm, date: string): Result<RevisionDetails> {
  // A textarea: the reason may run over several lines, but holds no other hidden character.
  const reason = optionalText(form.reason, 'reason', REASON_MAX, 'many');
  const name = optionalText(form.name, 'name', 200);
  const found = problemsOf(reason);
  if (reason.ok && reason.value === undefined)
    found.push(problem(['reason'], 'revisions.form.reason.required'));
  if (!isRole(form.role)) found.push(problem(['role'], 'revisions.form.role.required'));
  found.push(...problemsOf(name));
  if (
    found.length > 0 ||
    !reason.ok ||
    reason.value === undefined ||
    !name.ok ||
    !isRole(form.role)
  ) {
    return failed(found);
  }
  return ok({
    date,
    reason: reason.value,
    role: form.role,
    ...(name.value === undefined ? {} : { name: name.value }),
  });
}

function isRole(value: string): value is RevisionRole {
  return (REVISION_ROLES as readonly string[]).includes(value);
}
