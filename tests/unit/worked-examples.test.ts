/**
 * Worked examples kept as data (tests/worked-examples): each budget, its card and the
 * figures a person worked out by hand. The engine must agree to the penny.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import { readBudget } from '../../src/domain/read';
import { toReport } from '../../src/domain/report';
import { toTimeReport } from '../../src/domain/time-report';
import { loadCard, readJson, ROOT } from '../helpers/builders';

interface WorkedExample {
  title: string;
  rules: string[];
  rateCard: string;
  budget: unknown;
  expected: Record<string, unknown> & { totals: unknown };
  working: string[];
  /** The as-at date (`--as-of`); the plan in time is worked out as at it. */
  asOf?: string;
  /** A period to cost line by line (`--period from..to`). */
  period?: { from: string; to: string };
}

const DIR = 'tests/worked-examples';
const files = readdirSync(join(ROOT, DIR))
  .filter((name) => name.endsWith('.json'))
  .sort();

function cardPath(id: string): string {
  const fixture = `tests/fixtures/rate-cards/${id}.json`;
  return existsSync(join(ROOT, fixture)) ? fixture : `rate-cards/${id}.json`;
}

describe('worked examples', () => {
  it('there are at least 30, each with its working shown [H1.4]', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    for (const file of files) {
      const example = readJson(`${DIR}/${file}`) as WorkedExample;
      expect(example.working.length, file).toBeGreaterThan(0);
      expect(example.expected.totals, file).toBeDefined();
    }
  });

  it.each(files)('%s', (file) => {
    const example = readJson(`${DIR}/${file}`) as WorkedExample;
    const budget = readBudget(example.budget);
    if (!budget.ok) throw new Error(`${file}: ${JSON.stringify(budget.problems)}`);
    // Examples without dates price the same on any day: today stands in for the as-at date.
    const pricing = priceOnCard(budget.value, loadCard(cardPath(example.rateCard)), {
      asOf: example.asOf,
    });
    if (!pricing.ok) throw new Error(`${file}: ${JSON.stringify(pricing.problems)}`);
    const report = { ...toReport(pricing.value), ...toTimeReport(pricing.value, example.period) };
    expect(report, example.title).toMatchObject(example.expected);
  });
});
