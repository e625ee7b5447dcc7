/**
 * The ledger's hand-written reader (src/domain/ledger/fast-ledger.ts) against the schema:
 * on generated ledgers, valid and not, reading a ledger gives exactly what the schema
 * alone gives (the same ledger, fields in the same order, or the same problems), and a
 * valid ledger is read by the hand-written reader, not handed back to the schema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLedgerFast } from '../../src/domain/ledger/fast-ledger';
import { MATCH_KINDS, TRANSACTION_ORIGINS } from '../../src/domain/ledger/ledger-schema';
import { readLedger, readLedgerBySchema } from '../../src/domain/ledger/read-ledger';
import { readJson } from '../helpers/builders';

type Arb = fc.Arbitrary<unknown>;

const ids = fc.constantFrom('t1', 't2', 't3', 'a.b_c-9', 'Z', 'x'.repeat(64));
const badIds = ['', '-a', 'a b', 'x'.repeat(65), 'é', 7, null, true];

const days = fc
  .integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2040, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
const badDays = [
  '2025-02-29',
  '2025-04-31',
  '2025-13-01',
  '2025-1-01',
  '0050-01-01',
  '0000-02-29',
  '2025-02-28T00:00',
  ' 2025-02-28',
  20250228,
];
/** Dates near the edges: leap days, a century, years a round trip through Date changes. */
const edgeDays = fc.constantFrom(
  '2024-02-29',
  '2000-02-29',
  '1900-02-28',
  '0100-03-01',
  '9999-12-31',
);

const pennies = fc.integer({ min: 0, max: 99_999_999_999 });
const moneyText = (pence: number) =>
  `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
const money = pennies.map(moneyText);
const signedMoney = fc
  .tuple(pennies, fc.boolean())
  .map(([pence, minus]) => (minus && pence > 0 ? '-' : '') + moneyText(pence));
const badMoney = ['-0.00', '1,000.00', '£5.00', '5', '05.00', '1000000000.00', '1.5', '(5.00)', 5];
const badUnsigned = [...badMoney, '-5.00'];

const words = fc.constantFrom('Bright Days Care', 'TESCO STORES 2231', 'Ann’s bus pass', '🙂 café');
const badText = ['tab\there', 'line\nbreak', 'over\u202Eride', 'nul\u0000', 'x'.repeat(201), 3];
const payees = fc.oneof(
  words,
  words.map((word) => `  ${word} `),
);
const badPayees = [...badText, '', '   ', ` ${'y'.repeat(200)} `];
const descriptions = fc.oneof(words, fc.constant(''), fc.constant('z'.repeat(500)));
const notes = fc.oneof(words, fc.constant('two\nlines'), fc.constant('n'.repeat(2000)));

const hours = fc.constantFrom('0', '7.5', '24', '23.9999', '0.25', '12');
const badHours = ['24.0001', '25', '-1', '1e1', '7.', '.5', '007', 7.5, '24.00001'];

/**
 * Generated ledgers: with `wrong`, mostly right but now and then with a field wrong, missing,
 * stray or `undefined`, or an object that is not one; without it, every field right.
 */
function generatedLedgers(wrong: boolean): Arb {
  /** Mostly `good`, now and then one of `bad`: a ledger is wrong in one or two places. */
  const mostly = (good: Arb, ...bad: unknown[]): Arb =>
    wrong
      ? fc.oneof({ weight: 40, arbitrary: good }, { weight: 1, arbitrary: fc.constantFrom(...bad) })
      : good;

  /** An object of the given fields, each optional one there or not, now and then with a stray. */
  function object(fields: Record<string, Arb>, optional: readonly string[]): Arb {
    const keys = Object.keys(fields).filter((key) => !optional.includes(key));
    return fc
      .tuple(
        fc.record(fields, { requiredKeys: keys }),
        mostly(fc.constant('none'), 'missing', 'stray', 'undefined', 'array', 'null'),
      )
      .map(([value, change]) => {
        const copy: Record<string, unknown> =
          change === 'missing'
            ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== keys[0]))
            : { ...value };
        if (change === 'stray') copy['extra'] = 1;
        if (change === 'undefined') copy[optional[0] ?? keys[0] ?? ''] = undefined;
        if (change === 'array') return [copy];
        if (change === 'null') return null;
        return copy;
      });
  }

  const match = object(
    {
      kind: mostly(fc.constantFrom(...MATCH_KINDS), 'other', 'Line', 1),
      id: mostly(ids, ...badIds),
      confirmed: mostly(fc.boolean(), 'yes', 1, null),
    },
    ['id'],
  );

  const transaction = object(
    {
      id: mostly(ids, ...badIds),
      date: mostly(fc.oneof(days, edgeDays), ...badDays),
      amount: mostly(signedMoney, ...badMoney),
      payee: mostly(payees, ...badPayees),
      description: mostly(descriptions, ...badText, 'd'.repeat(501)),
      match,
      origin: mostly(fc.constantFrom(...TRANSACTION_ORIGINS), 'cash', 2),
    },
    ['match', 'origin'],
  );

  const receipt = object(
    {
      id: mostly(ids, ...badIds),
      date: mostly(days, ...badDays),
      amount: mostly(money, ...badUnsigned),
      from: mostly(words, ...badText),
    },
    ['from'],
  );

  const timesheet = object(
    {
      assistant: mostly(ids, ...badIds),
      date: mostly(days, ...badDays),
      hours: mostly(hours, ...badHours),
    },
    [],
  );

  const payroll = object(
    {
      assistant: mostly(ids, ...badIds),
      from: mostly(days, ...badDays),
      to: mostly(days, ...badDays),
      grossPay: mostly(money, ...badUnsigned),
      employerNi: mostly(money, ...badUnsigned),
      pension: mostly(money, ...badUnsigned),
      fee: mostly(money, ...badUnsigned),
    },
    [],
  );

  const list = (item: Arb) =>
    mostly(fc.array(item, { maxLength: 8 }), 'none', null, { 0: 'not a list' });

  const ledgers = object(
    {
      format: mostly(fc.constant('support-budget-ledger'), 'support-budget'),
      version: mostly(fc.constant(1), 2, '1', 0),
      id: mostly(ids, ...badIds),
      budget: mostly(ids, ...badIds),
      openingBalance: mostly(money, ...badUnsigned),
      notes: mostly(notes, 'n'.repeat(2001), 'bell\u0007'),
      transactions: list(transaction),
      receipts: list(receipt),
      timesheets: list(timesheet),
      payroll: list(payroll),
    },
    ['openingBalance', 'notes'],
  );

  return ledgers;
}

/** The same read, to the order of every field, as the schema alone gives it. */
function expectAsSchema(value: unknown): void {
  const read = readLedger(value);
  const bySchema = readLedgerBySchema(value);
  expect(read).toEqual(bySchema);
  expect(JSON.stringify(read)).toBe(JSON.stringify(bySchema));
}

describe('the ledger read by hand, held to the schema', { timeout: 60_000 }, () => {
  it('reads generated ledgers, valid and not, exactly as the schema does', () => {
    fc.assert(fc.property(generatedLedgers(true), expectAsSchema), { numRuns: 1500 });
  });

  it('reads every valid ledger itself, never handing it back to the schema', () => {
    // As a file holds them: through JSON, where no field is `undefined`.
    const valid = generatedLedgers(false)
      .map((value) => JSON.parse(JSON.stringify(value)) as unknown)
      .filter((value) => readLedgerBySchema(value).ok);
    fc.assert(
      fc.property(valid, (value) => {
        expect(readLedgerFast(value)).not.toBeNull();
        expectAsSchema(value);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses, with the schema’s own messages, each field wrong on its own', () => {
    const example = readJson('examples/ledgers/example-ann.ledger.json') as {
      transactions: Record<string, unknown>[];
    };
    const wrongs: [string, unknown][] = [
      ['amount', '£12.00'],
      ['amount', '-0.00'],
      ['date', '2025-02-29'],
      ['payee', '   '],
      ['description', 'a\tb'],
      ['id', 'two words'],
      ['origin', 'cash'],
      ['match', { kind: 'line', confirmed: 'yes' }],
    ];
    for (const [field, value] of wrongs) {
      const transactions = example.transactions.map((one, index) =>
        index === 1 ? { ...one, [field]: value } : one,
      );
      const wrong = { ...example, transactions };
      expect(readLedgerFast(wrong)).toBeNull();
      const read = readLedger(wrong);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.problems[0]?.path).toMatch(/^transactions\[1\]\./);
      expectAsSchema(wrong);
    }
  });
});
