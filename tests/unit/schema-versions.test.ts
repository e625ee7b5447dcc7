/**
 * Every file and stored-state version ever released keeps opening. Each has a frozen
 * fixture in tests/fixtures/versions/, named `<kind>-v<version>.json`, that migrates to
 * the current version and validates; every step in the migration tables is run by one;
 * and a file or store from a newer version is refused without anything being written.
 *
 * A new version adds its migration step to src/domain/migrations.ts (or the store's
 * migrate) and drops a fixture of the version before it here: these tests find both.
 */
import 'fake-indexeddb/auto';
import { createStore, entries, get, set } from 'idb-keyval';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BUDGET_MIGRATIONS,
  RATE_CARD_MIGRATIONS,
  type Migrations,
} from '../../src/domain/migrations';
import type { Result } from '../../src/domain/problems';
import { readBudget, readRateCard } from '../../src/domain/read';
import { BUDGET_VERSION } from '../../src/domain/schema/budget';
import { RATE_CARD_VERSION } from '../../src/domain/schema/rate-card';
import { createDeviceStorage, STATE_VERSION } from '../../src/state/persistence';
import { createAppStore } from '../../src/state/store';
import { readJson, ROOT } from '../helpers/builders';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'versions');
const fixture = (kind: string, version: number) =>
  readJson(`tests/fixtures/versions/${kind}-v${version}.json`) as Record<string, unknown>;
const versions = (latest: number) => Array.from({ length: latest }, (_, index) => index + 1);

interface FileKind {
  readonly kind: string;
  readonly latest: number;
  readonly migrations: Migrations;
  readonly read: (data: unknown) => Result<unknown>;
}

const FILE_KINDS: readonly FileKind[] = [
  { kind: 'budget-file', latest: BUDGET_VERSION, migrations: BUDGET_MIGRATIONS, read: readBudget },
  {
    kind: 'rate-card',
    latest: RATE_CARD_VERSION,
    migrations: RATE_CARD_MIGRATIONS,
    read: readRateCard,
  },
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('fixtures of released versions', () => {
  it('are named <kind>-v<version>.json, for a known kind and a version no newer than the current one', () => {
    const latest: Record<string, number> = { 'stored-state': STATE_VERSION };
    for (const { kind, latest: version } of FILE_KINDS) latest[kind] = version;
    for (const name of readdirSync(FIXTURES)) {
      const match = /^([a-z-]+)-v(\d+)\.json$/.exec(name);
      expect(match, name).not.toBeNull();
      expect(Object.keys(latest), name).toContain(match?.[1]);
      expect(Number(match?.[2]), name).toBeLessThanOrEqual(latest[match?.[1] ?? ''] ?? 0);
    }
  });
});

describe.each(FILE_KINDS)('$kind files', ({ kind, latest, migrations, read }) => {
  it.each(versions(latest))(
    `version %i has a fixture that says so, migrates and validates`,
    (version) => {
      const file = fixture(kind, version);
      expect(file['version']).toBe(version);
      const result = read(file);
      expect(result.ok ? [] : result.problems).toEqual([]);
      expect(result.ok && (result.value as { version: number }).version).toBe(latest);
    },
  );

  it('has one migration step for each version before the current one, and no other [H8.1]', () => {
    expect(
      Object.keys(migrations)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(versions(latest - 1));
  });

  it('runs every migration step when the fixtures are read [H8.2]', () => {
    const steps = Object.keys(migrations).map(
      (from) =>
        [
          Number(from),
          vi.spyOn(migrations as Record<number, Migrations[number]>, Number(from)),
        ] as const,
    );
    for (const version of versions(latest)) read(fixture(kind, version));
    for (const [from, spy] of steps)
      expect(spy, `the step from version ${from}`).toHaveBeenCalled();
  });

  it('leaves the fixture object as it was: a migration makes a new document', () => {
    for (const version of versions(latest)) {
      const file = fixture(kind, version);
      const before = JSON.stringify(file);
      read(file);
      expect(JSON.stringify(file)).toBe(before);
    }
  });

  it(`refuses version ${latest + 1}, from a newer tool, by its version alone`, () => {
    const result = read({ ...fixture(kind, latest), version: latest + 1 });
    expect(result.ok ? [] : result.problems.map((p) => `${p.path} ${p.key}`)).toEqual([
      'version validation.newerVersion',
    ]);
  });
});

describe('stored state (what the app keeps in IndexedDB)', () => {
  let database = 0;
  const KEY = 'support-budgets';

  async function open(stored: unknown) {
    const idb = createStore(`versions-${++database}`, 'state');
    await set(KEY, stored, idb);
    const storage = createDeviceStorage({ store: idb });
    const store = createAppStore(storage);
    if (!store.persist.hasHydrated())
      await new Promise<void>((resolve) => store.persist.onFinishHydration(() => resolve()));
    return { idb, storage, store };
  }

  it.each(versions(STATE_VERSION))(
    'version %i has a fixture that loads every budget and draft in it',
    async (version) => {
      const stored = fixture('stored-state', version) as {
        version: number;
        state: { budgets: Record<string, unknown>; drafts: Record<string, unknown> };
      };
      expect(stored.version).toBe(version);
      const { store, storage } = await open(stored);
      expect(storage.health()).toEqual({ kind: 'ok' });
      const state = store.getState();
      expect(Object.keys(state.budgets).sort()).toEqual(Object.keys(stored.state.budgets).sort());
      for (const [id, saved] of Object.entries(state.budgets))
        expect(readBudget(saved.budget).ok, id).toBe(true);
      expect(Object.keys(state.drafts).sort()).toEqual(Object.keys(stored.state.drafts).sort());
    },
  );

  it('a store saved before the drafts had a key of their own keeps its drafts and budgets once a keystroke writes them apart [H25.6]', async () => {
    const stored = fixture('stored-state', 1) as {
      state: { budgets: Record<string, unknown>; drafts: Record<string, unknown> };
    };
    const { idb, storage, store } = await open(stored);
    store.getState().setDraft('example-ann/about/-', { name: 'Ann Typed' });
    await storage.flush();
    const reopened = createAppStore(createDeviceStorage({ store: idb }));
    if (!reopened.persist.hasHydrated())
      await new Promise<void>((resolve) => reopened.persist.onFinishHydration(() => resolve()));
    expect(reopened.getState().drafts).toEqual({
      ...stored.state.drafts,
      'example-ann/about/-': { name: 'Ann Typed' },
    });
    expect(Object.keys(reopened.getState().budgets)).toEqual(Object.keys(stored.state.budgets));
  });

  it(`refuses version ${STATE_VERSION + 1}, from a newer app, and writes nothing, even after an edit [H8.3]`, async () => {
    const newer = { ...fixture('stored-state', STATE_VERSION), version: STATE_VERSION + 1 };
    const { idb, storage, store } = await open(newer);
    const before = JSON.stringify(await entries(idb));
    expect(storage.health()).toEqual({ kind: 'newer-version', version: STATE_VERSION + 1 });
    expect(store.getState().budgets).toEqual({});
    store.getState().createBudget('england-2025-26');
    await storage.flush();
    expect(JSON.stringify(await entries(idb))).toBe(before);
    expect(await get(KEY, idb)).toEqual(newer);
  });
});
