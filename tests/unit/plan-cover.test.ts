/**
 * The plan's contingency and who pays (docs/plan-around-money.md): worked examples kept as
 * data (tests/plan-cover-examples), each with its working by hand, which the domain must
 * agree with to the penny; and the largest-remainder split adding up for any amount.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { payersInCaseload } from '../../src/domain/caseload/funders';
import { toCaseloadEntry } from '../../src/domain/caseload/entry';
import { Dec, roundToPenny, sumMoney, type Money } from '../../src/domain/money';
import { priceContingency, type ContingencyPricing } from '../../src/domain/plan-cover/contingency';
import {
  splitByLargestRemainder,
  statementAddsUp,
  whoPays,
  type WhoPaysStatement,
} from '../../src/domain/plan-cover/who-pays';
import type { Budget } from '../../src/domain/schema/budget';
import { carer, price, readJson, ROOT, splitCard, visits } from '../helpers/builders';

interface Example {
  title: string;
  rule: string;
  cardCap?: string;
  budget: Partial<Budget>;
  expected: { contingency: unknown; whoPays: unknown };
  working: string[];
}

const DIR = 'tests/plan-cover-examples';
const files = readdirSync(join(ROOT, DIR))
  .filter((name) => name.endsWith('.json'))
  .sort();

/** Money as the examples write it: two-decimal text, everywhere in a plain object. */
function asText(value: unknown): unknown {
  if (value instanceof Dec) return value.toFixed(2);
  if (Array.isArray(value)) return value.map(asText);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asText(item)]));
  return value;
}

function worked(example: Example): {
  contingency: ContingencyPricing | null;
  statement: WhoPaysStatement | null;
} {
  const card = {
    ...splitCard(),
    ...(example.cardCap === undefined
      ? {}
      : { policy: { charging: { maxWeeklyCharge: example.cardCap } } }),
  };
  const pricing = price({ version: 4, ...example.budget }, card);
  const contingency = priceContingency(pricing);
  return { contingency, statement: whoPays(pricing, contingency) };
}

describe('contingency and who pays: worked examples', () => {
  it('there are examples, each with its working', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files)
      expect((readJson(`${DIR}/${file}`) as Example).working.length, file).toBeGreaterThan(0);
  });

  it.each(files)('%s', (file) => {
    const example = readJson(`${DIR}/${file}`) as Example;
    const { contingency, statement } = worked(example);
    expect(asText(contingency)).toEqual(example.expected.contingency);
    expect(asText(statement)).toEqual(example.expected.whoPays);
    if (statement !== null) expect(statementAddsUp(statement)).toBe(true);
  });
});

describe('contingency', () => {
  it("for all carers, with no id, is the commissioner view's cost of replacing all unpaid care", () => {
    const carers = [carer({ id: 'c1', name: 'Sam' }), carer({ id: 'c2', name: 'Kit' })];
    const lines = [
      visits({ id: 'a', resource: 'unpaid-carer', carer: 'c1', days: ['mon'] }),
      visits({ id: 'b', resource: 'unpaid-carer', carer: 'c2', days: ['sat'] }),
    ];
    const all = priceContingency(
      price({
        version: 4,
        carers,
        lines,
        contingency: { carer: { resource: 'registered-provider' } },
      }),
    );
    const one = priceContingency(
      price({
        version: 4,
        carers,
        lines,
        contingency: { carer: { id: 'c2', resource: 'registered-provider' } },
      }),
    );
    // 20.00 for Monday and 30.00 for Saturday at the standard rates; Kit alone is the Saturday.
    expect(asText(all?.carer)).toMatchObject({ carer: null, weekly: '50.00', annual: '2607.15' });
    expect(asText(one?.carer)).toMatchObject({ carer: 'c2', weekly: '30.00', annual: '1564.29' });
  });

  it('is absent when the plan has none', () => {
    expect(priceContingency(price({ version: 4 }))).toBeNull();
  });
});

describe('the largest-remainder split', () => {
  it('adds up to the amount exactly and each part is within a penny of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc
          .array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 5 })
          .filter((ws) => ws.some((w) => w > 0)),
        (pennies, weights) => {
          const amount = roundToPenny(new Dec(pennies).div(100));
          const decimals = weights.map((weight) => new Dec(weight));
          const parts: Money[] = splitByLargestRemainder(amount, decimals);
          expect(sumMoney(parts).equals(amount)).toBe(true);
          const sum = weights.reduce((a, b) => a + b, 0);
          parts.forEach((part, index) => {
            const exact = amount.times(weights[index] as number).div(sum);
            expect(part.minus(exact).abs().lessThan(new Dec('0.01'))).toBe(true);
          });
        },
      ),
    );
  });
});

describe('who pays across a caseload', () => {
  it("sums each plan's rounded parts by payer, and counts apart the plans that do not say", () => {
    const line = visits({ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] });
    const joint = toCaseloadEntry(
      price({
        version: 4,
        lines: [line],
        whoPays: { contributionWeekly: '120.00', funder: 'joint', icbPercent: '33.33' },
      }),
      'joint.json',
    );
    const council = toCaseloadEntry(
      price({ version: 4, lines: [line], whoPays: { funder: 'council' } }),
      'council.json',
    );
    const unsaid = toCaseloadEntry(price({ version: 4, lines: [line] }), 'unsaid.json');
    // Example 03 without the cap: 120.00 a week is 6257.16 a year; 8342.88 − 6257.16 = 2085.72
    // split 33.33% → 695.17 (695.1704… and 1390.5495…: the penny to the larger remainder, council).
    expect(joint.payers).toEqual({ person: '6257.16', icb: '695.17', council: '1390.55' });
    expect(council.payers).toEqual({ person: '0.00', icb: '0.00', council: '8342.88' });
    expect(unsaid.payers).toBeNull();
    expect(payersInCaseload([joint, council, unsaid])).toEqual({
      annual: { person: '6257.16', icb: '695.17', council: '9733.43' },
      budgets: { person: 1, icb: 1, council: 2 },
      unsaid: { budgets: 1, annual: '8342.88' },
    });
  });
});
