/**
 * How the monitoring page shares files between its workers (src/workers/monitoring/
 * place-ledgers.ts): by size, so that budgets and ledgers named apart do not leave one
 * worker every ledger, and each group of files (a budget and the ledger beside it) whole.
 */
import { describe, expect, it } from 'vitest';
import { shareBySize } from '../../src/workers/monitoring/place-ledgers';

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
