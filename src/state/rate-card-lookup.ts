/**
 * Every rate card the tool knows: the shipped ones, then those kept on this device
 * (imported or made here), in one list so every place a card is chosen or looked up
 * sees both. A device card never takes a shipped card's id (import and make refuse it).
 */
import type { RateCard } from '../domain/schema/rate-card';
import { shippedRateCards } from '../io/shipped';
import type { SavedRateCard } from './rate-cards-slice';
import { useAppStore } from './store';
import { latestFirst } from '../domain/rate-card-validity';

export function knownRateCards(device: Readonly<Record<string, SavedRateCard>>): RateCard[] {
  const shippedIds = new Set(shippedRateCards.items.map((card) => card.id));
  const own = Object.values(device)
    .map((saved) => saved.card)
    .filter((card) => !shippedIds.has(card.id))
    .sort((a, b) => a.area.localeCompare(b.area) || latestFirst(a, b));
  return [...shippedRateCards.items, ...own];
}

/** For event handlers and lookups outside rendering. */
export function allRateCards(): RateCard[] {
  return knownRateCards(useAppStore.getState().rateCards);
}

/** A shipped card, or one kept on this device (imported or made in the app). */
export function rateCardById(id: string): RateCard | undefined {
  return (
    shippedRateCards.items.find((card) => card.id === id) ??
    useAppStore.getState().rateCards[id]?.card
  );
}

export function isShippedCard(id: string): boolean {
  return shippedRateCards.items.some((card) => card.id === id);
}
