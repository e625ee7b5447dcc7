/**
 * The budget's hand-written reader (src/domain/schema/fast-budget.ts) against the schema:
 * on generated budgets, valid and not, it gives either null or exactly what the schema
 * gives (to the order of every field), never a budget the schema refuses; reading a
 * budget gives the same result (the budget, or the same problems) as the schema alone;
 * and a budget the schema accepts is read by the hand-written reader, not handed back.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAYS } from '../../src/domain/days';
import { readBudget, readBudgetBySchema } from '../../src/domain/read';
import {
  budgetSchema,
  COHORTS,
  FREQUENCIES,
  FUNDING_ROUTES,
  PLAN_STATUSES,
  PROGRESS_SECTIONS,
  RESOURCES,
} from '../../src/domain/schema/budget';
import { readBudgetFast } from '../../src/domain/schema/fast-budget';
import {
  COVER_RESOURCES,
  FUNDERS,
  RISK_LIKELIHOODS,
} from '../../src/domain/schema/plan-cover-values';
import { APPROVER_ROLES, REVIEW_RESULTS } from '../../src/domain/schema/plan-reviews-values';
import { REVISION_ROLES } from '../../src/domain/schema/revision';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { loadCard, readJson, ROOT } from '../helpers/builders';
import {
  asFiles,
  badDays,
  badIds,
  badText,
  badUnsigned,
  days,
  edgeDays,
  ids,
  money,
  sometimesWrong,
  words,
  type Arb,
} from '../helpers/document-arbitraries';
import {
  expectAsSchema,
  expectEachWrongRefused,
  expectGeneratedAsSchema,
  expectValidReadByHand,
  type HandReader,
} from '../helpers/fast-read';

/**
 * Generated budgets of every field the schema has: with `wrong`, mostly right but now and
 * then with a field wrong, missing, stray or `undefined`, or an object that is not one;
 * without it, every field right (the rules that span fields aside: those run after either).
 */
function generatedBudgets(wrong: boolean): Arb {
  const { mostly, object, list } = sometimesWrong(wrong, 300);

  const id = mostly(ids, ...badIds);
  const date = mostly(fc.oneof(days, edgeDays), ...badDays);
  const amount = mostly(money, ...badUnsigned);
  const flag = mostly(fc.boolean(), 'yes', 1, null);
  const oneOf = (values: readonly string[]) =>
    mostly(fc.constantFrom(...values), 'other', values[0]?.toUpperCase(), 1);
  const whole = (min: number, max: number) =>
    mostly(fc.integer({ min, max }), min - 1, max + 1, min + 0.5, String(min), null);
  const decimal = (min: number, max: number) =>
    mostly(
      fc.constantFrom(String(min), String(max), `${min}.25`, `${Math.floor((min + max) / 2)}.5`),
      `${max}.0001`,
      String(max + 1),
      '1e1',
      '.5',
      '07',
      min,
    );
  /** `text(max, lines)`: kept as written, empty allowed. */
  const text = (max: number, lines: 'one' | 'many' = 'one') =>
    mostly(
      fc.oneof(
        words,
        fc.constant(''),
        fc.constant(' padded '),
        fc.constant('w'.repeat(max)),
        fc.constant(lines === 'many' ? 'two\nlines' : 'one line'),
      ),
      ...badText.filter((bad) => lines === 'one' || bad !== 'line\nbreak'),
      'w'.repeat(max + 1),
    );
  /** `requiredText(max, lines)`: trimmed, then 1 to `max` characters. */
  const required = (max: number, lines: 'one' | 'many' = 'one') =>
    mostly(
      fc.oneof(
        words,
        words.map((word) => `  ${word} `),
        fc.constant(` ${'y'.repeat(max)} `),
        fc.constant(lines === 'many' ? 'two\nlines\n' : 'one line'),
      ),
      ...badText.filter((bad) => lines === 'one' || bad !== 'line\nbreak'),
      '',
      '   ',
      'y'.repeat(max + 1),
    );
  const serves = list(id, 3);

  const frequency = mostly(
    fc.oneof(fc.record({ everyWeeks: whole(2, 52) }), fc.record({ weeksAYear: whole(1, 52) })),
    {},
    { everyWeeks: 2, weeksAYear: 4 },
    { everyWeeks: 2, extra: 1 },
    { everyWeeks: undefined, weeksAYear: 3 },
    'weekly',
  );
  const agreed = mostly(
    fc.oneof(fc.record({ hourly: amount }), fc.record({ perNight: amount })),
    {},
    { hourly: '20.00', perNight: '90.00' },
    { hourly: 20 },
    null,
  );
  const lineDays = mostly(
    fc.subarray([...DAYS], { minLength: 1 }),
    [],
    ['mon', 'mon'],
    ['mon', 'funday'],
    [...DAYS, 'mon'],
    'mon',
  );
  const lineBase = {
    id,
    domain: id,
    activity: required(200),
    resource: oneOf(RESOURCES),
    provider: id,
    carer: id,
    workers: whole(1, 4),
    days: lineDays,
    assistant: id,
    from: date,
    until: date,
    frequency,
    agreedRate: agreed,
    agreedPay: agreed,
    agreedSource: required(300),
    sharedBy: whole(2, 10),
    outcomes: serves,
  };
  const lineOptional = [
    'provider',
    'carer',
    'assistant',
    'from',
    'until',
    'frequency',
    'agreedRate',
    'agreedPay',
    'agreedSource',
    'sharedBy',
    'outcomes',
  ];
  const line = fc.oneof(
    object(
      {
        ...lineBase,
        kind: mostly(fc.constant('visits'), 'Visits', 'sleep-in', null),
        minutes: whole(1, 1440),
        visitsPerDay: whole(1, 48),
        period: oneOf(['day', 'night']),
      },
      lineOptional,
    ),
    object({ ...lineBase, kind: mostly(fc.constant('sleep-in'), 'visits', 2) }, lineOptional),
  );

  const expense = object(
    {
      id,
      domain: id,
      description: required(200),
      amount,
      frequency: oneOf(FREQUENCIES),
      kind: oneOf(['expense', 'investment']),
      from: date,
      until: date,
      date,
      effect: object({ ends: list(id, 3), starts: list(id, 3) }, ['ends', 'starts']),
      outcomes: serves,
    },
    ['domain', 'from', 'until', 'date', 'effect', 'outcomes'],
  );

  const carer = object(
    {
      id,
      name: required(200),
      relationship: text(100),
      age: whole(0, 120),
      ownHealthCondition: flag,
      willingAndAble: flag,
      score: object({ value: decimal(0, 1000), scale: required(200), on: date }, []),
    },
    ['relationship', 'age', 'score'],
  );

  const content = {
    title: text(200),
    plan: object(
      {
        start: date,
        end: date,
        status: oneOf(PLAN_STATUSES),
        cohort: oneOf(COHORTS),
        comparatorAnnual: amount,
        firstReview: date,
        reviewEveryMonths: whole(1, 12),
      },
      ['end', 'status', 'cohort', 'comparatorAnnual', 'firstReview', 'reviewEveryMonths'],
    ),
    person: object({ name: text(200), reference: text(100) }, ['reference']),
    fundingRoute: oneOf(FUNDING_ROUTES),
    indicativeAnnual: mostly(fc.oneof(money, fc.constant(null)), '-5.00', 5),
    carers: list(carer, 3),
    assistants: list(
      object({ id, name: required(200), contractedHoursWeekly: decimal(0, 168) }, []),
      3,
    ),
    lines: list(line, 5),
    expenses: list(expense, 3),
    outcomes: list(
      object(
        {
          id,
          words: required(500, 'many'),
          goodLooksLike: text(1000, 'many'),
          byWhen: date,
        },
        ['goodLooksLike', 'byWhen'],
      ),
      3,
    ),
    risks: list(
      object(
        {
          id,
          what: required(500, 'many'),
          likelihood: oneOf(RISK_LIKELIHOODS),
          inPlace: text(1000, 'many'),
        },
        ['inPlace'],
      ),
      3,
    ),
    contingency: object(
      {
        carer: object({ id, resource: oneOf(COVER_RESOURCES) }, ['id']),
        providerCover: object({ days: whole(1, 366) }, []),
        inBudget: flag,
      },
      ['carer', 'providerCover', 'inBudget'],
    ),
    whoPays: object(
      { contributionWeekly: amount, funder: oneOf(FUNDERS), icbPercent: decimal(0, 100) },
      ['contributionWeekly', 'icbPercent'],
    ),
  };
  const contentOptional = [
    'plan',
    'indicativeAnnual',
    'assistants',
    'outcomes',
    'risks',
    'contingency',
    'whoPays',
  ];

  const actor = object({ role: oneOf(REVISION_ROLES), name: required(200) }, []);
  const distinct = (item: Arb, most: number) =>
    mostly(fc.uniqueArray(item, { maxLength: most }), ['about', 'about'], ['t1', 't1'], 'about');

  return object(
    {
      format: mostly(fc.constant('support-budget'), 'support-budget-ledger', 'Support-budget'),
      version: mostly(fc.constant(4), 3, 2, 5, '4', 0),
      id,
      rateCard: id,
      ...content,
      revisions: list(
        object(
          {
            number: whole(1, 500),
            date,
            reason: required(500, 'many'),
            madeBy: object({ role: oneOf(REVISION_ROLES), name: text(200) }, ['name']),
            rateCard: id,
            snapshot: object(content, contentOptional),
          },
          [],
        ),
        2,
      ),
      progress: object(
        {
          completed: distinct(fc.constantFrom(...PROGRESS_SECTIONS), 7),
          areasCompleted: distinct(ids, 3),
          areasNotNeeded: distinct(ids, 3),
        },
        ['completed', 'areasCompleted', 'areasNotNeeded'],
      ),
      reviews: list(
        object(
          {
            id,
            date,
            by: actor,
            revision: whole(1, 500),
            outcomes: list(
              object({ outcome: id, result: oneOf(REVIEW_RESULTS), notes: text(2000, 'many') }, [
                'notes',
              ]),
              3,
            ),
            notes: text(2000, 'many'),
          },
          ['notes'],
        ),
        2,
      ),
      statusChanges: list(
        object(
          {
            from: oneOf(PLAN_STATUSES),
            to: oneOf(PLAN_STATUSES),
            date,
            by: actor,
            approval: object(
              {
                name: required(200),
                role: oneOf(APPROVER_ROLES),
                upTo: amount,
                reason: required(2000, 'many'),
              },
              ['upTo'],
            ),
          },
          ['approval'],
        ),
        3,
      ),
    },
    [...contentOptional, 'revisions', 'progress', 'reviews', 'statusChanges'],
  );
}

/** Stands for a field taken out of its object. */
const REMOVED = Symbol('removed');

/** Lengths around every text limit of the file: 100, 200, 300, 500, 1,000 and 2,000. */
const TEXT_LIMITS = [100, 200, 300, 500, 1000, 2000];
/** Numbers around every whole-number limit of the file. */
const NUMBERS = [0, 1, 2, 4, 5, 10, 11, 12, 13, 48, 49, 52, 53, 120, 121, 366, 367, 500, 501];
const STRINGS = [
  '',
  '   ',
  'a\tb',
  'a\nb',
  '\u202Eleft',
  '2025-02-29',
  '2024-02-29',
  '0099-12-31',
  '100.5',
  '168.0001',
  '1000.0001',
  '0100',
  '-5.00',
  '5',
  'other',
  ...TEXT_LIMITS.flatMap((limit) => ['w'.repeat(limit), 'w'.repeat(limit + 1)]),
  ...TEXT_LIMITS.map((limit) => ` ${'w'.repeat(limit)} `),
];

/** What one value may be changed to: near misses of its own kind, and values of other kinds. */
function changesOf(value: unknown): unknown[] {
  const others = [REMOVED, undefined, null, true, 7, 'text', [], {}];
  if (typeof value === 'string')
    return [...STRINGS, ` ${value} `, `${value}x`, value.toUpperCase(), ...others];
  if (typeof value === 'number')
    return [...NUMBERS, value + 1, value - 1, value + 0.5, -value, String(value), ...others];
  if (Array.isArray(value))
    return [[], [...value, value[0]], value.slice(1), [...value, 'funday'], [value], ...others];
  if (typeof value === 'object' && value !== null)
    return [{ ...value, extra: 1 }, [value], ...others];
  return ['true', 0, ...others];
}

/** Every place in a document, as the path of keys and indexes to it. */
function placesOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const places = path.length > 0 ? [path] : [];
  if (typeof value === 'object' && value !== null)
    for (const [key, one] of Object.entries(value))
      places.push(...placesOf(one, [...path, Array.isArray(value) ? Number(key) : key]));
  return places;
}

/** The document with the value at `path` changed (or taken out), everything else as it was. */
function changedAt(
  document: unknown,
  path: readonly (string | number)[],
  change: unknown,
): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return change;
  if (Array.isArray(document)) {
    const copy = [...(document as unknown[])];
    copy[key as number] = changedAt(copy[key as number], rest, change);
    return copy;
  }
  const given = document as Record<string, unknown>;
  const changed = changedAt(given[key], rest, change);
  if (changed !== REMOVED) return { ...given, [key]: changed };
  return Object.fromEntries(Object.entries(given).filter(([name]) => name !== key));
}

/** A valid budget (as a file holds it) changed in exactly one place. */
function budgetsWrongInOnePlace(): Arb {
  return fc.tuple(generatedBudgets(false), fc.nat(), fc.nat()).map(([generated, place, change]) => {
    const budget = JSON.parse(JSON.stringify(generated)) as unknown;
    const places = placesOf(budget);
    const path = places[place % places.length] ?? [];
    const value = path.reduce<unknown>(
      (inside, key) => (inside as Record<string | number, unknown>)[key],
      budget,
    );
    const changes = changesOf(value);
    return changedAt(budget, path, changes[change % changes.length]);
  });
}

/** Every budget file kept in the repository: examples, fixtures old and new, hostile ones. */
function budgetFiles(): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) found.push(path);
    }
  };
  walk(join(ROOT, 'examples'));
  walk(join(ROOT, 'tests'));
  return found.filter((path) => readFileSync(path, 'utf8').includes('"support-budget"'));
}

function parsed(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

const BUDGET_READER: HandReader = {
  fast: readBudgetFast,
  schema: budgetSchema,
  read: readBudget,
  readBySchema: readBudgetBySchema,
};

describe('the budget read by hand, held to the schema', { timeout: 120_000 }, () => {
  it('reads generated budgets, valid and not, exactly as the schema does [H26.1]', () => {
    expectGeneratedAsSchema(generatedBudgets(true), BUDGET_READER, 1500);
  });

  it('reads budgets wrong in exactly one place as the schema does [H26.2]', () => {
    expectGeneratedAsSchema(budgetsWrongInOnePlace(), BUDGET_READER, 3000);
  });

  it('reads every budget the schema accepts itself, never handing it back [H26.3]', () => {
    const valid = asFiles(
      generatedBudgets(false),
      (value) => budgetSchema.safeParse(value).success,
    );
    expectValidReadByHand(valid, BUDGET_READER);
  });

  it('reads the generator’s budgets and every budget file kept here as the schema does [H26.4]', () => {
    const generated = generateBudgets({
      count: 300,
      seed: 19,
      rateCard: loadCard('rate-cards/england-2025-26.json'),
    }).map((budget) => JSON.parse(JSON.stringify(budget)) as unknown);
    for (const budget of generated) {
      expect(readBudgetFast(budget)).not.toBeNull();
      expectAsSchema(budget, BUDGET_READER);
    }
    const files = budgetFiles();
    expect(files.length).toBeGreaterThan(200);
    for (const path of files) {
      const value = parsed(path);
      if (value === undefined) continue;
      try {
        expectAsSchema(value, BUDGET_READER);
      } catch (error) {
        throw new Error(`${relative(ROOT, path)}: ${String(error)}`, { cause: error });
      }
    }
  });

  it('refuses, with the schema’s own messages, each field of a line wrong on its own [H26.5]', () => {
    const example = readJson('examples/example-ann.json') as Record<string, unknown>;
    const wrongs: [string, unknown][] = [
      ['minutes', '30'],
      ['days', ['mon', 'mon']],
      ['activity', '   '],
      ['frequency', { everyWeeks: 2, weeksAYear: 4 }],
      ['agreedRate', {}],
      ['from', '2025-02-29'],
      ['kind', 'daily'],
      ['sharedBy', 11],
    ];
    expectEachWrongRefused(example, 'lines', wrongs, BUDGET_READER);
  });
});
