import 'fake-indexeddb/auto';
import { createStore, set, type UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDeviceStorage, STATE_VERSION } from '../../src/state/persistence';

const NAME = 'support-budgets';
const EMPTY_STATE = { budgets: {}, drafts: {}, rateCards: {}, ledgers: {} };

let database = 0;
let idb: UseStore;
beforeEach(() => {
  idb = createStore(`saved-found-${++database}`, 'state');
});

describe('the device storage says when saved state is found (main.tsx fetches the start page list then)', () => {
  it('never calls a listener when nothing is saved', async () => {
    const storage = createDeviceStorage({ store: idb });
    const calls: string[] = [];
    storage.onSavedFound(() => calls.push('found'));
    expect(await storage.getItem(NAME)).toBeNull();
    expect(calls).toEqual([]);
  });

  it('calls each listener once, before the saved state has been read', async () => {
    await set(NAME, { state: EMPTY_STATE, version: STATE_VERSION }, idb);
    const storage = createDeviceStorage({ store: idb });
    const calls: string[] = [];
    storage.onSavedFound(() => calls.push('first'));
    storage.onSavedFound(() => calls.push('second'));
    const read = Promise.resolve(storage.getItem(NAME)).then((stored) => {
      calls.push('read');
      return stored;
    });
    expect((await read)?.state.budgets).toEqual({});
    expect(calls).toEqual(['first', 'second', 'read']);
    // Read again (another tab saved): nobody is told twice.
    await storage.getItem(NAME);
    expect(calls).toEqual(['first', 'second', 'read']);
  });

  it('calls a listener at once when the saved state was already found', async () => {
    await set(NAME, { state: EMPTY_STATE, version: STATE_VERSION }, idb);
    const storage = createDeviceStorage({ store: idb });
    await storage.getItem(NAME);
    let called = 0;
    storage.onSavedFound(() => called++);
    expect(called).toBe(1);
  });
});
