/** The rate cards the tool knows, as a hook that follows cards imported or made on this device. */
import { useMemo } from 'react';
import type { RateCard } from '../../domain/schema/rate-card';
import { knownRateCards } from '../../state/rate-card-lookup';
import { useAppStore } from '../../state/store';

export { allRateCards, isShippedCard } from '../../state/rate-card-lookup';

export function useRateCards(): readonly RateCard[] {
  const device = useAppStore((state) => state.rateCards);
  return useMemo(() => knownRateCards(device), [device]);
}
