/**
 * The shipped rate cards are fetched as the app starts (src/io/shipped.ts), not carried in
 * its start-up script: read before they have arrived, the list says so rather than
 * answering "no cards" (which would show every saved budget as unpriceable); once loaded,
 * it is every card in rate-cards/, in file order, as the files hold them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT } from '../helpers/builders';

describe('the shipped rate cards', () => {
  it('cannot be read before they are loaded, and once loaded are every card file in order', async () => {
    // The module as the app first meets it: test files share one module registry, so
    // another file may have loaded the cards into the copy imported at the top.
    vi.resetModules();
    const { loadShippedRateCards, shippedRateCards } = await import('../../src/io/shipped');
    expect(() => shippedRateCards.items).toThrow(/before loadShippedRateCards has finished/);
    const loading = loadShippedRateCards();
    // Asked for again while loading, the same load answers.
    expect(loadShippedRateCards()).toBe(loading);
    await loading;
    const files = readdirSync(join(ROOT, 'rate-cards'))
      .filter((file) => file.endsWith('.json'))
      .sort();
    expect(shippedRateCards.items).toEqual(
      files.map(
        (file) => JSON.parse(readFileSync(join(ROOT, 'rate-cards', file), 'utf8')) as unknown,
      ),
    );
  });
});
