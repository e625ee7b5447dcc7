import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../src/domain/local-date';
import { priceChange } from '../../src/domain/rate-card-change';
import {
  cardInForce,
  isOutOfDate,
  newerCardFor,
  startingCard,
} from '../../src/domain/rate-card-validity';
import type { Budget } from '../../src/domain/schema/budget';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { loadCard, readJson } from '../helpers/builders';

const y2025 = loadCard('rate-cards/england-2025-26.json');
const y2026 = loadCard('rate-cards/england-2026-27.json');
const wales = loadCard('rate-cards/wales-2025-26.json');
const cards = [y2025, y2026, wales];
const card = (fields: Partial<RateCard>): RateCard => ({ ...y2026, ...fields });

describe('when a rate card is out of date', () => {
  it('is in date on its last day, and out of date the day after', () => {
    expect(isOutOfDate(y2025, '2026-03-31')).toBe(false);
    expect(isOutOfDate(y2025, '2026-04-01')).toBe(true);
  });

  it("reads today's date from the device's own clock, not UTC", () => {
    expect(localIsoDate(new Date(2026, 3, 1, 0, 30))).toBe('2026-04-01');
  });
});

describe('the newer card for the same area', () => {
  it('is the later card of the same area, never another area', () => {
    expect(newerCardFor(y2025, cards, '2026-11-23')?.id).toBe('england-2026-27');
    expect(newerCardFor(wales, cards, '2026-11-23')).toBeUndefined();
  });

  it('prefers the card in force today over one published ahead of its year', () => {
    const ahead = card({ id: 'england-2027-28', validFrom: '2027-04-01', validTo: '2028-03-31' });
    expect(newerCardFor(y2025, [...cards, ahead], '2026-11-23')?.id).toBe('england-2026-27');
    expect(newerCardFor(y2025, [...cards, ahead], '2027-05-01')?.id).toBe('england-2027-28');
  });

  it('matches areas written loosely, and offers a card published ahead when none is in force', () => {
    const leeds = card({
      id: 'leeds-2025-26',
      area: 'Leeds',
      validFrom: '2025-04-01',
      validTo: '2026-03-31',
    });
    const next = card({
      id: 'leeds-2027-28',
      area: ' leeds ',
      validFrom: '2027-04-01',
      validTo: '2028-03-31',
    });
    expect(newerCardFor(leeds, [leeds, next], '2026-11-23')?.id).toBe('leeds-2027-28');
  });
});

describe('two cards of an area starting the same day', () => {
  // Re-issued the same day under two ids: a capital sorts before every small letter by
  // code unit ('Z' is U+005A, 'a' U+0061), where a reader's collator would put 'again'
  // first. The choice must not depend on the machine's language: the page and the command
  // line choose one card.
  const again = card({ id: 'again-2026-27' });
  const zed = card({ id: 'Zed-2026-27' });

  it('gives the one whose id comes first in code-unit order, in force, starting or newer', () => {
    expect(cardInForce([again, zed, y2025], 'England', '2026-11-23')?.id).toBe('Zed-2026-27');
    expect(cardInForce([zed, again], 'England', '2026-11-23')?.id).toBe('Zed-2026-27');
    expect(startingCard([again, zed], 'England', '2026-01-01')?.id).toBe('Zed-2026-27');
    expect(startingCard([again, zed], 'England', '2027-06-01')?.id).toBe('Zed-2026-27');
    expect(newerCardFor(y2025, [again, zed, y2025], '2026-11-23')?.id).toBe('Zed-2026-27');
  });
});

describe('what a budget costs on the newer card', () => {
  it('is each card priced in full, and the difference of the rounded totals', () => {
    const ann = readJson('examples/example-ann.json') as Budget;
    const change = priceChange(ann, y2025, y2026);
    if (!change.ok) throw new Error(JSON.stringify(change.problems));
    const text = (m: { toFixed(places: number): string }) => m.toFixed(2);
    // The headless command gives £869.79 / £45,353.54 on 2025-26 and £903.26 / £47,098.41 on 2026-27.
    expect(text(change.value.current.weekly)).toBe('869.79');
    expect(text(change.value.newer.weekly)).toBe('903.26');
    expect(text(change.value.difference.weekly)).toBe('33.47');
    expect(text(change.value.difference.annual)).toBe('1744.87');
  });

  it('says why a budget cannot be priced on the newer card', () => {
    const ann = readJson('examples/example-ann.json') as Budget;
    const bare = card({ registeredProvider: { ...y2026.registeredProvider, providers: [] } });
    const change = priceChange(ann, y2025, bare);
    expect(change.ok).toBe(false);
  });
});
