/**
 * Whether a budget's rate card has run out, and which newer card of the same area
 * replaces it. What the budget would cost on that card is rate-card-change.ts, apart, so
 * that the start page, which picks a new budget's card here, does without the pricing.
 * Dates are calendar dates as text (`2026-03-31`), compared as text: the format sorts as
 * dates do. Ties go to the card id in code-unit order, the same on every machine, so the
 * page and the command line choose the same card whatever language the machine reads.
 */
import type { RateCard } from './schema/rate-card';
import { byCodeUnits } from './code-unit-order';

/**
 * Cards in order of their start, the latest first; of two starting the same day, the one
 * whose id comes first in code-unit order.
 */
export const latestFirst = (
  a: Pick<RateCard, 'validFrom' | 'id'>,
  b: Pick<RateCard, 'validFrom' | 'id'>,
): number => byCodeUnits(b.validFrom, a.validFrom) || byCodeUnits(a.id, b.id);

/** A card is out of date from the day after its `validTo`. */
export function isOutOfDate(card: Pick<RateCard, 'validTo'>, today: string): boolean {
  return today > card.validTo;
}

/** "England" and " england " are one area: people type the names of places loosely. */
export function sameArea(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The card that replaces `card`: another card of the same area that starts later. The
 * one in force today is preferred (the latest-starting, if two overlap); failing that,
 * the latest-starting of the rest, so a card published ahead of its year still shows.
 */
export function newerCardFor(
  card: RateCard,
  cards: readonly RateCard[],
  today: string,
): RateCard | undefined {
  const later = cards
    .filter(
      (other) =>
        other.id !== card.id && sameArea(other.area, card.area) && other.validFrom > card.validFrom,
    )
    .sort(latestFirst);
  return later.find((other) => isInForce(other, today)) ?? later[0];
}

/** Whether `today` falls within the card's dates, both days included. */
export function isInForce(card: Pick<RateCard, 'validFrom' | 'validTo'>, today: string): boolean {
  return card.validFrom <= today && today <= card.validTo;
}

/**
 * The card of an area in force today: the latest-starting, if two overlap (a card
 * re-issued mid-year). Undefined when no card of the area covers today.
 */
export function cardInForce(
  cards: readonly RateCard[],
  area: string,
  today: string,
): RateCard | undefined {
  return cards
    .filter((card) => sameArea(card.area, area) && isInForce(card, today))
    .sort(latestFirst)[0];
}

/**
 * The card a new budget of an area starts on: the one in force today; failing that, the
 * latest-starting card of the area that has begun (ended, which the page then says);
 * failing that, the earliest not yet begun. Undefined only when the area has no card.
 */
export function startingCard(
  cards: readonly RateCard[],
  area: string,
  today: string,
): RateCard | undefined {
  const inForce = cardInForce(cards, area, today);
  if (inForce !== undefined) return inForce;
  const ofArea = cards.filter((card) => sameArea(card.area, area));
  const begun = ofArea.filter((card) => card.validFrom <= today).sort(latestFirst);
  const ahead = ofArea
    .filter((card) => card.validFrom > today)
    .sort((a, b) => byCodeUnits(a.validFrom, b.validFrom) || byCodeUnits(a.id, b.id));
  return begun[0] ?? ahead[0];
}
