// Prices a caseload off the main thread with the app's own pricing and shipped cards.
import { priceOnCard } from '../../../src/domain/pricing/price-budget';
import { shippedRateCards } from '../../../src/io/shipped';
import type { CaseloadReply, CaseloadRequest } from './protocol';

self.onmessage = (event: MessageEvent<CaseloadRequest>) => {
  const card = shippedRateCards.items.find((item) => item.id === event.data.rateCard);
  let priced = 0;
  let refused = 0;
  for (const budget of event.data.budgets) {
    if (card !== undefined && priceOnCard(budget, card).ok) priced++;
    else refused++;
  }
  const reply: CaseloadReply = { priced, refused };
  self.postMessage(reply);
};
