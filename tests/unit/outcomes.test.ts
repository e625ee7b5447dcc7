/**
 * Outcomes as things in the plan (budget file version 4): older files' free-text line
 * outcomes become outcomes with nothing lost, the file's rules about them, the warning
 * for paid support that serves none, and taking one out of a plan.
 */
import { describe, expect, it } from 'vitest';
import { BUDGET_MIGRATIONS } from '../../src/domain/migrations';
import { servingCount, withOutcome, withoutOutcome } from '../../src/domain/outcomes/outcome-edits';
import { outcomeWarnings } from '../../src/domain/outcomes/outcome-warnings';
import { readBudget } from '../../src/domain/read';
import type { Budget } from '../../src/domain/schema/budget';
import { budget, expense, price, readJson, visits } from '../helpers/builders';

type Json = Record<string, unknown>;
const V3 = () =>
  readJson('tests/fixtures/versions/budget-file-v3.json') as Json & {
    lines: Json[];
    revisions: { snapshot: { lines: Json[] } }[];
  };
const read = (file: unknown): Budget => {
  const result = readBudget(file);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
};
const problems = (file: unknown) => {
  const result = readBudget(file);
  return result.ok ? [] : result.problems.map((found) => `${found.path} ${found.key}`);
};
const wordsServed = (content: Pick<Budget, 'lines' | 'outcomes'>) =>
  content.lines.map((line) =>
    (line.outcomes ?? []).map(
      (id) => content.outcomes?.find((outcome) => outcome.id === id)?.words,
    ),
  );

describe('a version 3 file, migrated to version 4', () => {
  it('keeps every line’s outcome text as an outcome the line serves, nothing lost', () => {
    const old = V3();
    const migrated = read(old);
    expect(migrated.version).toBe(4);
    expect(wordsServed(migrated)).toEqual(
      old.lines.map((line) => (typeof line['outcome'] === 'string' ? [line['outcome']] : [])),
    );
    expect(migrated.lines.some((line) => 'outcome' in line)).toBe(false);
  });

  it('makes one outcome of the same words on several lines, numbered in the order first met', () => {
    const migrated = read(V3());
    const words = migrated.outcomes?.map((outcome) => outcome.words) ?? [];
    expect(new Set(words).size).toBe(words.length);
    expect(migrated.outcomes?.map((outcome) => outcome.id)).toEqual(
      words.map((_, index) => `o${index + 1}`),
    );
    expect(migrated.lines[0]?.outcomes).toEqual(migrated.lines[1]?.outcomes);
  });

  it('migrates each revision’s snapshot the same way, with the same ids for the same words', () => {
    const old = V3();
    const migrated = read(old);
    migrated.revisions?.forEach((revision, index) => {
      const before = old.revisions[index]?.snapshot.lines ?? [];
      expect(wordsServed(revision.snapshot)).toEqual(
        before.map((line) => (typeof line['outcome'] === 'string' ? [line['outcome']] : [])),
      );
      for (const outcome of revision.snapshot.outcomes ?? []) {
        expect(
          migrated.outcomes?.find((current) => current.words === outcome.words)?.id ?? outcome.id,
        ).toBe(outcome.id);
      }
    });
  });

  it('trims the words, drops an outcome that was only spaces, and keeps ids clear of ones already in the file', () => {
    const step = BUDGET_MIGRATIONS[3];
    if (step === undefined) throw new Error('no step from version 3');
    const migrated = step({
      version: 3,
      outcomes: [{ id: 'o1', words: 'Already here' }],
      lines: [
        { id: 'a', outcome: '  Up early  ' },
        { id: 'b', outcome: '   ' },
        { id: 'c' },
        'not a line',
      ],
    });
    expect(migrated).toEqual({
      version: 4,
      outcomes: [
        { id: 'o1', words: 'Already here' },
        { id: 'o2', words: 'Up early' },
      ],
      lines: [{ id: 'a', outcomes: ['o2'] }, { id: 'b' }, { id: 'c' }, 'not a line'],
    });
  });

  it('leaves an outcome that is not text where it is, for the schema to refuse by name', () => {
    const old = V3();
    (old.lines[0] as Json)['outcome'] = 42;
    expect(problems(old)).toContain('lines[0].outcome validation.unknownField');
  });
});

describe('the file’s rules about outcomes', () => {
  const plan = (fields: Partial<Budget>) =>
    budget({
      version: 4,
      outcomes: [
        { id: 'o1', words: 'Up early' },
        { id: 'o2', words: 'See friends' },
      ],
      ...fields,
    });

  it('accepts needs and expenses serving outcomes the plan has', () => {
    expect(
      problems(
        plan({
          lines: [visits({ outcomes: ['o1', 'o2'] })],
          expenses: [expense({ outcomes: ['o2'] })],
        }),
      ),
    ).toEqual([]);
  });

  it('refuses an outcome the plan does not have, and one named twice, naming where', () => {
    expect(
      problems(
        plan({
          lines: [visits({ outcomes: ['o3'] })],
          expenses: [expense({ outcomes: ['o1', 'o1'] })],
        }),
      ),
    ).toEqual([
      'lines[0].outcomes[0] validation.unknownOutcome',
      'expenses[0].outcomes[1] validation.repeatedOutcome',
    ]);
  });

  it('refuses two outcomes with one id', () => {
    expect(
      problems(
        plan({
          outcomes: [
            { id: 'o1', words: 'A' },
            { id: 'o1', words: 'B' },
          ],
        }),
      ),
    ).toEqual(['outcomes[1].id validation.duplicateId']);
  });
});

describe('the warning for paid support that serves no outcome', () => {
  const outcomes = [{ id: 'o1', words: 'Up early' }];

  it('names each paid need and each expense that serves none, once the plan has outcomes', () => {
    const pricing = price({
      outcomes,
      lines: [
        visits({ id: 'served', outcomes: ['o1'] }),
        visits({ id: 'agency' }),
        visits({ id: 'pa', resource: 'personal-assistant' }),
        visits({ id: 'sam', resource: 'unpaid-carer', carer: 'c1' }),
        visits({ id: 'club', resource: 'community' }),
      ],
      carers: [{ id: 'c1', name: 'Sam', ownHealthCondition: false, willingAndAble: true }],
      expenses: [expense({ id: 'fee' }), expense({ id: 'kept', outcomes: ['o1'] })],
    });
    expect(outcomeWarnings(pricing.budget, pricing.lines, pricing.expenses)).toEqual([
      { id: 'serves-no-outcome', line: 'agency' },
      { id: 'serves-no-outcome', line: 'pa' },
      { id: 'serves-no-outcome', expense: 'fee' },
    ]);
  });

  it('is not given before any outcome is written', () => {
    const pricing = price({ lines: [visits({ id: 'agency' })], expenses: [expense()] });
    expect(outcomeWarnings(pricing.budget, pricing.lines, pricing.expenses)).toEqual([]);
  });

  it('is a check of the plan, never one of the pricing warnings the file format defines', () => {
    const pricing = price({ outcomes, lines: [visits({ id: 'agency' })], expenses: [expense()] });
    expect(outcomeWarnings(pricing.budget, pricing.lines, pricing.expenses)).toHaveLength(2);
    expect(pricing.warnings.some((warning) => warning.id === 'serves-no-outcome')).toBe(false);
  });
});

describe('changing a plan’s outcomes', () => {
  const start = budget({
    outcomes: [
      { id: 'o1', words: 'Up early' },
      { id: 'o2', words: 'See friends' },
    ],
    lines: [visits({ id: 'a', outcomes: ['o1', 'o2'] }), visits({ id: 'b', outcomes: ['o1'] })],
    expenses: [expense({ id: 'e', outcomes: ['o1'] })],
  });

  it('replaces an outcome where it stands, or adds a new one at the end', () => {
    const changed = withOutcome(start, { id: 'o1', words: 'Up at eight' });
    expect(changed.outcomes?.map((outcome) => outcome.words)).toEqual([
      'Up at eight',
      'See friends',
    ]);
    expect(
      withOutcome(start, { id: 'o3', words: 'Paint' }).outcomes?.map((outcome) => outcome.id),
    ).toEqual(['o1', 'o2', 'o3']);
  });

  it('takes a removed outcome out of every need and expense that served it, keeping them', () => {
    expect(servingCount(start, 'o1')).toBe(3);
    const removed = withoutOutcome(start, 'o1');
    expect(removed.outcomes?.map((outcome) => outcome.id)).toEqual(['o2']);
    expect(removed.lines.map((line) => line.outcomes)).toEqual([['o2'], undefined]);
    expect(removed.expenses[0]?.outcomes).toBeUndefined();
    expect(readBudget(removed).ok).toBe(true);
  });
});
