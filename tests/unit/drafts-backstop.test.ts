import 'fake-indexeddb/auto';
import { createStore, get, type UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  backstopKey,
  localStorageBackstop,
  type BackstopRules,
} from '../../src/state/drafts-backstop';
import { createDeviceStorage, draftsKey, type DeviceStorage } from '../../src/state/persistence';
import { createAppStore, type AppStore } from '../../src/state/store';
import { idbBackend, type StorageBackend } from '../../src/state/storage-backend';

const NAME = 'support-budgets';
const KEPT = backstopKey(NAME);

/** localStorage as a browser has it: strings by key, and optionally full. */
class PageStorage implements Storage {
  readonly items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

let database = 0;
let idb: UseStore;
let page: PageStorage;
let rules: { writer: boolean; plain: boolean };
const backstopRules: BackstopRules = { isWriter: () => rules.writer, isPlain: () => rules.plain };
beforeEach(() => {
  idb = createStore(`backstop-${++database}`, 'state');
  page = new PageStorage();
  rules = { writer: true, plain: true };
});

async function openStore(backend: StorageBackend, withBackstop = true): Promise<AppStore> {
  const storage: DeviceStorage = createDeviceStorage({
    backend,
    ...(withBackstop ? { backstop: localStorageBackstop(page, backstopRules) } : {}),
  });
  const store = createAppStore(storage);
  if (!store.persist.hasHydrated())
    await new Promise<void>((resolve) => store.persist.onFinishHydration(() => resolve()));
  return store;
}

/** IndexedDB as a tab torn down mid-write leaves it: its writes are asked for and never land. */
function writesNeverLand(inner: StorageBackend): StorageBackend {
  const never = () => new Promise<void>(() => undefined);
  return { ...inner, set: never, setAll: never };
}

interface Held {
  readonly backend: StorageBackend;
  /** Each write asked for, in order: finish it, and it lands in IndexedDB. */
  readonly writes: (() => Promise<void>)[];
}

/** IndexedDB whose writes wait until the test lets each one land. */
function heldWrites(inner: StorageBackend): Held {
  const writes: (() => Promise<void>)[] = [];
  const held = (write: () => Promise<void>) =>
    new Promise<void>((resolve, reject) => writes.push(() => write().then(resolve, reject)));
  return {
    writes,
    backend: {
      ...inner,
      set: (key, value) => held(() => inner.set(key, value)),
      setAll: (entries) => held(() => inner.setAll(entries)),
    },
  };
}

const keptDrafts = () => {
  const text = page.getItem(KEPT);
  return text === null ? null : (JSON.parse(text) as { drafts: { state: { drafts: unknown } } });
};

describe('drafts kept beside IndexedDB until their write lands', () => {
  it('gives the next tab a closed tab’s last change whose write never landed [H7.25]', async () => {
    const saved = await openStore(idbBackend(idb));
    saved.getState().setDraft('form', { activity: 'Close 12' });
    await saved.persist.rehydrate(); // that write landed: what the device holds
    const closing = await openStore(writesNeverLand(idbBackend(idb)));
    expect(closing.getState().drafts).toEqual({ form: { activity: 'Close 12' } });
    closing.getState().setDraft('form', { activity: 'Close 13' });
    // The tab is gone: IndexedDB still holds the change before.
    expect(await get(draftsKey(NAME), idb)).toMatchObject({
      state: { drafts: { form: { activity: 'Close 12' } } },
    });
    const without = await openStore(idbBackend(idb), false);
    expect(without.getState().drafts).toEqual({ form: { activity: 'Close 12' } });
    const next = await openStore(idbBackend(idb));
    expect(next.getState().drafts).toEqual({ form: { activity: 'Close 13' } });
  });

  it('lets them go once their write has landed, but not for an older write while a newer change waits [H7.26]', async () => {
    const held = heldWrites(idbBackend(idb));
    const store = await openStore(held.backend);
    store.getState().setDraft('form', { activity: 'R' });
    store.getState().setDraft('form', { activity: 'Rh' }); // waits behind the first write
    expect(keptDrafts()?.drafts.state.drafts).toEqual({ form: { activity: 'Rh' } });
    await held.writes[0]?.();
    expect(keptDrafts()?.drafts.state.drafts).toEqual({ form: { activity: 'Rh' } });
    await expect.poll(() => held.writes.length).toBe(2);
    await held.writes[1]?.();
    await expect.poll(() => page.getItem(KEPT)).toBeNull();
    expect(await get(draftsKey(NAME), idb)).toMatchObject({
      state: { drafts: { form: { activity: 'Rh' } } },
    });
  });

  it('keeps nothing in plain text while the passphrase lock seals what is saved, and drops what was kept [H7.27]', async () => {
    const store = await openStore(writesNeverLand(idbBackend(idb)));
    store.getState().setDraft('form', { activity: 'plain' });
    expect(page.getItem(KEPT)).not.toBeNull();
    rules.plain = false;
    store.getState().setDraft('form', { activity: 'sealed' });
    expect(page.getItem(KEPT)).toBeNull();
    expect([...page.items.values()].join()).not.toContain('sealed');
  });

  it('never reads plain kept drafts over sealed data [H7.28]', async () => {
    page.setItem(
      KEPT,
      JSON.stringify({
        token: 'x-1',
        drafts: { version: 1, state: { drafts: { form: { activity: 'old' } } } },
      }),
    );
    const backstop = localStorageBackstop(page, backstopRules);
    rules.plain = false;
    expect(backstop.read(NAME)).toBeUndefined();
    expect(page.getItem(KEPT)).toBeNull();
  });

  it('is neither kept nor dropped by a tab that does not write [H7.29]', async () => {
    const writing = await openStore(writesNeverLand(idbBackend(idb)));
    writing.getState().setDraft('form', { activity: 'the writing tab' });
    const before = page.getItem(KEPT);
    rules.writer = false;
    const backstop = localStorageBackstop(page, backstopRules);
    expect(backstop.keep(NAME, { version: 1, state: { drafts: {} } })).toBeNull();
    rules.plain = false;
    expect(backstop.read(NAME)).toBeUndefined();
    expect(page.getItem(KEPT)).toBe(before);
  });

  it('keeps no older copy when the browser refuses to keep this one', async () => {
    const store = await openStore(writesNeverLand(idbBackend(idb)));
    store.getState().setDraft('form', { activity: 'first' });
    page.full = true;
    store.getState().setDraft('form', { activity: 'second' });
    expect(page.getItem(KEPT)).toBeNull();
  });

  it('keeps unreadable kept drafts aside and reads IndexedDB’s own', async () => {
    const saved = await openStore(idbBackend(idb));
    saved.getState().setDraft('form', { activity: 'on the device' });
    await saved.persist.rehydrate();
    const broken = { version: 1, state: { drafts: { form: { activity: 5 } } } };
    page.setItem(KEPT, JSON.stringify({ token: 'x-1', drafts: broken }));
    const storage = createDeviceStorage({
      backend: idbBackend(idb),
      backstop: localStorageBackstop(page, backstopRules),
    });
    const store = createAppStore(storage);
    await new Promise<void>((resolve) => store.persist.onFinishHydration(() => resolve()));
    expect(store.getState().drafts).toEqual({ form: { activity: 'on the device' } });
    expect(storage.health()).toEqual({ kind: 'set-aside', count: 1 });
    expect((await storage.keptAside()).map((copy) => copy.value)).toEqual([broken]);
  });

  it('drops them with the saved state', async () => {
    const store = await openStore(writesNeverLand(idbBackend(idb)));
    store.getState().setDraft('form', { activity: 'gone' });
    store.persist.clearStorage();
    expect(page.getItem(KEPT)).toBeNull();
  });
});
