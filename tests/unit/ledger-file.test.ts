/**
 * The ledger file (docs/ledger.md): the example reads and fits its budget, the JSON Schema
 * agrees with the reader, each hostile file is refused naming its field, and the ledger is
 * kept on the device like a budget: a stored ledger that fails the file rules is set aside,
 * never deleted, and a change that would break the ledger changes nothing saved.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createStore, get, keys, set, type UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ledgerAgainstBudget,
  readLedger,
  readLedgerText,
} from '../../src/domain/ledger/read-ledger';
import type { Ledger } from '../../src/domain/ledger/ledger-schema';
import { readRateCard } from '../../src/domain/read';
import type { Budget } from '../../src/domain/schema/budget';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { createI18n } from '../../src/i18n';
import { describeProblem } from '../../src/i18n/problems';
import { createDeviceStorage } from '../../src/state/persistence';
import { createAppStore } from '../../src/state/store';
import { readJson, ROOT } from '../helpers/builders';
import { expectPrototypesUntouched } from '../helpers/hostile-corpus';

const ledger = () => readJson('examples/ledgers/example-ann.ledger.json') as Ledger;
const budget = () => readJson('examples/example-ann.json') as Budget;
const card = (): RateCard => {
  const read = readRateCard(readJson('rate-cards/england-2025-26.json'));
  if (!read.ok) throw new Error('card');
  return read.value;
};
const i18n = createI18n('en');

describe('the ledger file', () => {
  it('the example reads, fits its budget and card, and the JSON Schema accepts it', () => {
    const read = readLedger(ledger());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(ledgerAgainstBudget(read.value, budget(), card())).toEqual([]);
    const validate = new Ajv2020({ strict: false }).compile(
      readJson('schemas/ledger.schema.json') as object,
    );
    expect(validate(ledger())).toBe(true);
  });

  it('a ledger naming another budget, or things not in it, is refused naming each field', () => {
    const other = { ...ledger(), budget: 'someone-else' };
    expect(ledgerAgainstBudget(other, budget(), card()).map((found) => found.path)).toEqual([
      'budget',
    ]);
    const wrong = ledger();
    wrong.transactions = wrong.transactions.map((entry, index) =>
      index === 0
        ? { ...entry, match: { kind: 'line', id: 'no-such-line', confirmed: true } }
        : entry,
    );
    wrong.timesheets = wrong.timesheets.map((entry, index) =>
      index === 1 ? { ...entry, assistant: 'sam' } : entry,
    );
    expect(ledgerAgainstBudget(wrong, budget(), card()).map((found) => found.path)).toEqual([
      'transactions[0].match.id',
      'timesheets[1].assistant',
    ]);
  });

  const dir = join(ROOT, 'tests', 'fixtures', 'hostile', 'ledgers');
  const expected = readJson('tests/fixtures/hostile/ledgers-expected.json') as Record<
    string,
    string[]
  >;
  it('every hostile ledger fixture has its expectation', () => {
    expect(
      readdirSync(dir)
        .map((name) => name.replace(/\.json$/, ''))
        .sort(),
    ).toEqual(Object.keys(expected).sort());
  });
  it.each(Object.entries(expected))('%s is refused naming %j', (name, named) => {
    const read = readLedgerText(readFileSync(join(dir, `${name}.json`), 'utf8'));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((found) => found.path)).toEqual(named);
    for (const found of read.problems) {
      expect(i18n.exists(found.key), found.key).toBe(true);
      expect(describeProblem(found, i18n.t)).not.toMatch(/\{\{|undefined|NaN|\[object Object\]/);
    }
    expectPrototypesUntouched();
  });
});

describe('the ledger kept on the device', () => {
  let idb: UseStore;
  let database = 0;
  beforeEach(() => {
    idb = createStore(`ledger-${++database}`, 'state');
  });
  const open = async () => {
    const storage = createDeviceStorage({ store: idb });
    const store = createAppStore(storage);
    if (!store.persist.hasHydrated())
      await new Promise<void>((resolve) => store.persist.onFinishHydration(() => resolve()));
    return { store, storage };
  };

  it('a ledger and its changes survive a reload, and deleting the budget deletes its ledger', async () => {
    const first = await open();
    const { id } = first.store.getState().addBudget(budget());
    expect(await first.store.getState().setLedger(id, ledger())).toEqual({ ok: true });
    expect(
      await first.store.getState().confirmMatch(id, 't4', { kind: 'assistant', id: 'jo' }),
    ).toEqual({
      ok: true,
    });
    await first.storage.flush();
    const second = await open();
    const kept = second.store.getState().ledgerOf(id);
    expect(kept.transactions.find((entry) => entry.id === 't4')?.match).toEqual({
      kind: 'assistant',
      id: 'jo',
      confirmed: true,
    });
    second.store.getState().deleteBudget(id);
    expect(second.store.getState().ledgers[id]).toBeUndefined();
  });

  it('a change that would break the ledger is refused whole, and nothing saved changes', async () => {
    const { store, storage } = await open();
    const { id } = store.getState().addBudget(budget());
    await store.getState().setLedger(id, ledger());
    await storage.flush();
    const before = await get('support-budgets', idb);
    const good = { id: 'n1', date: '2025-05-01', amount: '10.00', payee: 'Shop', description: '' };
    const refused = await store
      .getState()
      .addImported(id, { transactions: [good, { ...good, id: 'n2', amount: '£5' }] });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problems.map((found) => found.path)).toEqual(['transactions[7].amount']);
    expect(store.getState().ledgerOf(id)).toEqual(ledger());
    await storage.flush();
    expect(await get('support-budgets', idb)).toEqual(before);
  });

  it('a stored ledger that fails the file rules is set aside, kept, and the rest loads', async () => {
    const good = budget();
    const entry = { budget: good, createdAt: 'x', updatedAt: 'x', exportedAt: null };
    const bad = {
      ledger: { ...ledger(), transactions: [{ ...ledger().transactions[0], amount: '£1' }] },
      updatedAt: 'x',
    };
    await set(
      'support-budgets',
      {
        version: 1,
        state: { budgets: { [good.id]: entry }, drafts: {}, ledgers: { [good.id]: bad } },
      },
      idb,
    );
    const { store, storage } = await open();
    expect(Object.keys(store.getState().budgets)).toEqual([good.id]);
    expect(store.getState().ledgers).toEqual({});
    expect(storage.health()).toEqual({ kind: 'set-aside', count: 1 });
    const aside = (await keys(idb))
      .map(String)
      .filter((key) => key.startsWith(`support-budgets:set-aside:ledger:${good.id}:`));
    expect(aside).toHaveLength(1);
    expect(await get(aside[0] ?? '', idb)).toEqual(bad);
  });
});
