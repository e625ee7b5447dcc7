import { describe, expect, it } from 'vitest';
import { BUDGET_FILE_LIMITS, parseJsonText } from '../../src/domain/json-text';
import { readBudget, readRateCard } from '../../src/domain/read';
import { budget, carer, expense, readJson, sleepIn, visits } from '../helpers/builders';

function problemsOf(data: unknown) {
  const result = readBudget(data);
  if (result.ok) throw new Error('expected the budget to be refused');
  return result.problems.map((p) => `${p.path} ${p.key}`);
}

const example = () => readJson('examples/example-ann.json') as Record<string, unknown>;

describe('reading a budget file', () => {
  it('accepts the shipped example', () => {
    expect(readBudget(example()).ok).toBe(true);
  });

  it('names the field of a fractional or out-of-range number', () => {
    expect(problemsOf(budget({ lines: [visits({ minutes: 1.5 })] }))).toEqual([
      'lines[0].minutes validation.wholeNumber',
    ]);
    expect(problemsOf(budget({ lines: [visits({ minutes: 1441 })] }))).toEqual([
      'lines[0].minutes validation.wholeNumber',
    ]);
    expect(problemsOf(budget({ lines: [visits({ workers: 5 })] }))).toEqual([
      'lines[0].workers validation.wholeNumber',
    ]);
  });

  it('carries the range in the message values', () => {
    const result = readBudget(budget({ lines: [visits({ minutes: -5 })] }));
    expect(result.ok ? null : result.problems[0]?.values).toEqual({ min: '1', max: '1440' });
  });

  it('refuses money written as a JSON number', () => {
    expect(
      problemsOf(budget({ expenses: [{ ...expense(), amount: 35 as unknown as string }] })),
    ).toEqual(['expenses[0].amount validation.money']);
  });

  it('says a negative amount of money cannot be negative, not how to write money', () => {
    expect(problemsOf(budget({ expenses: [expense({ amount: '-5.00' })] }))).toEqual([
      'expenses[0].amount validation.moneyNegative',
    ]);
    expect(problemsOf(budget({ indicativeAnnual: '-5' }))).toEqual([
      'indicativeAnnual validation.moneyNegative',
    ]);
    expect(problemsOf(budget({ expenses: [expense({ amount: '5.0' })] }))).toEqual([
      'expenses[0].amount validation.money',
    ]);
  });

  it('refuses a day over 24 hours on one line', () => {
    expect(problemsOf(budget({ lines: [visits({ minutes: 500, visitsPerDay: 3 })] }))).toEqual([
      'lines[0].visitsPerDay validation.overADay',
    ]);
  });

  it('refuses repeated days and an empty week', () => {
    expect(problemsOf(budget({ lines: [visits({ days: ['mon', 'mon'] })] }))).toEqual([
      'lines[0].days validation.repeatedDay',
    ]);
    expect(problemsOf(budget({ lines: [visits({ days: [] })] }))).toEqual([
      'lines[0].days validation.days',
    ]);
  });

  it('requires a carer on, and only on, unpaid-carer lines, with one worker', () => {
    expect(problemsOf(budget({ lines: [visits({ resource: 'unpaid-carer' })] }))).toEqual([
      'lines[0].carer validation.carerRequired',
    ]);
    expect(problemsOf(budget({ carers: [carer()], lines: [visits({ carer: 'c1' })] }))).toEqual([
      'lines[0].carer validation.carerOnlyOnUnpaid',
    ]);
    expect(
      problemsOf(budget({ lines: [visits({ resource: 'unpaid-carer', carer: 'nobody' })] })),
    ).toEqual(['lines[0].carer validation.unknownCarer']);
    expect(
      problemsOf(
        budget({
          carers: [carer()],
          lines: [visits({ resource: 'unpaid-carer', carer: 'c1', workers: 2 })],
        }),
      ),
    ).toEqual(['lines[0].workers validation.carerWorkers']);
  });

  it('allows a provider only on registered-provider lines', () => {
    expect(problemsOf(budget({ lines: [sleepIn({ provider: 'p1' })] }))).toEqual([
      'lines[0].provider validation.providerOnlyOnRegistered',
    ]);
  });

  it('refuses a carer whose lines add up to more than the 168 hours in a week', () => {
    const lines = [1, 2].map((n) =>
      visits({
        id: `l${n}`,
        resource: 'unpaid-carer',
        carer: 'c1',
        minutes: 720,
        days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      }),
    );
    expect(
      problemsOf(
        budget({
          carers: [carer()],
          lines: [...lines, { ...lines[0], id: 'l3', minutes: 1 } as (typeof lines)[0]],
        }),
      ),
    ).toEqual(['carers[0] validation.carerOverAWeek']);
  });

  it('refuses repeated ids, naming the second', () => {
    expect(problemsOf(budget({ lines: [visits(), visits()] }))).toEqual([
      'lines[1].id validation.duplicateId',
    ]);
  });

  it('says a missing field is required and an unknown one is not a field', () => {
    const { lines: _lines, ...withoutLines } = budget();
    expect(problemsOf({ ...withoutLines, colour: 'blue' })).toEqual([
      'lines validation.required',
      'colour validation.unknownField',
    ]);
  });

  it('names an unknown resource, line kind and funding route', () => {
    expect(problemsOf(budget({ fundingRoute: 'cash' as 'notional' }))).toEqual([
      'fundingRoute validation.oneOf',
    ]);
    expect(problemsOf(budget({ lines: [visits({ resource: 'robot' as 'community' })] }))).toEqual([
      'lines[0].resource validation.oneOf',
    ]);
    expect(
      problemsOf(
        budget({ lines: [{ ...visits(), kind: 'nap' } as unknown as ReturnType<typeof visits>] }),
      ),
    ).toEqual(['lines[0].kind validation.lineKind']);
  });

  it('refuses a newer version before reading anything else', () => {
    expect(problemsOf({ ...example(), version: 99, lines: 'not even a list' })).toEqual([
      'version validation.newerVersion',
    ]);
  });

  it('says a missing version is required', () => {
    const { version: _version, ...rest } = example();
    expect(problemsOf(rest)).toEqual(['version validation.required']);
  });

  it('refuses a file of another kind', () => {
    expect(problemsOf({ format: 'support-rate-card', version: 1 })).toEqual([
      'format validation.format',
    ]);
    expect(problemsOf([])).toEqual(['file validation.notAnObject']);
  });
});

describe('reading JSON text', () => {
  it('refuses a __proto__ key, naming where it sits, and leaves every prototype alone', () => {
    const result = parseJsonText(
      '{"a": [{"b": {"__proto__": {"polluted": true}}}]}',
      BUDGET_FILE_LIMITS,
    );
    expect(
      result.ok ? null : result.problems.map((p) => `${p.path} ${p.key} ${p.values['key']}`),
    ).toEqual(['a[0].b validation.forbiddenKey __proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses nesting deeper than any real file, before parsing it', () => {
    const result = parseJsonText(
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      BUDGET_FILE_LIMITS,
    );
    expect(result.ok ? null : result.problems.map((p) => p.key)).toEqual(['validation.tooDeep']);
  });

  it('does not count brackets inside strings as nesting', () => {
    expect(
      parseJsonText(JSON.stringify({ activity: '[[[[[[[[[[[[[[[[[[[[[[' }), BUDGET_FILE_LIMITS).ok,
    ).toBe(true);
  });

  it('refuses truncated JSON with a message, not an exception', () => {
    const result = parseJsonText('{"format": "support-budget", "lin', BUDGET_FILE_LIMITS);
    expect(result.ok ? null : result.problems.map((p) => `${p.path} ${p.key}`)).toEqual([
      'file validation.json',
    ]);
  });

  it('reads a file saved with a byte-order mark, as Windows Notepad saves it', () => {
    const result = parseJsonText(`\uFEFF${JSON.stringify({ a: 1 })}`, BUDGET_FILE_LIMITS);
    expect(result.ok ? result.value : null).toEqual({ a: 1 });
  });

  it('says where the JSON stops making sense, by line and column, without quoting the file', () => {
    const result = parseJsonText('{\n  "a": [1, 2,],\n  "b": "\u001b[31m"\n}', BUDGET_FILE_LIMITS);
    expect(result.ok ? null : result.problems[0]?.values).toEqual({ where: 'line 2, column 14' });
  });

  it('refuses a file larger than the limit', () => {
    const result = parseJsonText(' '.repeat(BUDGET_FILE_LIMITS.maxLength + 1), BUDGET_FILE_LIMITS);
    expect(result.ok ? null : result.problems.map((p) => p.key)).toEqual(['validation.tooLarge']);
  });
});

describe('reading a rate card', () => {
  const card = () => readJson('rate-cards/england-2025-26.json') as Record<string, unknown>;

  it('refuses a figure with no source [H4.3]', () => {
    const withoutSources = {
      ...card(),
      sources: (card()['sources'] as { figure: string }[]).filter(
        (s) => s.figure !== 'weeksPerYear',
      ),
    };
    const result = readRateCard(withoutSources);
    expect(
      result.ok ? null : result.problems.map((p) => `${p.path} ${p.key} ${p.values['figure']}`),
    ).toEqual(['sources validation.unsourcedFigure weeksPerYear']);
  });

  it('refuses a source that names no figure [H4.4]', () => {
    const sources = [
      ...(card()['sources'] as object[]),
      { figure: 'registeredProvider.standrd', text: 'typo' },
    ];
    const result = readRateCard({ ...card(), sources });
    expect(result.ok ? null : result.problems.map((p) => p.key)).toEqual([
      'validation.sourceNamesNothing',
    ]);
  });

  it('refuses a card without one of the five core domains', () => {
    const domains = (card()['domains'] as { id: string }[]).filter((d) => d.id !== 'work');
    const result = readRateCard({ ...card(), domains });
    expect(result.ok ? null : result.problems.map((p) => `${p.path} ${p.key}`)).toEqual([
      'domains validation.missingDomain',
    ]);
  });
});
