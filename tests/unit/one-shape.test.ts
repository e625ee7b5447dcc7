/**
 * A caseload's lines made one shape for speed (one-shape.ts): every field a line can have,
 * the line's own values, and the same caseload entry as from the lines as they were.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryFromBudget } from '../../src/domain/caseload/entry-from-budget';
import {
  LINE_FIELDS,
  lineOfOneShape,
  withLinesOfOneShape,
} from '../../src/domain/caseload/one-shape';
import { budgetSchema } from '../../src/domain/schema/budget';
import { budgetStream } from '../../src/generate/generate-budgets';
import { loadCard } from '../helpers/builders';
import { outcome } from '../helpers/outcome';
import { awkwardBudget, awkwardCard } from '../helpers/pence-arbitraries';

const AS_OF = '2025-06-01';

describe("a caseload's lines in one shape", () => {
  it('has every field of both kinds of line, and no other', () => {
    const kinds = budgetSchema.shape.lines.element.options;
    const fields = new Set(kinds.flatMap((kind) => Object.keys(kind.shape)));
    expect([...LINE_FIELDS].sort()).toEqual([...fields].sort());
  });

  it("keeps each line's values, with the fields it lacks undefined, in one order", () => {
    fc.assert(
      fc.property(awkwardBudget, (made) => {
        for (const line of made.lines) {
          const copy = lineOfOneShape(line) as unknown as Record<string, unknown>;
          expect(Object.keys(copy)).toEqual(LINE_FIELDS);
          for (const field of LINE_FIELDS)
            expect(copy[field]).toBe((line as unknown as Record<string, unknown>)[field]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same caseload entry as the lines as they were', () => {
    fc.assert(
      fc.property(awkwardCard, awkwardBudget, (card, made) => {
        const before = outcome(() => entryFromBudget(made, card, 'f.json', { asOf: AS_OF }));
        const after = outcome(() =>
          entryFromBudget(withLinesOfOneShape(made), card, 'f.json', { asOf: AS_OF }),
        );
        if (before instanceof Error || after instanceof Error)
          expect(String(after)).toBe(String(before));
        else {
          expect(after).toStrictEqual(before);
          expect(JSON.stringify(after)).toBe(JSON.stringify(before));
        }
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  it("gives the generator's budgets the same entries", () => {
    const card = loadCard('rate-cards/england-2025-26.json');
    for (const made of budgetStream({ count: 300, seed: 9, rateCard: card, linesPerBudget: 20 })) {
      const before = entryFromBudget(made, card, 'f.json', { asOf: AS_OF });
      expect(before).not.toBeNull();
      expect(
        entryFromBudget(withLinesOfOneShape(made), card, 'f.json', { asOf: AS_OF }),
      ).toStrictEqual(before);
    }
  });
});
