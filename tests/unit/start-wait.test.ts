/**
 * A start that is late (a fetch before the first page that never ends) reloads the page
 * once; late again straight after, it does not reload again (ui/site/start-wait.ts).
 */
import { describe, expect, it } from 'vitest';
import { reloadForLateStart, startedInTime } from '../../src/ui/site/start-wait';

/** Session storage as a tab has it. */
function session() {
  const kept = new Map<string, string>();
  return {
    getItem: (key: string) => kept.get(key) ?? null,
    setItem: (key: string, value: string) => void kept.set(key, value),
    removeItem: (key: string) => void kept.delete(key),
  };
}

describe('a late start', () => {
  it('reloads once, not again within two minutes, and again after them [H24.5]', () => {
    const tab = session();
    expect(reloadForLateStart(tab, 1_000_000)).toBe(true);
    expect(reloadForLateStart(tab, 1_000_000 + 25_000)).toBe(false);
    expect(reloadForLateStart(tab, 1_000_000 + 119_999)).toBe(false);
    expect(reloadForLateStart(tab, 1_000_000 + 120_000)).toBe(true);
  });

  it('may reload again once a start has come in time', () => {
    const tab = session();
    expect(reloadForLateStart(tab, 5_000)).toBe(true);
    startedInTime(tab);
    expect(reloadForLateStart(tab, 6_000)).toBe(true);
  });

  it('never reloads where the tab cannot note it', () => {
    expect(reloadForLateStart(null, 5_000)).toBe(false);
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    expect(reloadForLateStart(refusing, 5_000)).toBe(false);
    expect(() => startedInTime(refusing)).not.toThrow();
  });
});
