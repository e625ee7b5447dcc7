/**
 * The budget CSV, word for word, for the shipped examples and a seeded run of generated
 * budgets on each nation's card, in English and in Welsh, with and without dates and with
 * a period asked for. The files under tests/fixtures/budget-csv were written by the CSV
 * before it took its headings and row labels from the presentation model
 * (src/present/budget-table.ts): a finance import reads these columns and codes, so a
 * change to how the CSV is made must leave them byte for byte as they were.
 */
import { describe, expect, it } from 'vitest';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import { readBudget } from '../../src/domain/read';
import type { Budget } from '../../src/domain/schema/budget';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { createI18n } from '../../src/i18n';
import { budgetCsv } from '../../src/io/budget-csv';
import { loadCard, readJson } from '../helpers/builders';

const AS_OF = '2026-05-01';
const PERIOD = { from: '2026-06-01', to: '2026-08-31' };
const CARDS = ['england-2026-27', 'wales-2026-27'] as const;
const LANGUAGES = ['en', 'cy'] as const;
const cards: Readonly<Record<string, RateCard>> = Object.fromEntries(
  CARDS.map((id) => [id, loadCard(`rate-cards/${id}.json`)]),
);
const cardOf = (id: string): RateCard => cards[id] ?? loadCard(`rate-cards/${id}.json`);

function csvOf(budget: Budget, language: 'en' | 'cy', period?: typeof PERIOD): string {
  const priced = priceOnCard(budget, cardOf(budget.rateCard), { asOf: AS_OF });
  if (!priced.ok) throw new Error(`${budget.id}: ${JSON.stringify(priced.problems)}`);
  return budgetCsv(priced.value, createI18n(language).t, language, period);
}

function example(path: string): Budget {
  const read = readBudget(readJson(path));
  if (!read.ok) throw new Error(`${path}: ${JSON.stringify(read.problems)}`);
  return read.value;
}

const golden = (name: string) => `../fixtures/budget-csv/${name}.csv`;

describe('the budget CSV is as it was', () => {
  describe.each(LANGUAGES)('in %s', (language) => {
    it.each(['example-ann', 'example-ann.cy'])(
      'for %s, as at a date and for a period',
      async (name) => {
        const budget = example(`examples/${name}.json`);
        await expect(csvOf(budget, language)).toMatchFileSnapshot(golden(`${name}.in-${language}`));
        await expect(csvOf(budget, language, PERIOD)).toMatchFileSnapshot(
          golden(`${name}.in-${language}.period`),
        );
      },
    );

    it.each(CARDS)('for generated budgets on %s', async (card) => {
      const budgets = generateBudgets({ count: 8, seed: 20, rateCard: cardOf(card) });
      // Both kinds of file: the generator puts some in time and leaves others undated.
      expect(budgets.some((budget) => budget.plan === undefined)).toBe(true);
      expect(budgets.some((budget) => budget.plan !== undefined)).toBe(true);
      const text = budgets
        .map((budget, index) => csvOf(budget, language, index % 3 === 0 ? PERIOD : undefined))
        .join('\n');
      await expect(text).toMatchFileSnapshot(golden(`generated-${card}.in-${language}`));
    });
  });
});
