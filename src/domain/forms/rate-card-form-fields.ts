/**
 * Reading one field of the rate-card form. Each problem's path is the form field's key and
 * its message a key under `rateCards.errors`; the page adds the field's name, so every
 * message says which figure it is about ("Example Homecare Ltd, by day on weekdays: …").
 */
import Decimal from 'decimal.js';
import type { TextLines } from '../plain-text';
import { problem } from '../problems';
import { calendarDate } from './date-fields';
import { refusedCharacter, type Parsed } from './form-fields';

const fail = (
  key: string,
  rule: string,
  values: Record<string, string | number> = {},
): Parsed<never> => ({
  ok: false,
  problem: problem([key], `rateCards.errors.${rule}`, values),
});

/** The file format's limit for money: just under £1bn. */
const MAX_MONEY = new Decimal('999999999.99');

/** "£32.14", "32.1" and "1,200" mean amounts; the result is the file's two-decimal text. */
export function moneyField(
  text: string,
  key: string,
  optional = false,
): Parsed<string | undefined> {
  const cleaned = text.trim().replace(/^£\s*/, '').replaceAll(',', '');
  if (cleaned === '') return optional ? { ok: true, value: undefined } : fail(key, 'required');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned))
    return fail(key, /^\d+\.\d{3,}$/.test(cleaned) ? 'pence' : 'money');
  const amount = new Decimal(cleaned);
  if (amount.gt(MAX_MONEY)) return fail(key, 'moneyTooLarge');
  return { ok: true, value: amount.toFixed(2) };
}

export function requiredMoney(text: string, key: string): Parsed<string> {
  const parsed = moneyField(text, key);
  return parsed.ok && parsed.value === undefined
    ? fail(key, 'required')
    : (parsed as Parsed<string>);
}

/** A decimal as the file writes it ("12.07", "3", "52.143"): up to four places, within a range. */
export function decimalField(text: string, key: string, min: number, max: number): Parsed<string> {
  const cleaned = text.trim().replace(/\s*%$/, '');
  if (cleaned === '') return fail(key, 'required');
  if (!/^\d{1,6}(\.\d{1,4})?$/.test(cleaned)) return fail(key, 'decimal', { min, max });
  const value = new Decimal(cleaned);
  if (value.lt(min) || value.gt(max)) return fail(key, 'decimal', { min, max });
  return { ok: true, value: value.toFixed() };
}

export function wholeField(text: string, key: string, min: number, max: number): Parsed<number> {
  const cleaned = text.trim();
  if (cleaned === '') return fail(key, 'required');
  if (!/^\d{1,4}$/.test(cleaned) || Number(cleaned) < min || Number(cleaned) > max) {
    return fail(key, 'wholeNumber', { min, max });
  }
  return { ok: true, value: Number(cleaned) };
}

export function textField(
  text: string,
  key: string,
  max: number,
  required: boolean,
  lines: TextLines = 'one',
): Parsed<string> {
  const trimmed = text.trim();
  if (required && trimmed === '') return fail(key, 'required');
  const hidden = refusedCharacter(text, lines);
  if (hidden !== null)
    return fail(key, lines === 'one' ? 'oneLineText' : 'plainText', { ...hidden });
  if (trimmed.length > max) return fail(key, 'tooLong', { max });
  return { ok: true, value: trimmed };
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function idField(text: string, key: string, taken: readonly string[]): Parsed<string> {
  const trimmed = text.trim();
  if (trimmed === '') return fail(key, 'required');
  if (!ID_PATTERN.test(trimmed)) return fail(key, 'id');
  if (taken.includes(trimmed)) return fail(key, 'idTaken', { id: trimmed });
  return { ok: true, value: trimmed };
}

/** Three boxes, day, month and year (the NHS.UK date input), to a calendar date as text. */
export function dateField(day: string, month: string, year: string, key: string): Parsed<string> {
  const date = calendarDate({ day, month, year });
  if (date === 'empty') return fail(key, 'required');
  if (date === null) return fail(key, 'date');
  return { ok: true, value: date };
}

/** An id for a row added in the form, from its name: "Bright Care Ltd" → "bright-care-ltd". */
export function idFromName(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
  const stem = slug === '' ? fallback : slug;
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  return id;
}

/** Two figures are the same if they are equal as numbers: "3" and "3.0" are one percentage. */
export function sameFigure(
  a: string | number | undefined,
  b: string | number | undefined,
): boolean {
  if (a === undefined || b === undefined) return a === b;
  return new Decimal(a).eq(new Decimal(b));
}
