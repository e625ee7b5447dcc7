/**
 * The ledger's hand-written reader (src/domain/ledger/fast-ledger.ts) against the schema:
 * on generated ledgers, valid and not, reading a ledger gives exactly what the schema
 * alone gives (the same ledger, fields in the same order, or the same problems), and a
 * valid ledger is read by the hand-written reader, not handed back to the schema.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { readLedgerFast } from '../../src/domain/ledger/fast-ledger';
import {
  ledgerSchema,
  MATCH_KINDS,
  TRANSACTION_ORIGINS,
} from '../../src/domain/ledger/ledger-schema';
import { readLedger, readLedgerBySchema } from '../../src/domain/ledger/read-ledger';
import { readJson } from '../helpers/builders';
import {
  asFiles,
  badDays,
  badIds,
  badMoney,
  badText,
  badUnsigned,
  days,
  edgeDays,
  ids,
  money,
  moneyText,
  pennies,
  sometimesWrong,
  words,
  type Arb,
} from '../helpers/document-arbitraries';
import {
  expectEachWrongRefused,
  expectGeneratedAsSchema,
  expectValidReadByHand,
  type HandReader,
} from '../helpers/fast-read';

const signedMoney = fc
  .tuple(pennies, fc.boolean())
  .map(([pence, minus]) => (minus && pence > 0 ? '-' : '') + moneyText(pence));
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
  const { mostly, object, list } = sometimesWrong(wrong);

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

const LEDGER_READER: HandReader = {
  fast: readLedgerFast,
  schema: ledgerSchema,
  read: readLedger,
  readBySchema: readLedgerBySchema,
};

describe('the ledger read by hand, held to the schema', { timeout: 60_000 }, () => {
  it('reads generated ledgers, valid and not, exactly as the schema does [H26.6]', () => {
    expectGeneratedAsSchema(generatedLedgers(true), LEDGER_READER, 1500);
  });

  it('reads every valid ledger itself, never handing it back to the schema [H26.7]', () => {
    const valid = asFiles(generatedLedgers(false), (value) => readLedgerBySchema(value).ok);
    expectValidReadByHand(valid, LEDGER_READER);
  });

  it('refuses, with the schema’s own messages, each field wrong on its own [H26.8]', () => {
    const example = readJson('examples/ledgers/example-ann.ledger.json') as Record<string, unknown>;
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
    expectEachWrongRefused(example, 'transactions', wrongs, LEDGER_READER);
  });
});
