/** Whether a card read from a file or a sheet may be kept on this device under its id. */
import { problem, type Problem } from '../../domain/problems';
import type { RateCard } from '../../domain/schema/rate-card';
import { useAppStore } from '../../state/store';
import { isShippedCard } from '../hooks/use-rate-cards';
import { IMPORT } from '../routes';

/** Why a valid card still cannot be kept here, if it cannot. */
export function placeProblem(card: RateCard): Problem | null {
  if (isShippedCard(card.id) || card.id === IMPORT)
    return problem(['id'], 'rateCards.import.shippedId', { id: card.id });
  const kept = useAppStore.getState().rateCards[card.id];
  if (kept !== undefined && JSON.stringify(kept.card) !== JSON.stringify(card)) {
    return problem(['id'], 'rateCards.import.idOnDevice', { id: card.id });
  }
  return null;
}
