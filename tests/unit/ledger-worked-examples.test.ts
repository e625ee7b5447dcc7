/**
 * The ledger's rules as worked examples, as data (tests/ledger-examples/*.json, described
 * in docs/ledger.md): each file holds a budget, its ledger, an as-at date and the figures
 * the rules give, with the working; the monitoring must give exactly those figures.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toMonitorReport } from '../../src/domain/ledger/monitor-report';
import { readJson, ROOT } from '../helpers/builders';
import { monitored } from '../helpers/ledger-setup';

interface WorkedExample {
  readonly title: string;
  readonly rule: string;
  readonly working: readonly string[];
  readonly budget: Record<string, unknown>;
  readonly ledger: Record<string, unknown>;
  readonly asOf: string;
  readonly expect: Record<string, unknown>;
}

const dir = join(ROOT, 'tests', 'ledger-examples');
const examples = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map(
    (name) => [name, readJson(join('tests', 'ledger-examples', name)) as WorkedExample] as const,
  );

describe('ledger worked examples', () => {
  it('there are examples, each with its rule and working', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const [, example] of examples) {
      expect(example.rule.length).toBeGreaterThan(20);
      expect(example.working.length).toBeGreaterThan(0);
    }
  });

  it.each(examples)('%s', (_name, example) => {
    const { monitoring } = monitored(example.budget, example.ledger, example.asOf);
    expect(cutTo(toMonitorReport(monitoring), example.expect)).toEqual(example.expect);
  });
});

/** The figures the example names, in its shape: its fields of objects and the first items of lists. */
function cutTo(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected) && Array.isArray(actual))
    return actual.slice(0, expected.length).map((item, index) => cutTo(item, expected[index]));
  if (
    typeof expected === 'object' &&
    expected !== null &&
    typeof actual === 'object' &&
    actual !== null &&
    !Array.isArray(actual)
  ) {
    const record = actual as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(expected).map(([key, value]) => [key, cutTo(record[key], value)]),
    );
  }
  return actual;
}
