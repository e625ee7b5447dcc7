/** A rate card named on the command line: the id of a shipped card, or the path of a card file. */
import { RATE_CARD_FILE_LIMITS } from '../domain/json-text';
import type { Problem } from '../domain/problems';
import { readRateCard } from '../domain/read';
import type { RateCard } from '../domain/schema/rate-card';
import { isCardPath, readJsonFile, shippedCardIds, shippedCardPath } from './files';

export type LoadedCard = { ok: true; card: RateCard } | { ok: false; problems: readonly Problem[] };

export function loadCard(reference: string): LoadedCard {
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
  if (!card.ok) return { ok: false, problems: inFile(reference, card.problems, `${reference} `) };
  return { ok: true, card: card.value };
}

/** A problem with the whole file names the file; a field's problem names the field. */
export function inFile(file: string, problems: readonly Problem[], fieldPrefix: string): Problem[] {
  return problems.map((p) => ({ ...p, path: p.path === 'file' ? file : `${fieldPrefix}${p.path}` }));
}
