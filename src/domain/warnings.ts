/** Warnings about a plan other than carer burden (docs/pricing-rules.md, "Other warnings"). */
import type Decimal from 'decimal.js';
import { Dec, roundHoursForDisplay, subtractMoney, type Money } from './money';
import type { PricedLine } from './pricing/line';
import type { Budget } from './schema/budget';

export type Warning =
  | { readonly id: 'short-visit'; readonly line: string; readonly minutes: number }
  | { readonly id: 'pa-needs-direct-payment'; readonly line: string }
  | { readonly id: 'over-indicative'; readonly over: Money }
  /** Hours as shown (two decimals), the contract as written in the file. */
  | { readonly id: 'pa-over-contract'; readonly assistant: string; readonly hours: string; readonly contracted: string }
  | { readonly id: 'pa-over-48-hours'; readonly assistant: string; readonly hours: string }
  | { readonly id: 'investment-no-saving'; readonly expense: string }
  /** A paid need or an expense that serves none of the plan's outcomes (outcomes/outcome-warnings.ts). */
  | { readonly id: 'serves-no-outcome'; readonly line: string }
  | { readonly id: 'serves-no-outcome'; readonly expense: string };

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

/**
 * The Working Time Regulations 1998 cap a worker's average week at 48 hours. A named
 * assistant is warned of when their lines come to strictly more, as with their contract:
 * exactly 48 hours, or exactly the contracted hours, is within it.
 */
export const WORKING_TIME_HOURS = new Dec(48);

/**
 * Each named assistant's hours a week over the lines active as at the date (rule 9's
 * averaged hours; a sleep-in counts nights, not hours, as in rule 8), against their
 * contract and the 48-hour week.
 */
export function assistantWarnings(budget: Budget, lines: readonly PricedLine[]): Warning[] {
  const warnings: Warning[] = [];
  for (const assistant of budget.assistants ?? []) {
    let hours: Decimal = new Dec(0);
    for (const priced of lines) if (priced.line.assistant === assistant.id) hours = hours.plus(priced.hours);
    const shown = roundHoursForDisplay(hours);
    if (hours.gt(assistant.contractedHoursWeekly)) {
      warnings.push({ id: 'pa-over-contract', assistant: assistant.id, hours: shown, contracted: assistant.contractedHoursWeekly });
    }
    if (hours.gt(WORKING_TIME_HOURS)) warnings.push({ id: 'pa-over-48-hours', assistant: assistant.id, hours: shown });
  }
  return warnings;
}

/** Every warning id, in the order reports list them. */
export const WARNING_IDS = [
  'short-visit',
  'pa-needs-direct-payment',
  'over-indicative',
  'pa-over-contract',
  'pa-over-48-hours',
  'investment-no-saving',
  'serves-no-outcome',
] as const;
