/**
 * What a rate card's own figures say about every budget priced on it (docs/rate-cards.md,
 * "Warnings about a card"). A card may be valid and still price paid care at nothing: a
 * rate of £0.00 costs every hour at it at £0.00, and a carer threshold of 0 hours flags
 * every carer, whatever they give. Neither is refused (a card being drafted may hold
 * them), but neither may pass unsaid.
 */
import { Dec } from './money';
import type { CarerPolicy, RateCard } from './schema/rate-card';
import { paidRateTables, rateFigures } from './schema/rate-card-figures';

export type CardWarning =
  | { readonly id: 'card-paid-rates-zero'; readonly figures: readonly string[] }
  | { readonly id: 'card-carer-threshold-zero'; readonly figures: readonly string[] };

const HOURS_THRESHOLDS = [
  'noticeHours',
  'highHours',
  'veryHighHours',
] as const satisfies readonly (keyof CarerPolicy)[];

/** A card's warnings, each naming its figures by path (docs/conventions.md), in card order. */
export function cardWarnings(card: RateCard): CardWarning[] {
  const zeroRates = paidRateTables(card)
    .flatMap(([prefix, rates]) => rateFigures(prefix, rates))
    .filter(([, amount]) => new Dec(amount).isZero())
    .map(([path]) => path);
  const zeroThresholds = HOURS_THRESHOLDS.filter((name) =>
    new Dec(card.carerPolicy[name]).isZero(),
  ).map((name) => `carerPolicy.${name}`);
  return [
    ...(zeroRates.length === 0
      ? []
      : [{ id: 'card-paid-rates-zero', figures: zeroRates } as const]),
    ...(zeroThresholds.length === 0
      ? []
      : [{ id: 'card-carer-threshold-zero', figures: zeroThresholds } as const]),
  ];
}
