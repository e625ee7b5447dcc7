/**
 * Checks for the passphrase forms. Passphrases live in component state only: never in a
 * draft, which is saved on the device, and never in the address.
 */
import type { FieldError } from '../components/error-summary';
import { MIN_PASSPHRASE_LENGTH } from '../../state/passphrase-lock';

export interface PassphraseForm {
  readonly current: string;
  readonly next: string;
  readonly confirm: string;
}

export const PASSPHRASE_IDS = {
  current: 'passphrase-current',
  next: 'passphrase-new',
  confirm: 'passphrase-confirm',
} as const;

/** Problems as i18n keys by field; asks only for the fields this form has. */
export function passphraseProblems(
  form: PassphraseForm,
  needs: { current: boolean; next: boolean },
): FieldError[] {
  const found: FieldError[] = [];
  if (needs.current && form.current === '')
    found.push({ fieldId: PASSPHRASE_IDS.current, message: 'reliability.passphrase.required' });
  if (needs.next && form.next.length < MIN_PASSPHRASE_LENGTH)
    found.push({ fieldId: PASSPHRASE_IDS.next, message: 'reliability.passphrase.tooShort' });
  else if (needs.next && form.confirm !== form.next)
    found.push({ fieldId: PASSPHRASE_IDS.confirm, message: 'reliability.passphrase.mismatch' });
  return found;
}
