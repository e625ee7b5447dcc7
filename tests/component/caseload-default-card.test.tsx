/**
 * With no card chosen, the caseload page prices every budget on the card most of them
 * name, of the cards it has: counted as the files are read, whichever card comes first
 * in the page's list.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { budgetFileText } from '../../src/io/budget-file';
import { caseloadRateCards } from '../../src/state/caseload/caseload-cards';
import { useCaseloadStore } from '../../src/state/caseload/caseload-store';
import { loadCard } from '../helpers/builders';

const england = loadCard('rate-cards/england-2025-26.json');
const wales = loadCard('rate-cards/wales-2025-26.json');

afterEach(() => useCaseloadStore.getState().clear());

describe("the caseload page's card when none is chosen", () => {
  it('is the card most budgets name, not the first the page lists', async () => {
    const known = caseloadRateCards().map((card) => card.id);
    // England comes before Wales, so a page that ignored the count would choose England.
    expect(known.indexOf(england.id)).toBeLessThan(known.indexOf(wales.id));
    const budgets = [
      ...generateBudgets({ count: 1, seed: 4, rateCard: england, linesPerBudget: 2 }),
      ...generateBudgets({ count: 2, seed: 5, rateCard: wales, linesPerBudget: 2 }),
    ];
    useCaseloadStore.getState().addFiles(
      budgets.map((budget, index) => ({
        name: `budget-${index}.json`,
        file: new Blob([budgetFileText(budget)]),
      })),
    );
    await vi.waitFor(() => expect(useCaseloadStore.getState().phase).toBe('ready'), {
      timeout: 30_000,
      interval: 100,
    });
    const { cardId, cardsNamed, entries } = useCaseloadStore.getState();
    expect(Object.fromEntries(cardsNamed)).toEqual({ [england.id]: 1, [wales.id]: 2 });
    expect(cardId).toBe(wales.id);
    expect(entries).toHaveLength(3);
  }, 60_000);
});
