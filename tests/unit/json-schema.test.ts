import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, renderJsonSchema } from '../../src/domain/schema/json-schema';
import { readJson, ROOT } from '../helpers/builders';

const jsonFiles = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith('.json'))
    .map((name) => `${dir}/${name}`);

describe('JSON Schema files for other systems', () => {
  it.each(Object.entries(jsonSchemas()))(
    'schemas/%s is up to date with the zod schema',
    (name, schema) => {
      expect(readFileSync(join(ROOT, 'schemas', name), 'utf8')).toBe(renderJsonSchema(schema));
    },
  );

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validateBudget = ajv.compile(readJson('schemas/budget.schema.json') as object);
  const validateCard = ajv.compile(readJson('schemas/rate-card.schema.json') as object);

  it.each([...jsonFiles('rate-cards'), ...jsonFiles('tests/fixtures/rate-cards')])(
    'accepts the rate card %s',
    (file) => {
      expect(validateCard(readJson(file)), JSON.stringify(validateCard.errors)).toBe(true);
    },
  );

  it.each(jsonFiles('examples'))('accepts the example budget %s', (file) => {
    expect(validateBudget(readJson(file)), JSON.stringify(validateBudget.errors)).toBe(true);
  });

  it('refuses a line break in an activity and an escape in an outcome, as the app does', () => {
    const budget = readJson('examples/example-ann.json') as {
      lines: { activity: string }[];
      outcomes: { words: string }[];
    };
    const [line] = budget.lines as [{ activity: string }];
    const [outcome] = budget.outcomes as [{ words: string }];
    outcome.words = 'Up and dressed\nready for the day';
    expect(validateBudget(budget), JSON.stringify(validateBudget.errors)).toBe(true);
    outcome.words = 'Up and dressed\u001b[2J';
    expect(validateBudget(budget)).toBe(false);
    outcome.words = 'Up and dressed';
    line.activity = 'Help to get up\nTotals';
    expect(validateBudget(budget)).toBe(false);
  });

  it('refuses a version 4 line with the free-text outcome of older files, as the app does', () => {
    const budget = readJson('examples/example-ann.json') as { lines: Record<string, unknown>[] };
    (budget.lines[0] as Record<string, unknown>)['outcome'] = 'I get up at a time I choose';
    expect(validateBudget(budget)).toBe(false);
  });

  it('refuses money written as a number, as the app does', () => {
    const budget = readJson('examples/example-ann.json') as { expenses: { amount: unknown }[] };
    (budget.expenses[0] as { amount: unknown }).amount = 35;
    expect(validateBudget(budget)).toBe(false);
  });
});
