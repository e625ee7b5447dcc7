/**
 * The rate cards a caseload can be priced on. Shipped cards for now: cards people import
 * are added where the app keeps them (rateCardById already finds them), in this one place.
 */
import type { RateCard } from '../../domain/schema/rate-card';
import { shippedRateCards } from '../../io/shipped';

export function caseloadRateCards(): readonly RateCard[] {
  return shippedRateCards.items;
}
