/**
 * The need line a form describes, and the whole budget priced with it in place, for the
 * live preview and the running total. Worked out from a deferred copy of the form, so that
 * typing stays smooth in a budget of hundreds of lines: React shows each keystroke first
 * and prices it straight after.
 */
import { useDeferredValue, useMemo } from 'react';
import { withLine } from '../../../domain/budget-edits';
import { formToLine, type LineForm } from '../../../domain/forms/line-form';
import type { PricedLine } from '../../../domain/pricing/line';
import type { BudgetPricing } from '../../../domain/pricing/price-budget';
import type { Budget, NeedLine } from '../../../domain/schema/budget';
import type { Warning } from '../../../domain/warnings';
import { priceBudgetState } from '../../hooks/use-budget';

export type LinePreviewState =
  /** The form does not describe a whole line yet (something is missing or wrong). */
  | { readonly kind: 'incomplete' }
  /** A whole line, but the budget with it cannot be priced on its card. */
  | { readonly kind: 'cannot-price'; readonly line: NeedLine }
  | {
      readonly kind: 'priced';
      readonly line: NeedLine;
      readonly priced: PricedLine;
      /** The whole budget with this line in place, saved or not. */
      readonly pricing: BudgetPricing;
      readonly warnings: readonly Warning[];
    };

export function useLinePreview(
  form: LineForm,
  lineId: string,
  domainId: string,
  budget: Budget,
): LinePreviewState {
  const deferred = useDeferredValue(form);
  return useMemo((): LinePreviewState => {
    const result = formToLine(deferred, lineId, domainId, budget);
    if (!result.ok) return { kind: 'incomplete' };
    const line = result.value;
    const state = priceBudgetState(withLine(budget, line));
    if (state.kind !== 'priced') return { kind: 'cannot-price', line };
    const priced = state.pricing.lines.find((candidate) => candidate.line.id === line.id);
    if (priced === undefined) return { kind: 'cannot-price', line };
    // This line's own warnings, and those about the hours of the assistant it names.
    const warnings = state.pricing.warnings.filter((warning) =>
      'line' in warning
        ? warning.line === line.id
        : 'assistant' in warning && warning.assistant === line.assistant,
    );
    return { kind: 'priced', line, priced, pricing: state.pricing, warnings };
  }, [deferred, lineId, domainId, budget]);
}
