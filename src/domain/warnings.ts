/** Warnings about a plan other than carer burden (docs/pricing-rules.md, "Other warnings"). */
import { subtractMoney, type Money } from './money';
import type { Budget } from './schema/budget';

export type Warning =
  | { readonly id: 'short-visit'; readonly line: string; readonly minutes: number }
  | { readonly id: 'pa-needs-direct-payment'; readonly line: string }
  | { readonly id: 'over-indicative'; readonly over: Money };

/** NICE NG21 advises against home care visits shorter than 30 minutes, bar narrow cases. */
export const SHORT_VISIT_MINUTES = 30;

export function findWarnings(budget: Budget, annualTotal: Money, indicative: Money | null): Warning[] {
  const warnings: Warning[] = [];
  for (const line of budget.lines) {
    const paid = line.resource === 'registered-provider' || line.resource === 'personal-assistant';
    if (line.kind === 'visits' && line.domain === 'personal-care' && paid && line.minutes < SHORT_VISIT_MINUTES) {
      warnings.push({ id: 'short-visit', line: line.id, minutes: line.minutes });
    }
    // Only a direct payment lets the person employ a PA themselves.
    if (line.resource === 'personal-assistant' && budget.fundingRoute !== 'direct-payment') {
      warnings.push({ id: 'pa-needs-direct-payment', line: line.id });
    }
  }
  if (indicative !== null && annualTotal.gt(indicative)) {
    warnings.push({ id: 'over-indicative', over: subtractMoney(annualTotal, indicative) });
  }
  return warnings;
}

/** Every warning id, in the order reports list them. */
export const WARNING_IDS = ['short-visit', 'pa-needs-direct-payment', 'over-indicative'] as const;
