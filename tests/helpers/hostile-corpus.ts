/**
 * The hostile and broken input corpus (tests/fixtures/hostile/): what each file must be
 * refused with, shared by the command-line tests, the in-process reader tests and the
 * app's "Open a budget file" test, so a file added here is tried every way in.
 *
 * Every file is derived from one small valid budget (the `valid-` file there is that
 * budget with script and formula text as data) or from the shipped card england-2025-26,
 * with one defect each unless its name says otherwise.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './builders';

export const HOSTILE_BUDGET_DIR = join(ROOT, 'tests', 'fixtures', 'hostile', 'budgets');
export const HOSTILE_CARD_DIR = join(ROOT, 'tests', 'fixtures', 'hostile', 'rate-cards');

/** A field path that must start a stderr line, and optionally words its message must contain. */
export type Named = readonly [path: string, message?: string];

export interface Expectation {
  /** The rule, as the test title. */
  readonly rule: string;
  readonly named: readonly Named[];
  /** Words no line may contain (a message that would mislead the reader). */
  readonly absent?: readonly string[];
  /** For a file that is not JSON: where the message says parsing stopped (the first bad character). */
  readonly located?: string;
  /**
   * A valid budget that does not fit its rate card (or names a card not shipped): the
   * command, which prices it, refuses it; the app opens it as a budget of its own and says
   * it cannot be priced until the card is chosen again. Saved budgets are untouched either way.
   */
  readonly cardOnly?: boolean;
}

export const WHOLE_MINUTES = 'must be a whole number from 1 to 1440';
export const MONEY = 'must be an amount of money written as text with two decimals';
export const NEGATIVE_MONEY = 'cannot be negative';
export const NOT_JSON = 'is not valid JSON';
export const AN_ID = 'must be an id of 1 to 64 letters';

/** What Object.prototype looks like before any hostile file is read. */
function prototypeSnapshot(): string[] {
  return Reflect.ownKeys(Object.prototype).map((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(Object.prototype, key);
    return `${String(key)}:${typeof descriptor?.value}:${String(descriptor?.enumerable)}`;
  });
}
const PROTOTYPE_BEFORE = prototypeSnapshot();

export function expectPrototypesUntouched(): void {
  const empty: Record<string, unknown> = {};
  expect(empty['polluted']).toBeUndefined();
  expect(empty['isAdmin']).toBeUndefined();
  expect(empty['prototype']).toBeUndefined();
  expect(({} as object).constructor).toBe(Object);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(prototypeSnapshot()).toEqual(PROTOTYPE_BEFORE);
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect((Object as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
}
