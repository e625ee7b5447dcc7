/**
 * `--cards <folder>`: rate cards a command knows by id beside the shipped ones, so that a
 * budget naming its area's own card (made or imported in the app and downloaded) prices
 * on it by its id, in `price`, `compare` (both sides) and `--cohort`.
 *
 * The folder is read as a `--cohort` folder is: only its own `.json` entries (not the
 * folders in it), never through a symbolic link, only regular files, each within the rate
 * card byte limit and UTF-8, and at most MAX_CARDS of them. Unlike a caseload, a card that
 * cannot be read is not passed over: a missing card would price budgets on another, so the
 * command stops and names each problem (exit 1). A card may not take a shipped card's id,
 * nor another file's.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RATE_CARD_FILE_LIMITS } from '../domain/json-text';
import type { Problem } from '../domain/problems';
import { readRateCard } from '../domain/read';
import type { RateCard } from '../domain/schema/rate-card';
import { readJsonFile, shippedCardIds } from './files';
import { inFile, type Loaded } from './load';

/** Cards by id, from a `--cards` folder; empty when the option is not given. */
export type CardShelf = ReadonlyMap<string, RateCard>;

export const NO_CARDS: CardShelf = new Map();

/** An area's cards over the years, and a few of its own: far more than any area keeps. */
export const MAX_CARDS = 200;

export function loadCardsFolder(folder: string | null): Loaded<CardShelf> {
  if (folder === null) return { ok: true, value: NO_CARDS };
  let names: string[];
  try {
    const stats = lstatSync(folder);
    if (stats.isSymbolicLink()) return refuse(folder, 'validation.symbolicLink');
    if (!stats.isDirectory()) return refuse(folder, 'cli.cards.notAFolder');
    names = readdirSync(folder)
      .filter((name) => name.toLowerCase().endsWith('.json'))
      .sort();
  } catch {
    return refuse(folder, 'cli.cards.noFolder');
  }
  if (names.length > MAX_CARDS)
    return refuse(folder, 'cli.cards.tooMany', { max: String(MAX_CARDS) });
  const shipped = new Set(shippedCardIds());
  const cards = new Map<string, RateCard>();
  const from = new Map<string, string>();
  const problems: Problem[] = [];
  for (const name of names) {
    const path = join(folder, name);
    const json = readJsonFile(path, RATE_CARD_FILE_LIMITS, { followLinks: false });
    const card = json.ok ? readRateCard(json.value) : json;
    if (!card.ok) {
      problems.push(...inFile(path, card.problems, `${path} `));
      continue;
    }
    const { id } = card.value;
    const earlier = from.get(id);
    if (shipped.has(id)) problems.push({ path, key: 'cli.cards.shippedId', values: { id } });
    else if (earlier !== undefined)
      problems.push({ path, key: 'cli.cards.sameId', values: { id, first: earlier } });
    else {
      cards.set(id, card.value);
      from.set(id, path);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: cards };
}

function refuse(
  folder: string,
  key: string,
  values: Record<string, string> = {},
): Loaded<CardShelf> {
  return { ok: false, problems: [{ path: folder, key, values: { folder, ...values } }] };
}
