import 'fake-indexeddb/auto';
import { createStore, get, set } from 'idb-keyval';
import { beforeAll, describe, expect, it } from 'vitest';
import { isSealedEnvelope, type SealedEnvelope } from '../../src/state/at-rest-crypto';
import {
  changePassphrase,
  lockNow,
  turnOff,
  turnOn,
  unlock,
} from '../../src/state/passphrase-lock';
import { atRest, deviceStorage, useAppStore } from '../../src/state/store';

// The app's own store and database, as the pages use them.
const idb = createStore('support-budget-builder', 'state');
const stored = () => get('support-budgets', idb);
const storedDrafts = () => get('support-budgets:drafts', idb);

beforeAll(async () => {
  if (!useAppStore.persist.hasHydrated())
    await new Promise<void>((resolve) => useAppStore.persist.onFinishHydration(() => resolve()));
});

describe('the passphrase lock', { timeout: 60_000 }, () => {
  let id = '';

  it('turned on, saves every change sealed: no budget or draft text is left readable [H9.9]', async () => {
    id = useAppStore.getState().createBudget('england-2025-26');
    useAppStore.getState().updateAbout(id, {
      title: 'Plan for Ann Secret',
      person: { name: 'Ann Secret' },
      fundingRoute: 'direct-payment',
      rateCard: 'england-2025-26',
      indicativeAnnual: null,
    } as never);
    await deviceStorage.flush();
    expect(JSON.stringify(await stored())).toContain('Ann Secret');
    expect(await turnOn('correct horse battery')).toBe('done');
    useAppStore.getState().setDraft(`${id}/about/-`, { name: 'Ann Secret typing' });
    await deviceStorage.flush();
    const sealed = await stored();
    expect(isSealedEnvelope(sealed)).toBe(true);
    // The whole name, not 'Ann': three letters turn up by chance in base64 ciphertext
    // (about one write in seventy), a space never does.
    expect(JSON.stringify(sealed)).not.toContain('Ann Secret');
    // The keystroke's draft, written on its own, is sealed too.
    const draft = await storedDrafts();
    expect(isSealedEnvelope(draft)).toBe(true);
    expect(JSON.stringify(draft)).not.toContain('Ann Secret');
  });

  it('locking saves what was typed first, then clears every budget from memory and writes nothing [H9.10]', async () => {
    useAppStore.getState().setDraft(`${id}/about/-`, { name: 'typed just before locking' });
    await lockNow();
    expect(atRest.state.get()).toBe('locked');
    expect(useAppStore.getState().budgets).toEqual({});
    expect(useAppStore.getState().drafts).toEqual({});
    expect(isSealedEnvelope(await stored())).toBe(true);
  });

  it('a wrong passphrase opens nothing and changes nothing stored', async () => {
    const before = await stored();
    expect(await unlock('wrong horse battery')).toBe('wrong-passphrase');
    expect(atRest.state.get()).toBe('locked');
    expect(useAppStore.getState().budgets).toEqual({});
    expect(await stored()).toEqual(before);
  });

  it('tampered data fails closed: nothing opens, nothing is written, no plain text fallback', async () => {
    const before = (await stored()) as SealedEnvelope;
    const bytes = Uint8Array.from(atob(before.ciphertext), (c) => c.charCodeAt(0));
    bytes[3] = (bytes[3] ?? 0) ^ 0xff;
    const tampered = { ...before, ciphertext: btoa(String.fromCharCode(...bytes)) };
    await set('support-budgets', tampered, idb);
    expect(await unlock('correct horse battery')).toBe('wrong-passphrase');
    useAppStore.getState().createBudget('england-2025-26'); // refused while locked
    await deviceStorage.flush();
    expect(await stored()).toEqual(tampered);
    await set('support-budgets', before, idb);
  });

  it('the right passphrase brings back the budgets and the draft typed before locking', async () => {
    expect(await unlock('correct horse battery')).toBe('done');
    expect(useAppStore.getState().budgets[id]?.budget.person.name).toBe('Ann Secret');
    expect(useAppStore.getState().drafts[`${id}/about/-`]).toEqual({
      name: 'typed just before locking',
    });
  });

  it('changing the passphrase needs the current one, and re-seals under a new salt', async () => {
    const before = (await stored()) as SealedEnvelope;
    expect(await changePassphrase('not it at all', 'purple tractor meadow')).toBe(
      'wrong-passphrase',
    );
    expect(await changePassphrase('correct horse battery', 'purple tractor meadow')).toBe('done');
    const after = (await stored()) as SealedEnvelope;
    expect(after.salt).not.toBe(before.salt);
    // The drafts, kept under their own key, are sealed again under the new passphrase too.
    expect(((await storedDrafts()) as SealedEnvelope).salt).toBe(after.salt);
    await lockNow();
    expect(await unlock('correct horse battery')).toBe('wrong-passphrase');
    expect(await unlock('purple tractor meadow')).toBe('done');
  });

  it('turning it off needs the passphrase, and saves the budgets as they were, readable again', async () => {
    expect(await turnOff('correct horse battery')).toBe('wrong-passphrase');
    expect(isSealedEnvelope(await stored())).toBe(true);
    expect(await turnOff('purple tractor meadow')).toBe('done');
    expect(atRest.state.get()).toBe('plain');
    expect(JSON.stringify(await stored())).toContain('Ann Secret');
    expect(JSON.stringify(await storedDrafts())).toContain('typed just before locking');
  });
});
