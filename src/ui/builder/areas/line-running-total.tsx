/**
 * The running total beside the need-line form, as typed: the one part of the page besides
 * the group of questions typed in that renders in the keystroke's own task. It reads the
 * draft itself; the rest of the page follows a render later.
 */
import { memo, useMemo } from 'react';
import { withLine } from '../../../domain/budget-edits';
import { formToLine, type LineForm } from '../../../domain/forms/line-form';
import { totalsAfterEdit } from '../../../domain/pricing/price-budget';
import type { Budget } from '../../../domain/schema/budget';
import type { RateCard } from '../../../domain/schema/rate-card';
import { today } from '../../../state/clock';
import { useAppStore } from '../../../state/store';
import { RunningTotal } from '../../components/running-total';
import type { PricingState } from '../../hooks/use-budget';
import type { LineDraftSource } from './line-field-ids';
import type { LinePreviewState } from './line-preview-state';

export interface LineRunningTotalProps {
  readonly source: LineDraftSource;
  readonly budget: Budget;
  readonly card: RateCard;
  readonly domainId: string;
  /** The id the line is priced under while it is typed. */
  readonly lineId: string;
  /** The saved budget's pricing. */
  readonly savedPricing: PricingState | undefined;
  /** The preview, from the form a render behind: its totals when the form's own cannot be worked out. */
  readonly preview: LinePreviewState;
}

/** Whether the form says anything other than what is saved: only then is the total "unsaved". */
function sameForm(a: LineForm, b: LineForm): boolean {
  return (Object.keys(a) as (keyof LineForm)[]).every((key) => String(a[key]) === String(b[key]));
}

export const LineRunningTotal = memo(function LineRunningTotal({
  source,
  budget,
  card,
  domainId,
  lineId,
  savedPricing,
  preview,
}: LineRunningTotalProps) {
  const stored = useAppStore((state) => state.drafts[source.key]) as LineForm | undefined;
  const form = stored ?? source.initial;
  // The saved pricing with this one line's amounts taken away and added again (a few
  // additions, exact).
  const typedTotals = useMemo(() => {
    if (savedPricing?.kind !== 'priced') return undefined;
    const line = formToLine(form, lineId, domainId, budget);
    if (!line.ok) return undefined;
    return totalsAfterEdit(savedPricing.pricing, withLine(budget, line.value), card, {
      today: today(),
    });
  }, [form, lineId, domainId, budget, savedPricing, card]);
  const unsaved =
    (typedTotals !== undefined || preview.kind === 'priced') && !sameForm(form, source.initial);
  const total =
    typedTotals ??
    (preview.kind === 'priced'
      ? preview.pricing.totals
      : savedPricing?.kind === 'priced'
        ? savedPricing.pricing.totals
        : undefined);
  return total === undefined ? null : <RunningTotal totals={total} includesUnsaved={unsaved} />;
});
