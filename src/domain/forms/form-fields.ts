/**
 * Reading what a person typed into a form: whole numbers and money as text, each with
 * an NHS.UK-style message ("Enter…", "… must be a whole number") that names the field.
 * Problems carry the form field's id as their path, so a page can link its error summary.
 */
import Decimal from 'decimal.js';
import { firstRefusedCharacter, type RefusedCharacter, type TextLines } from '../plain-text';
import { problem, type Problem } from '../problems';

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

/** Which form a field is on: its messages are `forms.<scope>.<field>.<rule>`. */
export type FormScope =
  | 'line'
  | 'carer'
  | 'assistant'
  | 'expense'
  | 'about'
  | 'outcome'
  | 'risk'
  | 'contingency'
  | 'whoPays';

export function wholeNumberInput(
  text: string,
  scope: FormScope,
  field: string,
  min: number,
  max: number,
): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '')
    return { ok: false, problem: problem([field], `forms.${scope}.${field}.required`) };
  if (!/^\d+$/.test(trimmed))
    return { ok: false, problem: problem([field], `forms.${scope}.${field}.wholeNumber`) };
  const value = Number(trimmed);
  if (value < min || value > max) {
    return { ok: false, problem: problem([field], `forms.${scope}.${field}.range`, { min, max }) };
  }
  return { ok: true, value };
}

/** The largest amount a form takes: the file format's limit, just under £1bn. */
const MAX_MONEY = new Decimal('999999999.99');

/**
 * "£1,800", "1800.5" and " 35 " all mean an amount; the result is the file's two-decimal
 * text. More than two decimals is refused rather than rounded: a person should see it.
 */
export function moneyInput(text: string, scope: FormScope, field: string): Parsed<string> {
  const cleaned = text.trim().replace(/^£\s*/, '').replaceAll(',', '');
  if (cleaned === '')
    return { ok: false, problem: problem([field], `forms.${scope}.${field}.required`) };
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) {
    const key = /^-/.test(cleaned)
      ? 'forms.money.negative'
      : /^\d+\.\d{3,}$/.test(cleaned)
        ? 'forms.money.pence'
        : 'forms.money.format';
    return { ok: false, problem: problem([field], key) };
  }
  const amount = new Decimal(cleaned);
  if (amount.gt(MAX_MONEY)) return { ok: false, problem: problem([field], 'forms.money.tooLarge') };
  return { ok: true, value: amount.toFixed(2) };
}

/**
 * A hidden character pasted in with the text (a tab, an escape, a direction override, or
 * a line break in a one-line field): the file rules would refuse it, so the form says so
 * first, and where it is in what was typed. Spaces and breaks at either end are trimmed
 * away before saving, so they are no problem.
 */
export function refusedCharacter(typed: string, lines: TextLines): RefusedCharacter | null {
  const found = firstRefusedCharacter(typed.trim(), lines);
  if (found === null) return null;
  const trimmedAhead = [...typed].length - [...typed.trimStart()].length;
  return { character: found.character, position: found.position + trimmedAhead };
}

function plainTextProblem(typed: string, field: string, lines: TextLines): Problem | null {
  const found = refusedCharacter(typed, lines);
  return found === null
    ? null
    : problem([field], lines === 'one' ? 'forms.oneLineText' : 'forms.plainText', { ...found });
}

export function requiredText(
  text: string,
  scope: FormScope,
  field: string,
  max: number,
  lines: TextLines = 'one',
): Parsed<string> {
  const trimmed = text.trim();
  if (trimmed === '')
    return { ok: false, problem: problem([field], `forms.${scope}.${field}.required`) };
  return checkedText(text, field, max, lines);
}

export function optionalText(
  text: string,
  field: string,
  max: number,
  lines: TextLines = 'one',
): Parsed<string | undefined> {
  const checked = checkedText(text, field, max, lines);
  return checked.ok && checked.value === '' ? { ok: true, value: undefined } : checked;
}

/** Plain text within its length, trimmed. */
function checkedText(text: string, field: string, max: number, lines: TextLines): Parsed<string> {
  const trimmed = text.trim();
  const hidden = plainTextProblem(text, field, lines);
  if (hidden !== null) return { ok: false, problem: hidden };
  if (trimmed.length > max)
    return { ok: false, problem: problem([field], 'forms.tooLong', { max }) };
  return { ok: true, value: trimmed };
}

/** Collects the problems of several parsed fields, in the order the form shows them. */
export function problemsOf(...parsed: readonly Parsed<unknown>[]): Problem[] {
  return parsed.flatMap((field) => (field.ok ? [] : [field.problem]));
}
