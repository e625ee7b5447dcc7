/**
 * Re-pricing on another card (or comparing across cards) keeps a rate or pay agreed for
 * one line (pricing rule 17): the agreement is with the provider or the PA, not the card.
 * These are the lines whose agreed figure the new card does not change, to be said so.
 */
import type { PricedLine } from '../pricing/line';
import type { BudgetDiff } from './diff';

export function agreedKept(diff: BudgetDiff): PricedLine[] {
  if (diff.from.card.id === diff.to.card.id) return [];
  return diff.lines.flatMap((line) => {
    const to = line.to;
    const agreed =
      to !== null && (to.line.agreedRate !== undefined || to.line.agreedPay !== undefined);
    return agreed && line.from !== null ? [to] : [];
  });
}
