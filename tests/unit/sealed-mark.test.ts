/**
 * The mark that tells a page, in its first task, that the saved state is sealed under the
 * passphrase lock (src/state/sealed-mark.ts): set while sealed, gone once plain again.
 */
import { describe, expect, it } from 'vitest';
import type { AtRestState } from '../../src/state/sealed-backend';
import { hasSealedMark, keepSealedMark, sealedMarkKey } from '../../src/state/sealed-mark';
import { createSignal } from '../../src/state/signal';

/** localStorage's methods over a Map; `refuse` makes every call throw, as blocked storage does. */
function memoryStorage(refuse = false): Storage {
  const items = new Map<string, string>();
  const guard = () => {
    if (refuse) throw new DOMException('blocked', 'SecurityError');
  };
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => {
      guard();
      return items.get(key) ?? null;
    },
    setItem: (key, value) => {
      guard();
      items.set(key, value);
    },
    removeItem: (key) => {
      guard();
      items.delete(key);
    },
  };
}

describe('the sealed mark', () => {
  it('is set when the saved state is found sealed or the lock goes on, and gone when it goes off', () => {
    const storage = memoryStorage();
    const state = createSignal<AtRestState>('plain');
    keepSealedMark(state, storage, 'support-budgets');
    expect(hasSealedMark(storage, 'support-budgets')).toBe(false);

    state.set('locked'); // a sealed copy read without the key
    expect(hasSealedMark(storage, 'support-budgets')).toBe(true);
    expect(storage.getItem(sealedMarkKey('support-budgets'))).toBe('1');
    state.set('open'); // unlocked: still sealed on the device
    expect(hasSealedMark(storage, 'support-budgets')).toBe(true);
    state.set('plain'); // the lock turned off
    expect(hasSealedMark(storage, 'support-budgets')).toBe(false);
    expect(storage.length).toBe(0);
  });

  it('is another store’s own, and holds nothing but that the lock is on', () => {
    const storage = memoryStorage();
    const state = createSignal<AtRestState>('plain');
    keepSealedMark(state, storage, 'support-budgets');
    state.set('open');
    expect(hasSealedMark(storage, 'another-store')).toBe(false);
    expect([...Array(storage.length).keys()].map((index) => storage.key(index))).toEqual([
      'support-budgets:sealed',
    ]);
  });

  it('reads as not sealed, and never throws, where storage is refused or missing', () => {
    const state = createSignal<AtRestState>('plain');
    keepSealedMark(state, memoryStorage(true), 'support-budgets');
    expect(() => state.set('locked')).not.toThrow();
    expect(hasSealedMark(memoryStorage(true), 'support-budgets')).toBe(false);
    expect(hasSealedMark(null, 'support-budgets')).toBe(false);
  });
});
