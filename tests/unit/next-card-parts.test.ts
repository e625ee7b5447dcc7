/**
 * Next year's card is compared in parts: each of the page's workers compares the budgets
 * it priced, and one merges the parts. Whatever the split, and whatever order the budgets
 * came in, the comparison is the one of the whole caseload at once, as the command gives it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareCards,
  comparisonOf,
  comparisonPartOf,
  mergeComparisonParts,
  nextEntryOf,
  RISES_SHOWN,
  type NextEntry,
} from '../../src/domain/caseload/next-card';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import type { CaseloadEntry } from '../../src/domain/caseload/entry';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { loadCard } from '../helpers/builders';

const AS_OF = '2025-10-15';
const card = loadCard('rate-cards/england-2025-26.json');
const nextCard = loadCard('rate-cards/england-2026-27.json');
const budgets = generateBudgets({ count: 120, seed: 31, rateCard: card });
const entries: CaseloadEntry[] = budgets.map((budget) => {
  const priced = priceCaseloadBudget(budget, card, `${budget.id}.json`, { asOf: AS_OF });
  if (!priced.ok) throw new Error('a generated budget did not price');
  return priced.value;
});
/** Every budget on next year's card but every seventh, which that card is taken not to price. */
const next: NextEntry[] = budgets.flatMap((budget, index) => {
  if (index % 7 === 3) return [];
  const priced = priceCaseloadBudget(budget, nextCard, `${budget.id}.json`, { asOf: AS_OF });
  return priced.ok ? [nextEntryOf(priced.value)] : [];
});
const whole = compareCards(entries, next, card, nextCard);

/** The entries in some order, cut into consecutive parts at the given places. */
const splits = fc
  .tuple(
    fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }),
    fc.uniqueArray(fc.integer({ min: 1, max: entries.length - 1 }), { maxLength: 6 }),
  )
  .map(([shuffled, cuts]) => {
    const at = [0, ...[...cuts].sort((a, b) => a - b), shuffled.length];
    return at.slice(1).map((end, index) => shuffled.slice(at[index], end));
  });

describe('next year’s card compared in parts', () => {
  it('is compared over budgets both cards price, and lists the rest', () => {
    expect(whole.count).toBe(next.length);
    expect(whole.notOnNextCard).toHaveLength(entries.length - next.length);
    expect(whole.rises).toHaveLength(RISES_SHOWN);
  });

  it('gives the whole caseload’s comparison, byte for byte, however it is split and ordered', () => {
    fc.assert(
      fc.property(splits, fc.boolean(), (parts, inTwo) => {
        const compared = parts.map((part) => comparisonPartOf(part, next));
        // As the engines do: a part a chunk, merged in each engine, then the engines' merged.
        const merged = inTwo
          ? mergeComparisonParts([
              mergeComparisonParts(compared.filter((_, index) => index % 2 === 0)),
              mergeComparisonParts(compared.filter((_, index) => index % 2 === 1)),
            ])
          : mergeComparisonParts(compared);
        // Through JSON, as a part crosses from a worker.
        const sent = JSON.parse(JSON.stringify(merged)) as typeof merged;
        expect(JSON.stringify(comparisonOf(sent, card, nextCard))).toBe(JSON.stringify(whole));
      }),
      { numRuns: 40 },
    );
  });

  it('orders the areas of life by the card, whatever budget names them first', () => {
    const reversed = compareCards([...entries].reverse(), next, card, nextCard);
    expect(Object.keys(reversed.byDomain)).toEqual(Object.keys(whole.byDomain));
    const known = [...card.domains.map((domain) => domain.id), 'general'];
    const keys = Object.keys(whole.byDomain);
    expect(keys).toEqual(known.filter((id) => keys.includes(id)));
    expect(Object.keys(whole.byCohort)).toEqual([...Object.keys(whole.byCohort)].sort());
  });
});
