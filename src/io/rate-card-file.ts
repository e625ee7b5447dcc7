/** A rate card as a file people publish, send and import: the same checks as the command line. */
import { fileSizeProblem, parseJsonBytes, RATE_CARD_FILE_LIMITS } from '../domain/json-text';
import type { Problem, Result } from '../domain/problems';
import { readRateCard } from '../domain/read';
import type { RateCard } from '../domain/schema/rate-card';

export function rateCardFileText(card: RateCard): string {
  return `${JSON.stringify(card, null, 2)}\n`;
}

/** "leeds-2026-27.json": the id is what `--rate-card` and budget files call the card. */
export function rateCardFileName(card: RateCard): string {
  return `${card.id}.json`;
}

export function rateCardFileSizeProblem(bytes: number): Problem | null {
  return fileSizeProblem(bytes, RATE_CARD_FILE_LIMITS);
}

/** Reads a rate card from a file's bytes: UTF-8 only, as on the command line (see text-encoding.ts). */
export function readRateCardFileBytes(bytes: Uint8Array): Result<RateCard> {
  const json = parseJsonBytes(bytes, RATE_CARD_FILE_LIMITS);
  return json.ok ? readRateCard(json.value) : json;
}
