/** Budget and rate-card files for the commands: read, checked, and problems named by file. */
import { BUDGET_FILE_LIMITS, RATE_CARD_FILE_LIMITS } from '../domain/json-text';
import type { Problem } from '../domain/problems';
import { readBudget, readRateCard } from '../domain/read';
import type { Budget } from '../domain/schema/budget';
import type { RateCard } from '../domain/schema/rate-card';
import { isCardPath, readJsonFile, shippedCardIds, shippedCardPath } from './files';

export type Loaded<T> = { ok: true; value: T } | { ok: false; problems: readonly Problem[] };

export function loadBudget(file: string): Loaded<Budget> {
  const json = readJsonFile(file, BUDGET_FILE_LIMITS);
  const budget = json.ok ? readBudget(json.value) : json;
  return budget.ok ? budget : { ok: false, problems: inFile(file, budget.problems, '') };
}

/** A shipped card by its id, or a card file by its path. */
export function loadCard(reference: string): Loaded<RateCard> {
  let path = reference;
  if (!isCardPath(reference)) {
    const known = shippedCardIds();
    if (!known.includes(reference)) {
      return {
        ok: false,
        problems: [{ path: 'rateCard', key: 'validation.unknownRateCard', values: { id: reference, known: known.join(', ') } }],
      };
    }
    path = shippedCardPath(reference);
  }
  const json = readJsonFile(path, RATE_CARD_FILE_LIMITS);
  const card = json.ok ? readRateCard(json.value) : json;
  // Name the card file, so its problems are not mistaken for the budget's.
  return card.ok ? card : { ok: false, problems: inFile(reference, card.problems, `${reference} `) };
}

/** A problem with the whole file names the file; a field's problem names the field. */
export function inFile(file: string, problems: readonly Problem[], fieldPrefix: string): Problem[] {
  return problems.map((p) => ({ ...p, path: p.path === 'file' ? file : `${fieldPrefix}${p.path}` }));
}
