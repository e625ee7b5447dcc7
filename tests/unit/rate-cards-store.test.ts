import 'fake-indexeddb/auto';
import { createStore, get, keys, set, type UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { createDeviceStorage } from '../../src/state/persistence';
import { createAppStore } from '../../src/state/store';
import { loadCard } from '../helpers/builders';

let database = 0;
let idb: UseStore;
beforeEach(() => {
  idb = createStore(`cards-${++database}`, 'state');
});

async function openStore() {
  const storage = createDeviceStorage({ store: idb });
  const store = createAppStore(storage);
  if (!store.persist.hasHydrated())
    await new Promise<void>((resolve) => store.persist.onFinishHydration(() => resolve()));
  return { store, storage };
}

const leeds = (): RateCard => ({
  ...loadCard('rate-cards/england-2026-27.json'),
  id: 'leeds-2026-27',
  area: 'Leeds',
});

describe('rate cards kept on the device', () => {
  it('survive a reload beside the budgets', async () => {
    const first = await openStore();
    expect(first.store.getState().addRateCard(leeds(), 'imported')).toBe(true);
    await first.storage.flush();
    const second = await openStore();
    expect(second.store.getState().rateCards['leeds-2026-27']).toMatchObject({
      card: leeds(),
      origin: 'imported',
    });
  });

  it('are never replaced by another card with the same id', async () => {
    const { store } = await openStore();
    store.getState().addRateCard(leeds(), 'imported');
    expect(
      store.getState().addRateCard({ ...leeds(), name: 'Other' }, 'made', 'england-2026-27'),
    ).toBe(false);
    expect(store.getState().rateCards['leeds-2026-27']?.card.name).toEqual(leeds().name);
  });

  it('read state saved before cards were kept, with no cards', async () => {
    await set('support-budgets', { version: 1, state: { budgets: {}, drafts: {} } }, idb);
    const { store, storage } = await openStore();
    expect(store.getState().rateCards).toEqual({});
    expect(storage.health()).toEqual({ kind: 'ok' });
  });

  it('set aside a stored card that fails the rate-card rules, keep it, and load the rest', async () => {
    const bad = {
      card: { ...leeds(), id: 'bad', weeksPerYear: 'lots' },
      addedAt: 'x',
      origin: 'imported',
    };
    const good = { card: leeds(), addedAt: 'x', origin: 'made', basedOn: 'england-2026-27' };
    await set(
      'support-budgets',
      { version: 1, state: { budgets: {}, drafts: {}, rateCards: { bad, 'leeds-2026-27': good } } },
      idb,
    );
    const { store, storage } = await openStore();
    expect(Object.keys(store.getState().rateCards)).toEqual(['leeds-2026-27']);
    expect(storage.health()).toEqual({ kind: 'set-aside', count: 1 });
    const kept = (await keys(idb)).filter((key) =>
      String(key).startsWith('support-budgets:set-aside:rate-card:bad:'),
    );
    expect(kept).toHaveLength(1);
    expect(await get(kept[0] as string, idb)).toEqual(bad);
  });
});
