/**
 * Rate cards kept on this device beside the shipped ones: imported from a file or made
 * in the app. A card is never changed once saved (budgets are priced on it by its id):
 * an update is a new card with its own id and dates.
 */
import type { StateCreator } from 'zustand';
import type { RateCard } from '../domain/schema/rate-card';

export interface SavedRateCard {
  readonly card: RateCard;
  readonly addedAt: string;
  /** How it came here: from a file, or made in the app from another card (`basedOn`). */
  readonly origin: 'imported' | 'made';
  readonly basedOn?: string;
}

export interface RateCardsSlice {
  rateCards: Readonly<Record<string, SavedRateCard>>;
  /** Refused (false) if a card with its id is already on the device. */
  addRateCard(card: RateCard, origin: 'imported' | 'made', basedOn?: string): boolean;
  deleteRateCard(id: string): void;
}

export const createRateCardsSlice: StateCreator<RateCardsSlice, [], [], RateCardsSlice> = (
  set,
  get,
) => ({
  rateCards: {},
  addRateCard(card, origin, basedOn) {
    if (get().rateCards[card.id] !== undefined) return false;
    const saved: SavedRateCard = {
      card,
      addedAt: new Date().toISOString(),
      origin,
      ...(basedOn === undefined ? {} : { basedOn }),
    };
    set((state) => ({ rateCards: { ...state.rateCards, [card.id]: saved } }));
    return true;
  },
  deleteRateCard(id) {
    set((state) => {
      const { [id]: _deleted, ...rest } = state.rateCards;
      return { rateCards: rest };
    });
  },
});
