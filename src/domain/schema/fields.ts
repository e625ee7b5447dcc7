/** Field validators shared by both file formats, each with a message that names the rule. */
import { z } from 'zod';
import { DAYS } from '../days';
import { firstRefusedCharacter, plainTextPattern, type TextLines } from '../plain-text';
import { messageKey } from '../problems';

/** Under £1bn, two decimals, no sign: what a budget amount or a rate can be. */
export const MONEY_PATTERN = /^(0|[1-9]\d{0,8})\.\d{2}$/;
/** A non-negative decimal written as text: percentages, hours, weeks. */
export const DECIMAL_PATTERN = /^(0|[1-9]\d{0,5})(\.\d{1,4})?$/;
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** "-5.00" is money written rightly but for its sign: say that, not how to write money. */
const NEGATIVE_AMOUNT = /^-\s*\d/;

export function money() {
  const error = messageKey('validation.money');
  return z.string({ error }).regex(MONEY_PATTERN, {
    error: (issue) =>
      typeof issue.input === 'string' && NEGATIVE_AMOUNT.test(issue.input)
        ? messageKey('validation.moneyNegative')
        : error,
  });
}

/** A decimal as text within a range, both ends included. */
export function decimalText(min: number, max: number) {
  const error = messageKey('validation.decimal', { min, max });
  return z
    .string({ error })
    .regex(DECIMAL_PATTERN, { error })
    .refine((text) => Number(text) >= min && Number(text) <= max, { error });
}

export function wholeNumber(min: number, max: number) {
  const error = messageKey('validation.wholeNumber', { min, max });
  return z.int({ error }).min(min, { error }).max(max, { error });
}

/**
 * Free text is plain text (src/domain/plain-text.ts): no control characters or direction
 * overrides, and no line breaks unless the field is one of the few with `lines: 'many'`.
 * Checked before any trimming, so the file is judged as it is written.
 */
function plainText(lines: TextLines, error: string) {
  return z.string({ error }).regex(plainTextPattern(lines), {
    error: (issue) =>
      messageKey(
        lines === 'one' ? 'validation.oneLineText' : 'validation.plainText',
        typeof issue.input === 'string' ? { ...firstRefusedCharacter(issue.input, lines) } : {},
      ),
  });
}

export function text(max: number, lines: TextLines = 'one') {
  const error = messageKey('validation.text', { max });
  return plainText(lines, error).max(max, { error });
}

export function requiredText(max: number, lines: TextLines = 'one') {
  const error = messageKey('validation.requiredText', { max });
  return plainText(lines, error).trim().min(1, { error }).max(max, { error });
}

export function identifier() {
  const error = messageKey('validation.id');
  return z.string({ error }).regex(ID_PATTERN, { error });
}

export function isoDate() {
  const error = messageKey('validation.date');
  return z.string({ error }).regex(DATE_PATTERN, { error }).refine(isRealDate, { error });
}

export function flag() {
  return z.boolean({ error: messageKey('validation.boolean') });
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: messageKey('validation.oneOf', { values: values.join(', ') }) });
}

export function list<T extends z.ZodType>(item: T, min: number, max: number) {
  const error = messageKey('validation.list', { min, max });
  return z.array(item, { error }).min(min, { error }).max(max, { error });
}

export function days() {
  const error = messageKey('validation.days', { days: DAYS.join(', ') });
  return z
    .array(oneOf(DAYS), { error })
    .min(1, { error })
    .max(DAYS.length, { error })
    .refine((all) => new Set(all).size === all.length, {
      error: messageKey('validation.repeatedDay'),
    });
}

/** Text a person reads, in English and optionally Welsh. */
export function localisedText(max: number, lines: TextLines = 'one') {
  const one = () => requiredText(max, lines);
  return z.union([one(), z.strictObject({ en: one(), cy: one().optional() })], {
    error: messageKey('validation.localisedText'),
  });
}

export function literal<const T extends string | number>(value: T) {
  return z.literal(value, { error: messageKey('validation.oneOf', { values: String(value) }) });
}

/** 2026-02-30 matches the pattern but is no day: a date must survive a round trip. */
export function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** The days of each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * `isRealDate` for a text already matching `DATE_PATTERN`, by arithmetic rather than a
 * `Date`, for the hand-written readers that check thousands of dates. The same answer
 * for every such text (tests/unit/real-date.test.ts), years before 100 included: `Date`
 * reads those as 1900 onwards, so none of them survives the round trip.
 */
export function isRealPatternDate(value: string): boolean {
  const digit = (at: number) => value.charCodeAt(at) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(5) * 10 + digit(6);
  const day = digit(8) * 10 + digit(9);
  if (year < 100) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0));
}
