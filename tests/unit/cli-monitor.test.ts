/**
 * `npm run price -- monitor <budget> <ledger>` (docs/ledger.md): JSON, CSV and text of
 * the same monitoring, in English and Welsh; bad files and arguments exit 1 naming the
 * file and field, with nothing on standard output.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, ROOT } from '../helpers/builders';
import { price } from '../helpers/run-price';

const BUDGET = join(ROOT, 'examples', 'example-ann.json');
const LEDGER = join(ROOT, 'examples', 'ledgers', 'example-ann.ledger.json');
const monitor = (...args: string[]) =>
  price(['monitor', BUDGET, LEDGER, '--as-of', '2025-05-10', ...args]);

describe('price -- monitor', () => {
  it('JSON: the year, the balance and the flags behind them', async () => {
    const run = await monitor();
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as Record<string, unknown> & {
      balance: Record<string, string>;
      flags: { id: string; transactions: string[] }[];
    };
    expect(report['asOf']).toBe('2025-05-10');
    // 4000.00 received − (412.50 + 35.00 + 90.00 + 612.40 − 35.00 + 24.99) = 2860.11
    expect(report.balance).toMatchObject({
      received: '4000.00',
      spent: '1139.89',
      balance: '2860.11',
    });
    expect(report.flags.find((flag) => flag.id === 'unplanned-spend')?.transactions).toEqual([
      't6',
    ]);
  });

  it('CSV and text say the same figures; Welsh words with the same figures', async () => {
    const csv = await monitor('--format', 'csv');
    expect(csv.code).toBe(0);
    expect(
      csv.stdout.startsWith('\uFEFFPeriod,From,To,Table,Key,Planned,Planned to date,Spent'),
    ).toBe(true);
    // 35.00 a week: round(1825.01 × 40 ÷ 365) = 200.00 planned to 10 May; 35.00 paid and 35.00 refunded.
    expect(csv.stdout).toContain(
      'Year to date,2025-04-01,2026-03-31,Plan item,expense:day-centre,1825.01,200.00,0.00',
    );
    const text = await monitor('--format', 'text');
    expect(text.stdout).toContain('Balance held: £2860.11');
    const welsh = await monitor('--format', 'text', '--lang', 'cy');
    expect(welsh.stdout).toContain('Balans a ddelir: £2860.11');
  });

  it('text: money out of the account reads as the page writes it, and flags name lines as the person knows them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'monitor-'));
    const overdrawn = join(dir, 'overdrawn.ledger.json');
    const ledger = readJson('examples/ledgers/example-ann.ledger.json') as {
      transactions: unknown[];
    };
    writeFileSync(
      overdrawn,
      JSON.stringify({
        ...ledger,
        transactions: [
          ...ledger.transactions,
          { id: 'big', date: '2025-05-01', amount: '10000.00', payee: 'Someone', description: '' },
        ],
      }),
    );
    const run = (...args: string[]) =>
      price(['monitor', BUDGET, overdrawn, '--as-of', '2025-09-30', ...args]);
    const json = JSON.parse((await run()).stdout) as { balance: { balance: string } };
    // 2860.11 − 10000.00: the JSON keeps the plain two-decimal figure.
    expect(json.balance.balance).toBe('-7139.89');
    const text = (await run('--format', 'text')).stdout;
    expect(text).toContain('Balance held: -£7139.89 (');
    expect(text).not.toContain('£-');
    expect(text).toContain(
      '  Behind it: Help to get up, wash and dress; Shower with the ceiling hoist (one worker);',
    );
    expect(text).not.toMatch(/Behind it: .*\bbedtime\b/);
    const welsh = (await run('--format', 'text', '--lang', 'cy')).stdout;
    expect(welsh).toContain('Balans a ddelir: -£7139.89 (');
    expect(welsh).toContain(
      'Y tu ôl iddo: Help to get up, wash and dress; Shower with the ceiling hoist',
    );
  });

  it('refuses a ledger of another budget, a bad ledger, a missing file and bad options', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'monitor-'));
    const other = join(dir, 'other.json');
    writeFileSync(
      other,
      JSON.stringify({
        ...(readJson('examples/ledgers/example-ann.ledger.json') as object),
        budget: 'someone',
      }),
    );
    const wrong = await price(['monitor', BUDGET, other]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toContain('budget: names the budget someone');
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        ...(readJson('examples/ledgers/example-ann.ledger.json') as object),
        transactions: [{ id: 't', date: '2025-01-01', amount: '£1', payee: 'x', description: '' }],
      }),
    );
    const refused = await price(['monitor', BUDGET, bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('transactions[0].amount');
    expect((await price(['monitor', BUDGET])).code).toBe(1);
    expect((await monitor('--format', 'pdf')).code).toBe(1);
    // What the refusals say: what a valid amount looks like, and the formats monitor takes.
    expect(refused.stderr).toBe(
      `transactions[0].amount: must be an amount of money written as text with two decimals and no £ sign, like "32.14", or with a minus sign for money coming back, like "-5.00"\n`,
    );
    const welsh = await price(['monitor', BUDGET, bad, '--lang', 'cy']);
    expect(welsh.stderr).toContain(
      'transactions[0].amount: rhaid iddo fod yn swm o arian wedi\'i ysgrifennu fel testun gyda dau le degol a heb arwydd £, fel "32.14", neu gydag arwydd minws',
    );
    const pdf = await monitor('--format', 'pdf');
    expect(pdf.stderr.split('\n')[0]).toBe('--format must be json, csv or text with monitor');
    const cohort = await price(['monitor', '--cohort', ROOT, '--format', 'pdf']);
    expect(cohort.stderr.split('\n')[0]).toBe('--format must be json or csv with monitor --cohort');
    expect((await monitor('--format', 'pdf', '--lang', 'cy')).stderr.split('\n')[0]).toBe(
      'rhaid i --format fod yn json, csv neu text gyda monitor',
    );
    expect((await monitor('--as-of', '2025-02-30')).code).toBe(1);
  });
});
