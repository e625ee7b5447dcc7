/** Budget and rate-card files for the commands: read, checked, and problems named by file. */
import { BUDGET_FILE_LIMITS, RATE_CARD_FILE_LIMITS } from '../domain/json-text';
import type { Problem } from '../domain/problems';
import { readBudget, readRateCard } from '../domain/read';
import type { Budget } from '../domain/schema/budget';
import type { RateCard } from '../domain/schema/rate-card';
import {
  isCardPath,
  readJsonFile,
  SHIPPED_CARDS_DIR,
  shippedCardIds,
  shippedCardPath,
} from './files';

export type Loaded<T> = { ok: true; value: T } | { ok: false; problems: readonly Problem[] };

export function loadBudget(file: string): Loaded<Budget> {
  const json = readJsonFile(file, BUDGET_FILE_LIMITS);
  const budget = json.ok ? readBudget(json.value) : json;
  return budget.ok ? budget : { ok: false, problems: inFile(file, budget.problems, '') };
}

/**
 * The card a `--rate-card` option gives: a shipped card by its id, or a card file by its
 * path. Only the option names a file: a budget's `rateCard` is always an id (see
 * loadShippedCard), so a budget cannot point the tool at a file.
 */
export function loadCardOption(
  reference: string,
  cards: ReadonlyMap<string, RateCard> = new Map(),
): Loaded<RateCard> {
  return isCardPath(reference)
    ? loadCardFile(reference, reference)
    : loadCardById(reference, cards);
}

/** The card to price a budget on: the `--rate-card` option's if given, else the one the budget names. */
export function loadCardFor(
  budget: Budget,
  option: string | null,
  cards: ReadonlyMap<string, RateCard> = new Map(),
): Loaded<RateCard> {
  return option === null ? loadCardById(budget.rateCard, cards) : loadCardOption(option, cards);
}

/**
 * A card by its id: one of a `--cards` folder's (see cards-folder.ts), else a shipped
 * one. With a folder given, a card in neither is named as such, listing both.
 */
export function loadCardById(id: string, cards: ReadonlyMap<string, RateCard>): Loaded<RateCard> {
  const own = cards.get(id);
  if (own !== undefined) return { ok: true, value: own };
  const shipped = loadShippedCard(id);
  if (shipped.ok || cards.size === 0 || shipped.problems[0]?.key !== 'validation.unknownRateCard')
    return shipped;
  const known = [...shippedCardIds(), ...cards.keys()].sort().join(', ');
  return {
    ok: false,
    problems: [{ path: 'rateCard', key: 'cli.cards.unknownCard', values: { id, known } }],
  };
}

/**
 * The card a budget (or the option) names by id: only a shipped card, and only if the
 * card in that file has that id. `folder` is the shipped cards' folder, given by tests.
 */
export function loadShippedCard(id: string, folder = SHIPPED_CARDS_DIR): Loaded<RateCard> {
  const known = shippedCardIds(folder);
  if (!known.includes(id)) {
    return {
      ok: false,
      problems: [
        {
          path: 'rateCard',
          key: 'validation.unknownRateCard',
          values: { id, known: known.join(', ') },
        },
      ],
    };
  }
  const card = loadCardFile(shippedCardPath(id, folder), id);
  if (card.ok && card.value.id !== id) {
    return {
      ok: false,
      problems: [
        {
          path: 'rateCard',
          key: 'validation.cardIdMismatch',
          values: { id, found: card.value.id },
        },
      ],
    };
  }
  return card;
}

/** A card file, its problems named by `name` (the path or id given), not the budget's. */
function loadCardFile(path: string, name: string): Loaded<RateCard> {
  const json = readJsonFile(path, RATE_CARD_FILE_LIMITS);
  const card = json.ok ? readRateCard(json.value) : json;
  return card.ok ? card : { ok: false, problems: inFile(name, card.problems, `${name} `) };
}

/** A problem with the whole file names the file; a field's problem names the field. */
export function inFile(file: string, problems: readonly Problem[], fieldPrefix: string): Problem[] {
  return problems.map((p) => ({
    ...p,
    path: p.path === 'file' ? file : `${fieldPrefix}${p.path}`,
  }));
}
