/**
 * The rate cards a caseload can be priced on: every card the tool knows, shipped and
 * kept on this device, so a commissioner can price a quarter on their own area's card.
 */
import type { RateCard } from '../../domain/schema/rate-card';
import { allRateCards } from '../rate-card-lookup';

export function caseloadRateCards(): readonly RateCard[] {
  return allRateCards();
}
