/**
 * The team's monitoring of many budgets (docs/ledger.md, "For the team"): budgets ranked
 * by their most serious red flag, then the money at stake; the ranked view as CSV with
 * stable English columns; ledgers paired with the budgets they name; and
 * `npm run price -- monitor --cohort`, which gives the same ranking as the domain.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  flagAmount,
  monitorEntryOf,
  pairLedgers,
  rankMonitored,
  type MonitorEntry,
} from '../../src/domain/ledger/caseload-monitor';
import type { Flag, FlagId } from '../../src/domain/ledger/flags';
import { monitor } from '../../src/domain/ledger/monitor';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import type { MoneyText } from '../../src/domain/money';
import type { Budget } from '../../src/domain/schema/budget';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { generateLedger } from '../../src/generate/generate-ledger';
import { budgetFileText } from '../../src/io/budget-file';
import { monitorCaseloadCsv } from '../../src/io/monitor-caseload-csv';
import { englandCard, ledgerOf } from '../helpers/ledger-setup';
import { price } from '../helpers/run-price';

const flag = (id: FlagId, values: Flag['values'] = {}, transactions: string[] = []): Flag => ({
  id,
  values,
  transactions,
  lines: [],
  assistants: [],
});

const m = (amount: string) => amount as MoneyText;

const entry = (file: string, flags: Flag[], atStake = '0.00'): MonitorEntry => ({
  file,
  id: file.replace('.json', ''),
  person: `Person ${file}`,
  reference: '',
  asOf: '2025-10-01',
  yearBudget: m('10000.00'),
  plannedToDate: m('5000.00'),
  spent: m('5400.00'),
  projectedOutturn: m('10800.00'),
  balance: m('120.50'),
  weeksHeld: '0.6',
  flags,
  atStake: m(atStake),
  behind: {},
  names: { lines: {}, assistants: {} },
});

describe('ranking budgets by their red flags', () => {
  it('puts the most serious flag first, then the money at stake, then how many flags, then the file', () => {
    const ranked = rankMonitored([
      entry('none-b.json', []),
      entry('surplus.json', [flag('surplus')], '900.00'),
      entry('none-a.json', []),
      entry('over-small.json', [flag('overspend-pace')], '100.00'),
      entry('over-large.json', [flag('overspend-pace')], '800.00'),
      entry('care.json', [flag('care-not-delivered')]),
      entry('over-two.json', [flag('overspend-pace'), flag('surplus')], '100.00'),
      entry('over-same.json', [flag('overspend-pace')], '100.00'),
    ]);
    expect(ranked.map((one) => one.file)).toEqual([
      'care.json',
      'over-large.json',
      'over-two.json',
      'over-same.json',
      'over-small.json',
      'surplus.json',
      'none-a.json',
      'none-b.json',
    ]);
  });

  it('counts the money each flag names: over for pace and surplus, the total for unplanned and late spending', () => {
    expect(flagAmount(flag('overspend-pace', { over: '12.34' })).toFixed(2)).toBe('12.34');
    expect(flagAmount(flag('surplus', { over: '5.00', balance: '900.00' })).toFixed(2)).toBe(
      '5.00',
    );
    expect(flagAmount(flag('unplanned-spend', { total: '7.50', count: 2 })).toFixed(2)).toBe(
      '7.50',
    );
    expect(flagAmount(flag('spend-after-end', { total: '3.00', count: 1 })).toFixed(2)).toBe(
      '3.00',
    );
    expect(flagAmount(flag('care-not-delivered', { count: 2 })).toFixed(2)).toBe('0.00');
  });
});

describe('the ranked view as CSV', () => {
  it('has stable English column names and flag ids, one row per budget in rank order', () => {
    const csv = monitorCaseloadCsv([
      {
        ...entry(
          'a.json',
          [flag('care-not-delivered'), flag('unplanned-spend', {}, ['t9'])],
          '7.50',
        ),
        behind: {
          t9: {
            id: 't9',
            date: '2025-09-02',
            amount: m('7.50'),
            payee: 'Shop',
            description: 'Cinema',
          },
        },
      },
      { ...entry('b.json', []), weeksHeld: null, person: '=HYPERLINK("x")' },
    ]);
    expect(csv).toBe(
      '\uFEFFrank,file,budget_id,person,reference,as_of,flag_count,most_serious_flag,flags,amount_at_stake,year_budget,planned_to_date,spent,projected_outturn,balance,weeks_held,flagged_transactions\r\n' +
        '1,a.json,a,Person a.json,,2025-10-01,2,care-not-delivered,care-not-delivered;unplanned-spend,7.50,10000.00,5000.00,5400.00,10800.00,120.50,0.6,t9\r\n' +
        `2,b.json,b,"'=HYPERLINK(""x"")",,2025-10-01,0,,,0.00,10000.00,5000.00,5400.00,10800.00,120.50,,\r\n`,
    );
  });
});

describe('pairing ledgers with budgets', () => {
  const budgetNamed = (id: string) => ({ budget: { id } as Budget });
  it('gives each budget the first ledger naming it, and lists the rest', () => {
    const [a, b] = [budgetNamed('a'), budgetNamed('b')];
    const first = { ledger: ledgerOf({ id: 'l1', budget: 'a' }) };
    const second = { ledger: ledgerOf({ id: 'l2', budget: 'a' }) };
    const orphan = { ledger: ledgerOf({ id: 'l3', budget: 'zz' }) };
    const paired = pairLedgers([a, b], [first, second, orphan]);
    expect(paired.pairs).toEqual([{ budget: a, ledger: first }]);
    expect(paired.withoutLedger).toEqual([b]);
    expect(paired.withoutBudget).toEqual([second, orphan]);
  });

  it('names a budget that has the id of one read before it, not as a budget without a ledger', () => {
    // The example plan in English and in Welsh: two files, one id.
    const welsh = { file: 'ann.cy.json', budget: { id: 'ann' } as Budget };
    const english = { file: 'ann.json', budget: { id: 'ann' } as Budget };
    const ledger = { ledger: ledgerOf({ id: 'l1', budget: 'ann' }) };
    const paired = pairLedgers([welsh, english], [ledger]);
    expect(paired.pairs).toEqual([{ budget: welsh, ledger }]);
    expect(paired.withoutLedger).toEqual([]);
    expect(paired.sameId).toEqual([{ budget: english, first: welsh }]);
    expect(paired.withoutBudget).toEqual([]);
  });
});

const card = englandCard();
const AS_OF = '2025-10-01';
const budgets = generateBudgets({ count: 8, seed: 5, rateCard: card }).map((one) =>
  one.plan === undefined ? { ...one, plan: { start: '2025-04-01' } } : one,
);
const ledgers = budgets.map(
  (one, index) => generateLedger({ budget: one, card, seed: index, weeks: 20 }).ledger,
);

describe('a budget monitored for the team', () => {
  it('is the full monitor’s year, balance and flags, with every transaction a flag names', () => {
    budgets.forEach((one, index) => {
      const pricing = priceOnCard(one, card, { asOf: AS_OF });
      const ledger = ledgers[index];
      if (!pricing.ok || ledger === undefined) throw new Error('fixture');
      const full = monitor(pricing.value, ledger);
      const team = monitorEntryOf(`${one.id}.json`, pricing.value, ledger);
      if (!full.ok || !team.ok) throw new Error('not monitored');
      expect(team.value.spent).toBe(full.value.yearToDate.spent.toFixed(2));
      expect(team.value.plannedToDate).toBe(full.value.yearToDate.plannedToDate.toFixed(2));
      expect(team.value.projectedOutturn).toBe(full.value.projectedOutturn.toFixed(2));
      expect(team.value.balance).toBe(full.value.balance.balance.toFixed(2));
      expect(team.value.flags.map((f) => f.id).sort()).toEqual(
        full.value.flags.map((f) => f.id).sort(),
      );
      for (const id of team.value.flags.flatMap((f) => f.transactions))
        expect(team.value.behind[id]?.id).toBe(id);
    });
  });
});

describe('npm run price -- monitor --cohort', { timeout: 30_000 }, () => {
  let folder = '';
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'monitor-cohort-'));
    budgets.forEach((one, index) => {
      writeFileSync(join(folder, `${one.id}.json`), budgetFileText(one));
      if (index > 0)
        writeFileSync(join(folder, `${one.id}.ledger.json`), JSON.stringify(ledgers[index]));
    });
    writeFileSync(
      join(folder, 'stray.ledger.json'),
      JSON.stringify(ledgerOf({ id: 'stray', budget: 'nobody' })),
    );
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('ranks every budget with a ledger as the domain does, and lists the ones it could not pair', async () => {
    const run = await price(['monitor', '--cohort', folder, '--as-of', AS_OF]);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as {
      budgets: MonitorEntry[];
      invalid: { file: string }[];
    };
    const expected = rankMonitored(
      budgets.slice(1).map((one, index) => {
        const pricing = priceOnCard(one, card, { asOf: AS_OF });
        const ledger = ledgers[index + 1];
        if (!pricing.ok || ledger === undefined) throw new Error('fixture');
        const made = monitorEntryOf(`${one.id}.json`, pricing.value, ledger);
        if (!made.ok) throw new Error('not monitored');
        return made.value;
      }),
    );
    expect(expected.some((one) => one.flags.length > 0)).toBe(true);
    expect(output.budgets).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(output.invalid.map((one) => one.file).sort()).toEqual(
      [`${budgets[0]?.id}.json`, 'stray.ledger.json'].sort(),
    );
    expect(run.stderr).toContain('stray.ledger.json: ');
    expect(run.stderr).toContain('nobody');
  });

  it('gives the ranked view as the page’s CSV', async () => {
    const run = await price(['monitor', '--cohort', folder, '--as-of', AS_OF, '--format', 'csv']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFrank,file,budget_id,person,reference,as_of,flag_count,most_serious_flag,flags,amount_at_stake,year_budget,planned_to_date,spent,projected_outturn,balance,weeks_held,flagged_transactions',
    );
    expect(lines.filter((line) => line !== '')).toHaveLength(budgets.length);
  });

  it('pairs each ledger with the budget it names, whatever the files are called and wherever they are', async () => {
    const scattered = mkdtempSync(join(tmpdir(), 'monitor-cohort-named-'));
    try {
      mkdirSync(join(scattered, 'people'));
      mkdirSync(join(scattered, 'spending', 'this-year'), { recursive: true });
      budgets.forEach((one, index) => {
        writeFileSync(join(scattered, 'people', `person-${index}.json`), budgetFileText(one));
        writeFileSync(
          join(scattered, 'spending', 'this-year', `record-${budgets.length - index}.json`),
          JSON.stringify(ledgers[index]),
        );
      });
      const run = await price(['monitor', '--cohort', scattered, '--as-of', AS_OF]);
      expect(run.code).toBe(0);
      const output = JSON.parse(run.stdout) as { budgets: MonitorEntry[]; invalid: unknown[] };
      expect(output.invalid).toEqual([]);
      expect(output.budgets.map((one) => one.id).sort()).toEqual(
        budgets.map((one) => one.id).sort(),
      );
    } finally {
      rmSync(scattered, { recursive: true, force: true });
    }
  });

  it('says which file a budget shares its id with, rather than that no ledger names it', async () => {
    const copies = mkdtempSync(join(tmpdir(), 'monitor-cohort-same-id-'));
    const [one, ledger] = [budgets[1], ledgers[1]];
    if (one === undefined || ledger === undefined) throw new Error('fixture');
    try {
      writeFileSync(join(copies, 'plan.cy.json'), budgetFileText(one));
      writeFileSync(join(copies, 'plan.json'), budgetFileText(one));
      writeFileSync(join(copies, 'plan.ledger.json'), JSON.stringify(ledger));
      const run = await price(['monitor', '--cohort', copies, '--as-of', AS_OF]);
      expect(run.code).toBe(0);
      const output = JSON.parse(run.stdout) as {
        budgets: MonitorEntry[];
        invalid: { file: string }[];
      };
      expect(output.budgets.map((entry) => entry.file)).toEqual(['plan.cy.json']);
      expect(output.invalid.map((entry) => entry.file)).toEqual(['plan.json']);
      expect(run.stderr).toContain(
        `plan.json: is a budget with the same id (${one.id}) as plan.cy.json, read before it`,
      );
      expect(run.stderr).not.toContain('no ledger names');
    } finally {
      rmSync(copies, { recursive: true, force: true });
    }
  });

  it('refuses the text format and a budget file given with --cohort', async () => {
    const text = await price(['monitor', '--cohort', folder, '--format', 'text']);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain('--format must be json or csv with monitor --cohort');
    const both = await price(['monitor', '--cohort', folder, 'budget.json']);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('not both');
  });
});
