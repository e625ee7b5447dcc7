import 'fake-indexeddb/auto';
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeviceStorage, draftsKey, type DeviceStorage } from '../../src/state/persistence';
import { createAppStore, type AppStore } from '../../src/state/store';
import { draftKey } from '../../src/state/drafts-slice';
import { sealedBackend } from '../../src/state/sealed-backend';
import {
  idbBackend,
  openIdbStore,
  writerGate,
  type StorageBackend,
} from '../../src/state/storage-backend';
import { carer, readJson, visits } from '../helpers/builders';
import type { Budget } from '../../src/domain/schema/budget';
import type { SavedBudget } from '../../src/state/saved-budget';

let database = 0;
let idb: UseStore;
beforeEach(() => {
  idb = createStore(`test-${++database}`, 'state');
});

async function openStore(
  storage: DeviceStorage = createDeviceStorage({ store: idb }),
): Promise<{ store: AppStore; storage: DeviceStorage }> {
  const store = createAppStore(storage);
  // The store reads the device as it is made; wait for that, as the app does.
  if (!store.persist.hasHydrated())
    await new Promise<void>((resolve) => store.persist.onFinishHydration(() => resolve()));
  return { store, storage };
}

const example = () => readJson('examples/example-ann.json') as Budget;

interface Put {
  readonly entries: readonly (readonly [string, unknown])[];
  readonly done: () => void;
  readonly fail: () => void;
}

/**
 * A backend whose writes wait until the test lets each one finish (or fail), reading
 * what `stored` holds (the writes never reach it).
 */
function heldBackend(stored: Readonly<Record<string, unknown>> = {}): {
  backend: StorageBackend;
  puts: Put[];
} {
  const puts: Put[] = [];
  const held = (entries: Put['entries']) =>
    new Promise<void>((done, reject) =>
      puts.push({ entries, done, fail: () => reject(new Error('the disk said no')) }),
    );
  const backend: StorageBackend = {
    get: (key) => Promise.resolve(stored[key]),
    set: (key, value) => held([[key, value]]),
    setAll: (entries) => held(entries),
    remove: () => Promise.resolve(),
    keys: () => Promise.resolve([]),
  };
  return { backend, puts };
}

/** A budget as the store keeps it. */
const savedEntry = (budget: unknown) => ({
  budget,
  createdAt: 'x',
  updatedAt: 'x',
  completed: [],
  exportedAt: null,
});

/** The keys a write put. */
const keysOf = (put: Put | undefined) => put?.entries.map(([key]) => key);

/** The drafts a write put under their own key. */
const draftsIn = (put: Put | undefined) =>
  (
    put?.entries.find(([key]) => key === draftsKey('support-budgets'))?.[1] as {
      state: { drafts: unknown };
    }
  ).state.drafts;

describe('saving on the device', () => {
  it('a budget and its edits survive a reload [H7.1]', async () => {
    const first = await openStore();
    const id = first.store.getState().createBudget('england-2025-26');
    first.store.getState().saveLine(id, visits({ id: 'l1' }));
    await first.storage.flush();
    const second = await openStore();
    expect(second.store.getState().budgets[id]?.budget.lines).toEqual([visits({ id: 'l1' })]);
  });

  it('writes each change at once, one write at a time, then the latest change made meanwhile [H7.19]', async () => {
    const { backend, puts } = heldBackend();
    const { store } = await openStore(createDeviceStorage({ backend }));
    store.getState().setDraft('k', { minutes: '4' });
    expect(puts.map(draftsIn)).toEqual([{ k: { minutes: '4' } }]); // made in the same task as the change
    store.getState().setDraft('k', { minutes: '45' });
    store.getState().setDraft('k', { minutes: '450' });
    expect(puts).toHaveLength(1); // one in flight at a time
    puts[0]?.done();
    await vi.waitFor(() => expect(puts).toHaveLength(2));
    expect(draftsIn(puts[1])).toEqual({ k: { minutes: '450' } }); // the latest only
  });

  it('as the page goes, flush makes its put before it returns, through every layer to IndexedDB [H7.20]', async () => {
    const idbStore = openIdbStore(`sync-${++database}`, 'state');
    const storage = createDeviceStorage({
      backend: sealedBackend(writerGate(idbBackend(idbStore), () => true)),
    });
    const { store } = await openStore(storage);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    try {
      store.getState().setDraft('k', { minutes: '4' }); // written at once
      const first = put.mock.calls.length;
      expect(first).toBeGreaterThan(0);
      store.getState().setDraft('k', { minutes: '45' }); // waits for that write
      expect(put).toHaveBeenCalledTimes(first);
      const flushed = storage.flush(); // as in a pagehide handler: nothing awaited first
      expect(put.mock.calls.length).toBeGreaterThan(first);
      await flushed;
    } finally {
      put.mockRestore();
    }
    const stored = (await get(draftsKey('support-budgets'), idbStore)) as {
      state: { drafts: unknown };
    };
    expect(stored.state.drafts).toEqual({ k: { minutes: '45' } });
  });

  it('a keystroke writes only the drafts once the state is on the device; any other change writes the whole state with them, in one transaction [H25.1]', async () => {
    const { backend, puts } = heldBackend();
    const { store, storage } = await openStore(createDeviceStorage({ backend }));
    const id = store.getState().createBudget('england-2025-26');
    expect(keysOf(puts[0])).toEqual(['support-budgets', 'support-budgets:drafts']);
    puts[0]?.done();
    await storage.flush();
    store.getState().setDraft(draftKey(id, 'line', 'new'), { minutes: '4' });
    expect(keysOf(puts[1])).toEqual(['support-budgets:drafts']);
    expect(draftsIn(puts[1])).toEqual({ [draftKey(id, 'line', 'new')]: { minutes: '4' } });
    puts[1]?.done();
    await storage.flush();
    // A saved need changes the budget: the state is written whole, the draft in it too.
    store.getState().saveLine(id, visits({ id: 'l1' }));
    expect(keysOf(puts[2])).toEqual(['support-budgets', 'support-budgets:drafts']);
    const whole = puts[2]?.entries[0]?.[1] as { state: { budgets: Record<string, SavedBudget> } };
    expect(whole.state.budgets[id]?.budget.lines).toEqual([visits({ id: 'l1' })]);
    puts[2]?.done();
    await storage.flush();
    // Saved again as it is, under a new passphrase say: whole, not just the drafts.
    storage.rewriteWhole();
    store.setState({});
    expect(keysOf(puts[3])).toEqual(['support-budgets', 'support-budgets:drafts']);
    // A whole write that failed leaves the device's state unknown: the next key writes it whole.
    puts[3]?.fail();
    await storage.flush();
    store.getState().saveLine(id, visits({ id: 'l2' }));
    puts[4]?.fail();
    await storage.flush();
    store.getState().setDraft(draftKey(id, 'line', 'new'), { minutes: '45' });
    expect(keysOf(puts[5])).toEqual(['support-budgets', 'support-budgets:drafts']);
    // Asked for a whole write while one is on its way: the one on its way does not count.
    storage.rewriteWhole();
    puts[5]?.done();
    await storage.flush();
    store.getState().setDraft(draftKey(id, 'line', 'new'), { minutes: '4' });
    expect(keysOf(puts[6])).toEqual(['support-budgets', 'support-budgets:drafts']);
  });

  it('counts a state read whole as what the device holds: a keystroke after it writes only the drafts, but not after a budget set aside [H25.4]', async () => {
    const saved = (budgets: Record<string, unknown>) => ({
      'support-budgets': { version: 1, state: { budgets, drafts: { k: { name: 'Older' } } } },
    });
    const whole = heldBackend(saved({ [example().id]: savedEntry(example()) }));
    const clean = await openStore(createDeviceStorage({ backend: whole.backend }));
    clean.store.getState().setDraft('k', { name: 'Newer' });
    expect(whole.puts.map(keysOf)).toEqual([['support-budgets:drafts']]);
    expect(draftsIn(whole.puts[0])).toEqual({ k: { name: 'Newer' } });

    const bad = { ...example(), id: 'bad', lines: [{ ...example().lines[0], minutes: -5 }] };
    const broken = heldBackend(
      saved({ [example().id]: savedEntry(example()), bad: savedEntry(bad) }),
    );
    const opening = openStore(createDeviceStorage({ backend: broken.backend }));
    await vi.waitFor(() => expect(broken.puts).toHaveLength(1));
    broken.puts[0]?.done(); // the copy set aside, written as the state is read
    const aside = await opening;
    aside.store.getState().setDraft('k', { name: 'Newer' });
    // The device still holds the budget set aside inside the state: written again without it.
    expect(keysOf(broken.puts.at(-1))).toEqual(['support-budgets', 'support-budgets:drafts']);
  });

  it('reads back the drafts written after the state, and the state’s own when there are none apart [H25.2]', async () => {
    const first = await openStore();
    const id = first.store.getState().createBudget('england-2025-26');
    await first.storage.flush();
    first.store.getState().setDraft(draftKey(id, 'line', 'new'), { minutes: '4' });
    first.store.getState().setDraft(draftKey(id, 'line', 'new'), { minutes: '45' });
    await first.storage.flush();
    const state = (await get('support-budgets', idb)) as { state: { drafts: unknown } };
    expect(state.state.drafts).toEqual({}); // the state itself was written before any draft
    const second = await openStore();
    expect(second.store.getState().drafts).toEqual({
      [draftKey(id, 'line', 'new')]: { minutes: '45' },
    });
    // State saved before the drafts were kept apart: its own drafts are read.
    await set(
      'support-budgets',
      { version: 1, state: { budgets: {}, drafts: { k: { name: 'Older' } } } },
      idb,
    );
    await set(draftsKey('support-budgets'), undefined, idb);
    const third = await openStore();
    expect(third.store.getState().drafts).toEqual({ k: { name: 'Older' } });
  });

  it('keeps unreadable drafts aside and reads the state’s own [H25.3]', async () => {
    await set(
      'support-budgets',
      { version: 1, state: { budgets: {}, drafts: { k: { name: 'Kept' } } } },
      idb,
    );
    const broken = { version: 1, state: { drafts: { k: { name: 5 } } } };
    await set(draftsKey('support-budgets'), broken, idb);
    const { store, storage } = await openStore();
    expect(store.getState().drafts).toEqual({ k: { name: 'Kept' } });
    expect(storage.health()).toEqual({ kind: 'set-aside', count: 1 });
    expect((await storage.keptAside()).map((copy) => copy.value)).toEqual([broken]);
  });

  it('never overwrites drafts saved by a newer version of the app either [H25.5]', async () => {
    await set('support-budgets', { version: 1, state: { budgets: {}, drafts: {} } }, idb);
    const newer = { version: 2, state: { drafts: { k: { shape: 'unknown' } } } };
    await set(draftsKey('support-budgets'), newer, idb);
    const { store, storage } = await openStore();
    expect(storage.health()).toEqual({ kind: 'newer-version', version: 2 });
    store.getState().setDraft('k', { name: 'typed' });
    await storage.flush();
    expect(await get(draftsKey('support-budgets'), idb)).toEqual(newer);
  });

  it('keeps half-typed forms as drafts across a reload [H7.2]', async () => {
    const first = await openStore();
    first.store.getState().setDraft(draftKey('b1', 'line', 'new'), { minutes: '4', days: ['mon'] });
    await first.storage.flush();
    const second = await openStore();
    expect(second.store.getState().drafts[draftKey('b1', 'line', 'new')]).toEqual({
      minutes: '4',
      days: ['mon'],
    });
  });

  it('sets aside a stored budget that fails the file rules, keeps it, and loads the rest [H7.4]', async () => {
    const good = example();
    const bad = { ...example(), id: 'bad', lines: [{ ...example().lines[0], minutes: -5 }] };
    await set(
      'support-budgets',
      {
        version: 1,
        state: { budgets: { [good.id]: savedEntry(good), bad: savedEntry(bad) }, drafts: {} },
      },
      idb,
    );
    const { store, storage } = await openStore();
    expect(Object.keys(store.getState().budgets)).toEqual([good.id]);
    expect(storage.health()).toEqual({ kind: 'set-aside', count: 1 });
    const { keys } = await import('idb-keyval');
    const kept = (await keys(idb)).filter((key) =>
      String(key).startsWith('support-budgets:set-aside:'),
    );
    expect(kept).toHaveLength(1);
    expect(await get(kept[0] as string, idb)).toEqual(savedEntry(bad));
  });

  it('writes the set-aside copy once the tab may write, before the state is written again [H7.18]', async () => {
    const bad = {
      budget: { ...example(), lines: 'broken' },
      createdAt: 'x',
      updatedAt: 'x',
      completed: [],
      exportedAt: null,
    };
    await set(
      'support-budgets',
      { version: 1, state: { budgets: { [example().id]: bad }, drafts: {} } },
      idb,
    );
    let mayWrite = false; // as the app starts: the tab reads before it knows it is the writer
    const storage = createDeviceStorage({
      store: idb,
      backend: writerGate(idbBackend(idb), () => mayWrite),
    });
    const { store } = await openStore(storage);
    expect(storage.health()).toEqual({ kind: 'set-aside', count: 1 });
    store.getState().createBudget('england-2025-26');
    await storage.flush();
    expect(storage.health()).toEqual({ kind: 'refused' });
    expect(
      ((await get('support-budgets', idb)) as { state: { budgets: object } }).state.budgets,
    ).toEqual({ [example().id]: bad });
    mayWrite = true;
    store.getState().createBudget('england-2025-26');
    await storage.flush();
    const kept = await storage.keptAside();
    expect(kept.map((copy) => copy.value)).toEqual([bad]);
    expect(await get(kept[0]?.key ?? '', idb)).toEqual(bad);
    expect(
      Object.keys(
        ((await get('support-budgets', idb)) as { state: { budgets: object } }).state.budgets,
      ),
    ).toHaveLength(2);

    // Read again later, the budget is gone from the state but its copy is still reported.
    const later = await openStore(createDeviceStorage({ store: idb }));
    expect(later.storage.health()).toEqual({ kind: 'set-aside', count: 1 });
    expect((await later.storage.keptAside()).map((copy) => copy.value)).toEqual([bad]);
    await later.storage.removeKeptAside(kept.map((copy) => copy.key));
    expect(later.storage.health()).toEqual({ kind: 'ok' });
    expect(await later.storage.keptAside()).toEqual([]);
  });

  it('sets the same unreadable budget aside once, however often it is read', async () => {
    const bad = {
      budget: { ...example(), lines: 'broken' },
      createdAt: 'x',
      updatedAt: 'x',
      completed: [],
      exportedAt: null,
    };
    await set(
      'support-budgets',
      { version: 1, state: { budgets: { [example().id]: bad }, drafts: {} } },
      idb,
    );
    await openStore();
    await openStore();
    const { keys } = await import('idb-keyval');
    expect((await keys(idb)).filter((key) => String(key).includes(':set-aside:'))).toHaveLength(1);
  });

  it('never overwrites data saved by a newer version of the app [H7.5]', async () => {
    const newer = { version: 2, state: { budgets: { future: { shape: 'unknown' } }, drafts: {} } };
    await set('support-budgets', newer, idb);
    const { store, storage } = await openStore();
    expect(store.getState().budgets).toEqual({});
    expect(storage.health()).toEqual({ kind: 'newer-version', version: 2 });
    store.getState().createBudget('england-2025-26');
    await storage.flush();
    expect(await get('support-budgets', idb)).toEqual(newer);
  });

  it('reports a full disk, in any browser’s spelling, instead of failing silently [H7.3]', async () => {
    const full: UseStore = (mode, callback) => {
      if (mode === 'readwrite')
        return Promise.reject(new DOMException('full', 'QuotaExceededError'));
      return idb(mode, callback);
    };
    const { store, storage } = await openStore(createDeviceStorage({ store: full }));
    store.getState().createBudget('england-2025-26');
    await storage.flush();
    expect(storage.health()).toEqual({ kind: 'write-failed', reason: 'full' });
  });
});

describe('changing budgets', () => {
  it('a budget opened with an id already in use is kept as a copy with a new id', async () => {
    const { store } = await openStore();
    const first = store.getState().addBudget(example());
    const second = store.getState().addBudget(example());
    expect(first).toEqual({ id: example().id, renamed: false });
    expect(second.renamed).toBe(true);
    expect(Object.keys(store.getState().budgets)).toHaveLength(2);
  });

  it('duplicating a line puts the copy just after it, with its own id', async () => {
    const { store } = await openStore();
    const { id } = store.getState().addBudget(example());
    const copy = store.getState().duplicateLine(id, 'morning');
    const lines = store.getState().budgets[id]?.budget.lines ?? [];
    expect(lines[1]?.id).toBe(copy);
    expect({ ...lines[1], id: 'morning' }).toEqual(lines[0]);
  });

  it('a carer cannot be removed while a line relies on them', async () => {
    const { store } = await openStore();
    const id = store.getState().createBudget('england-2025-26');
    store.getState().saveCarer(id, carer());
    store.getState().saveLine(id, visits({ resource: 'unpaid-carer', carer: 'c1' }));
    expect(store.getState().removeCarer(id, 'c1')).toBe(false);
    store.getState().removeLine(id, 'l1');
    expect(store.getState().removeCarer(id, 'c1')).toBe(true);
  });

  it('marks sections in the budget file itself: completed, not needed, and open again', async () => {
    const { store } = await openStore();
    const id = store.getState().createBudget('england-2025-26');
    store.getState().markSection(id, 'about', 'completed');
    store.getState().markSection(id, 'carers', 'completed');
    store.getState().markSection(id, 'domain:work', 'not-needed');
    store.getState().markSection(id, 'about', 'open');
    expect(store.getState().budgets[id]?.budget.progress).toEqual({
      completed: ['carers'],
      areasNotNeeded: ['work'],
    });
    store.getState().markSection(id, 'carers', 'open');
    store.getState().markSection(id, 'domain:work', 'open');
    expect(store.getState().budgets[id]?.budget).not.toHaveProperty('progress');
  });

  it('carries sections marked on the device before the file kept progress into the file', async () => {
    const { progress: _none, ...older } = example();
    const entry = {
      budget: older,
      createdAt: 'x',
      updatedAt: 'x',
      completed: ['about', 'domain:social', 'summary'],
      exportedAt: null,
    };
    await set(
      'support-budgets',
      { version: 1, state: { budgets: { [older.id]: entry }, drafts: {} } },
      idb,
    );
    const { store } = await openStore();
    const saved = store.getState().budgets[older.id];
    expect(saved?.budget.progress).toEqual({
      completed: ['about', 'summary'],
      areasCompleted: ['social'],
    });
    expect(saved).not.toHaveProperty('completed');
  });

  it('a new budget is a valid budget file from the start', async () => {
    const { readBudget } = await import('../../src/domain/read');
    const { store } = await openStore();
    const id = store.getState().createBudget('england-2025-26');
    expect(readBudget(store.getState().budgets[id]?.budget).ok).toBe(true);
  });
});

describe('deleting a budget', () => {
  it('removes its half-filled forms too, and no other budget’s', async () => {
    const { store } = await openStore();
    const a = store.getState().createBudget('england-2025-26');
    const b = store.getState().createBudget('england-2025-26');
    store.getState().setDraft(draftKey(a, 'line', 'new'), { activity: 'Personal detail' });
    store.getState().setDraft(draftKey(b, 'about'), { name: 'Kept' });
    store.getState().deleteBudget(a);
    expect(Object.keys(store.getState().drafts)).toEqual([draftKey(b, 'about')]);
  });
});
