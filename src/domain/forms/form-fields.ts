/**
 * Reading what a person typed into a form: whole numbers and money as text, each with
 * an NHS.UK-style message ("Enter…", "… must be a whole number") that names the field.
 * Problems carry the form field's id as their path, so a page can link its error summary.
 */
import Decimal from 'decimal.js';
import { problem, type Problem } from '../problems';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

/** Which form a field is on: its messages are `forms.<scope>.<field>.<rule>`. */
export type FormScope = 'line' | 'carer' | 'expense' | 'about';

export function wholeNumberInput(
  text: string,
  scope: FormScope,
  field: string,
  min: number,
  max: number,
): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: problem([field], `forms.${scope}.${field}.required`) };
  if (!/^\d+$/.test(trimmed)) return { ok: false, problem: problem([field], `forms.${scope}.${field}.wholeNumber`) };
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
  if (cleaned === '') return { ok: false, problem: problem([field], `forms.${scope}.${field}.required`) };
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) {
    const key = /^-/.test(cleaned) ? 'forms.money.negative' : /^\d+\.\d{3,}$/.test(cleaned) ? 'forms.money.pence' : 'forms.money.format';
    return { ok: false, problem: problem([field], key) };
  }
  const amount = new Decimal(cleaned);
  if (amount.gt(MAX_MONEY)) return { ok: false, problem: problem([field], 'forms.money.tooLarge') };
  return { ok: true, value: amount.toFixed(2) };
}

export function requiredText(text: string, scope: FormScope, field: string, max: number): Parsed<string> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: problem([field], `forms.${scope}.${field}.required`) };
  if (trimmed.length > max) return { ok: false, problem: problem([field], 'forms.tooLong', { max }) };
  return { ok: true, value: trimmed };
}

export function optionalText(text: string, field: string, max: number): Parsed<string | undefined> {
  const trimmed = text.trim();
  if (trimmed.length > max) return { ok: false, problem: problem([field], 'forms.tooLong', { max }) };
  return { ok: true, value: trimmed === '' ? undefined : trimmed };
}

/** Collects the problems of several parsed fields, in the order the form shows them. */
export function problemsOf(...parsed: readonly Parsed<unknown>[]): Problem[] {
  return parsed.flatMap((field) => (field.ok ? [] : [field.problem]));
}
