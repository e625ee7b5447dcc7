/**
 * What is worked out from a rate card, remembered for as long as the card lives. Cards are
 * never changed once read (an edit makes a new card), and a caseload prices thousands of
 * budgets on one card: its rates, settings and names need parsing once, not per budget.
 */
import type Decimal from 'decimal.js';
import { Dec } from '../money';
import type { RateCard } from '../schema/rate-card';

export function perCard<T>(work: (card: RateCard) => T): (card: RateCard) => T {
  return perObject(work);
}

/** `work` of an object that is never changed once read (a card, or a part of one), done once. */
export function perObject<K extends object, T>(work: (key: K) => T): (key: K) => T {
  const remembered = new WeakMap<K, T>();
  return (key) => {
    let value = remembered.get(key);
    if (value === undefined) {
      value = work(key);
      remembered.set(key, value);
    }
    return value;
  };
}

/** The card's weeks a year as a decimal: what every annual amount is a multiple of. */
export const weeksPerYearOf = perCard((card): Decimal => new Dec(card.weeksPerYear));
