/**
 * The hostile corpus read in-process, as the app reads a file it is given (parse, then the
 * budget or card rules): each file is refused with exactly the fields the corpus names,
 * every message exists in English and reads as text, and Object.prototype is untouched
 * after every file. The command-line run of the same corpus is cli-hostile.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBudgetAgainstCard } from '../../src/domain/check-against-card';
import { parseJsonText, RATE_CARD_FILE_LIMITS } from '../../src/domain/json-text';
import type { Problem, Result } from '../../src/domain/problems';
import { readRateCard } from '../../src/domain/read';
import { createI18n } from '../../src/i18n';
import { describeProblem } from '../../src/i18n/problems';
import { readBudgetFileText } from '../../src/io/budget-file-read';
import { loadShippedRateCards, shippedRateCards } from '../../src/io/shipped';
import { HOSTILE_CARDS } from '../helpers/hostile-cards';
import { HOSTILE_BUDGETS, VALID_BUDGETS } from '../helpers/hostile-budgets';
import {
  expectPrototypesUntouched,
  HOSTILE_BUDGET_DIR,
  HOSTILE_CARD_DIR,
  type Expectation,
} from '../helpers/hostile-corpus';

const i18n = createI18n('en');

/** Refused, naming exactly the expected fields, each message a real English sentence. */
function expectRefused(result: Result<unknown>, expectation: Expectation): void {
  expect(result.ok).toBe(false);
  const problems: readonly Problem[] = result.ok ? [] : result.problems;
  expect(problems.map((found) => found.path)).toEqual(expectation.named.map(([path]) => path));
  for (const found of problems) {
    expect(i18n.exists(found.key), `${found.key} is an English message`).toBe(true);
    const said = describeProblem(found, i18n.t);
    expect(said).not.toMatch(/\{\{|undefined|NaN|\[object Object\]/);
  }
  const said = problems.map((found) => describeProblem(found, i18n.t));
  for (const [path, words = ''] of expectation.named) {
    expect(
      said.some((line) => line.startsWith(`${path}: `) && line.includes(words)),
      `${path}: …${words}… in ${said.join(' | ')}`,
    ).toBe(true);
  }
}

// The app loads the shipped cards before its first page (main.tsx); so does this test.
beforeAll(() => loadShippedRateCards());
describe('hostile budget files, read as the app reads them', () => {
  it('every file in the folder has an expectation [H10.2]', () => {
    expect(
      readdirSync(HOSTILE_BUDGET_DIR)
        .filter((name) => !VALID_BUDGETS.includes(name))
        .sort(),
    ).toEqual(Object.keys(HOSTILE_BUDGETS).sort());
  });

  it.each(Object.entries(HOSTILE_BUDGETS))('%s', (name, expectation) => {
    const result = readBudgetFileText(readFileSync(join(HOSTILE_BUDGET_DIR, name), 'utf8'));
    if (expectation.cardOnly === true) {
      // A valid budget that does not fit its card: the card check names the field.
      expect(result.ok).toBe(true);
      const budget = result.ok ? result.value : null;
      const card =
        budget === null
          ? undefined
          : shippedRateCards.items.find((shipped) => shipped.id === budget.rateCard);
      const problems =
        budget !== null && card !== undefined ? checkBudgetAgainstCard(budget, card) : [];
      if (card === undefined) expect(expectation.named.map(([path]) => path)).toEqual(['rateCard']);
      else expectRefused({ ok: false, problems }, expectation);
    } else {
      expectRefused(result, expectation);
    }
    expectPrototypesUntouched();
  });
});

describe('hostile rate cards, read as a card file is read', () => {
  it.each(Object.entries(HOSTILE_CARDS))('%s', (name, expectation) => {
    const json = parseJsonText(
      readFileSync(join(HOSTILE_CARD_DIR, name), 'utf8'),
      RATE_CARD_FILE_LIMITS,
    );
    expectRefused(json.ok ? readRateCard(json.value) : json, expectation);
    expectPrototypesUntouched();
  });
});
