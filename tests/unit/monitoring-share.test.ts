/**
 * How the monitoring page shares files between its workers (src/workers/monitoring/
 * place-ledgers.ts): by size, so that budgets and ledgers named apart do not leave one
 * worker every ledger, and each group of files (a budget and the ledger beside it) whole;
 * then how a budget and its ledger read by different workers are brought together.
 */
import { describe, expect, it } from 'vitest';
import {
  documentMoves,
  shareBySize,
  type HeldDocument,
} from '../../src/workers/monitoring/place-ledgers';

const file = (name: string, size: number) => ({ name, file: { size } });

describe('sharing files between workers', () => {
  it('gives each worker about as many bytes when ledgers and budgets are named apart', () => {
    // people/0, spending/0, people/1, …: shared by count, one worker would read every ledger.
    const groups = Array.from({ length: 100 }, (_, index) => [
      [file(`people/${index}.json`, 5_000)],
      [file(`spending/${index}.json`, 25_000)],
    ]).flat();
    const shares = shareBySize(groups, 2);
    const bytes = shares.map((share) => share.reduce((sum, one) => sum + one.file.size, 0));
    expect(bytes.reduce((a, b) => a + b, 0)).toBe(100 * 30_000);
    expect(Math.abs((bytes[0] ?? 0) - (bytes[1] ?? 0))).toBeLessThanOrEqual(25_000);
    for (const share of shares)
      expect(share.filter((one) => one.name.startsWith('spending/')).length).toBeGreaterThan(40);
  });

  it('keeps each group whole and every file once, in the order given within a worker', () => {
    const groups = [
      [file('a.json', 10), file('a.ledger.json', 90)],
      [file('b.json', 10)],
      [file('c.json', 10), file('c.ledger.json', 20)],
      [file('d.ledger.json', 5)],
    ];
    const shares = shareBySize(groups, 2);
    expect(shares.map((share) => share.map((one) => one.name))).toEqual([
      ['a.json', 'a.ledger.json'],
      ['b.json', 'c.json', 'c.ledger.json', 'd.ledger.json'],
    ]);
    expect(shareBySize(groups, 1)).toEqual([groups.flat()]);
  });
});

const held = (
  engine: number,
  kind: HeldDocument['kind'],
  file: string,
  id: string,
): HeldDocument => ({ engine, kind, file, id });

describe('bringing budgets and ledgers together', () => {
  it('hands a budget to its ledger’s worker where one budget and one ledger have the id', () => {
    expect(
      documentMoves([
        held(0, 'budget', 'people/1.json', 'b1'),
        held(1, 'ledger', 'spending/1.json', 'b1'),
        held(1, 'budget', 'people/2.json', 'b2'),
        held(1, 'ledger', 'spending/2.json', 'b2'),
        held(1, 'budget', 'people/3.json', 'b3'),
        held(0, 'ledger', 'spending/3.json', 'b3'),
      ]),
    ).toEqual([
      { from: 0, to: 1, kind: 'budget', file: 'people/1.json', id: 'b1' },
      { from: 1, to: 0, kind: 'budget', file: 'people/3.json', id: 'b3' },
    ]);
  });

  it('hands ledgers and later budgets to the first budget’s worker where an id is held more than once', () => {
    expect(
      documentMoves([
        // Two budgets with one id: pairing takes the first said, so its ledger goes there.
        held(1, 'budget', 'a.json', 'b1'),
        held(0, 'budget', 'a-copy.json', 'b1'),
        held(0, 'ledger', 'a.ledger.json', 'b1'),
        // One budget, two ledgers naming it: both go to the budget, the first to be paired.
        held(0, 'budget', 'c.json', 'b2'),
        held(1, 'ledger', 'c.ledger.json', 'b2'),
        held(1, 'ledger', 'c-again.ledger.json', 'b2'),
        // A ledger naming no budget read, and a budget with no ledger, stay where they are.
        held(1, 'ledger', 'orphan.ledger.json', 'nobody'),
        held(1, 'budget', 'alone.json', 'b3'),
      ]),
    ).toEqual([
      // The copy goes with them, where pairing names it as sharing the first's id.
      { from: 0, to: 1, kind: 'budget', file: 'a-copy.json', id: 'b1' },
      { from: 0, to: 1, kind: 'ledger', file: 'a.ledger.json', id: 'b1' },
      { from: 1, to: 0, kind: 'ledger', file: 'c.ledger.json', id: 'b2' },
      { from: 1, to: 0, kind: 'ledger', file: 'c-again.ledger.json', id: 'b2' },
    ]);
  });
});
