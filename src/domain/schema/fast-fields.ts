/**
 * The field checks of the hand-written readers (ledger/fast-ledger.ts, fast-budget.ts):
 * each the same test as a validator of fields.ts, with the same patterns and limits, but
 * giving up (throwing `REFUSED`) at the first thing it is not sure of instead of saying
 * why. A reader that gives up hands the document to its zod schema, whose messages name
 * the field; so these never need to.
 */
import { plainTextPattern, type TextLines } from '../plain-text';
import { DECIMAL_PATTERN, ID_PATTERN, MONEY_PATTERN } from './fields';

/** Thrown inside a read to give up: caught once, by `readOrNull`. */
export const REFUSED = Symbol('refused');

export type Fields = Record<string, unknown>;

const PLAIN_TEXT: Readonly<Record<TextLines, RegExp>> = {
  one: plainTextPattern('one'),
  many: plainTextPattern('many'),
};

/** The reader's answer, or null where it gave up. */
export function readOrNull<T>(value: unknown, read: (value: unknown) => T): T | null {
  try {
    return read(value);
  } catch (error) {
    if (error === REFUSED) return null;
    throw error;
  }
}

/** The value as a plain object (made by `{}` or JSON.parse, not a class), else refused. */
function plainObject(value: unknown): Fields {
  if (
    typeof value !== 'object' ||
    value === null ||
    Object.getPrototypeOf(value) !== Object.prototype
  )
    throw REFUSED;
  return value as Fields;
}

/** A plain object holding only `allowed` fields, none of them `undefined`. */
export function fields(value: unknown, allowed: ReadonlySet<string>): Fields {
  const given = plainObject(value);
  for (const key in given) {
    if (!allowed.has(key) || given[key] === undefined) throw REFUSED;
  }
  return given;
}

/**
 * `fields`, keyed by each allowed field's place in the schema: also whether the object's
 * fields come in that order, so a reader may give the object itself, as the schema would
 * write it, instead of a copy.
 */
export function fieldsInOrder(value: unknown, order: ReadonlyMap<string, number>): boolean {
  const given = plainObject(value);
  let last = -1;
  let ordered = true;
  for (const key in given) {
    const place = order.get(key);
    if (place === undefined || given[key] === undefined) throw REFUSED;
    if (place < last) ordered = false;
    last = place;
  }
  return ordered;
}

/** Each field's place, for `fieldsInOrder`. */
export const placesOf = (fields: readonly string[]): ReadonlyMap<string, number> =>
  new Map(fields.map((field, place) => [field, place]));

export function matching(value: unknown, pattern: RegExp): string {
  if (typeof value !== 'string' || !pattern.test(value)) throw REFUSED;
  return value;
}

export const id = (value: unknown) => matching(value, ID_PATTERN);
export const money = (value: unknown) => matching(value, MONEY_PATTERN);

/** `decimalText(min, max)`: the pattern, then the number within the range. */
export function decimal(value: unknown, min: number, max: number): string {
  const written = matching(value, DECIMAL_PATTERN);
  if (!(Number(written) >= min && Number(written) <= max)) throw REFUSED;
  return written;
}

/** `wholeNumber(min, max)`. */
export function whole(value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw REFUSED;
  return value;
}

/** `flag()`. */
export function flag(value: unknown): boolean {
  if (typeof value !== 'boolean') throw REFUSED;
  return value;
}

/** `text(max, lines)`: plain text of at most `max` UTF-16 units, kept as written. */
export function text(value: unknown, max: number, lines: TextLines = 'one'): string {
  const written = matching(value, PLAIN_TEXT[lines]);
  if (written.length > max) throw REFUSED;
  return written;
}

/** `requiredText(max, lines)`: plain text, trimmed, then 1 to `max` units. */
export function requiredText(value: unknown, max: number, lines: TextLines = 'one'): string {
  const trimmed = matching(value, PLAIN_TEXT[lines]).trim();
  if (trimmed.length < 1 || trimmed.length > max) throw REFUSED;
  return trimmed;
}

export function oneOf<T extends string>(value: unknown, values: readonly T[]): T {
  if (!(values as readonly unknown[]).includes(value)) throw REFUSED;
  return value as T;
}

/** `list(item, 0, max)`: a new array of each item read. */
export function list<T>(value: unknown, max: number, item: (one: unknown) => T): T[] {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) throw REFUSED;
  if (value.length > max) throw REFUSED;
  const read: T[] = new Array<T>(value.length);
  for (let index = 0; index < value.length; index++) read[index] = item(value[index]);
  return read;
}
