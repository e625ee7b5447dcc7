/**
 * The checks both hand-written readers are held to (ledger-fast-read.test.ts,
 * budget-fast-read.test.ts), given the reader, the whole read and the test that the read
 * is as by the schema alone.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { z } from 'zod';
import type { Result } from '../../src/domain/problems';
import type { Arb } from './document-arbitraries';

export interface HandReader {
  /** The hand-written reader: the document, or null for the schema to read. */
  readonly fast: (value: unknown) => unknown;
  /** The schema it is held equal to. */
  readonly schema: z.ZodType;
  /** Reading the document as its file is read: the gate, the readers, the rules. */
  readonly read: (value: unknown) => Result<unknown>;
  /** The same with the schema alone. */
  readonly readBySchema: (value: unknown) => Result<unknown>;
}

/** Deep-equal and, since outputs are written out, the same text field for field. */
function expectSame(actual: unknown, expected: unknown): void {
  expect(actual).toEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

/**
 * The hand-written reader gives null or the schema's very document, never one the schema
 * refuses; and reading the file (gate, migrations, reader, rules) is as by the schema alone.
 */
export function expectAsSchema(value: unknown, reader: HandReader): void {
  const fast = reader.fast(value);
  if (fast !== null) {
    const bySchema = reader.schema.safeParse(value);
    expect(bySchema.success).toBe(true);
    expectSame(fast, bySchema.data);
  }
  expectSame(reader.read(value), reader.readBySchema(value));
}

/** On `runs` generated documents. */
export function expectGeneratedAsSchema(documents: Arb, reader: HandReader, runs: number): void {
  fc.assert(
    fc.property(documents, (value) => expectAsSchema(value, reader)),
    // A document that fails is shown as found: shrinking a whole budget takes minutes.
    { numRuns: runs, endOnFailure: true },
  );
}

/** Every valid document is read by the hand-written reader itself, as the schema reads it. */
export function expectValidReadByHand(valid: Arb, reader: HandReader): void {
  fc.assert(
    fc.property(valid, (value) => {
      expect(reader.fast(value)).not.toBeNull();
      expectAsSchema(value, reader);
    }),
    { numRuns: 300 },
  );
}

/**
 * Each of `wrongs` put in the second item of `example[list]` on its own is left by the
 * hand-written reader to the schema, which refuses it naming that item.
 */
export function expectEachWrongRefused(
  example: Record<string, unknown>,
  list: string,
  wrongs: readonly (readonly [field: string, value: unknown])[],
  reader: HandReader,
): void {
  expect(reader.fast(example)).not.toBeNull();
  for (const [field, value] of wrongs) {
    const items = (example[list] as Record<string, unknown>[]).map((one, index) =>
      index === 1 ? { ...one, [field]: value } : one,
    );
    const wrong = { ...example, [list]: items };
    expect(reader.fast(wrong)).toBeNull();
    const read = reader.read(wrong);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]?.path).toMatch(new RegExp(`^${list}\\[1\\]`));
    expectAsSchema(wrong, reader);
  }
}
