/** Warnings about a plan other than carer burden (docs/pricing-rules.md, "Other warnings"). */
import type Decimal from 'decimal.js';
import { Dec, roundHoursForDisplay, subtractMoney, type Money } from './money';
import type { PricedLine } from './pricing/line';
import type { Assistant, Budget } from './schema/budget';
import type { RateCard } from './schema/rate-card';

export type Warning =
  | { readonly id: 'short-visit'; readonly line: string; readonly minutes: number }
  | { readonly id: 'pa-needs-direct-payment'; readonly line: string }
  | { readonly id: 'over-indicative'; readonly over: Money }
  /** Hours as shown (two decimals), the contract as written in the file. */
  | {
      readonly id: 'pa-over-contract';
      readonly assistant: string;
      readonly hours: string;
      readonly contracted: string;
    }
  | { readonly id: 'pa-over-48-hours'; readonly assistant: string; readonly hours: string }
  | { readonly id: 'investment-no-saving'; readonly expense: string }
  /** The lowest hourly pay on the line and the card's floor, both as two-decimal text. */
  | {
      readonly id: 'pay-below-floor';
      readonly line: string;
      readonly pay: string;
      readonly floor: string;
    }
  /** A paid need or an expense that serves none of the plan's outcomes (outcomes/outcome-warnings.ts). */
  | { readonly id: 'serves-no-outcome'; readonly line: string }
  | { readonly id: 'serves-no-outcome'; readonly expense: string };

/** What the assistants' warnings read of a priced line: the line and its hours a week. */
export type LineHours = Pick<PricedLine, 'line' | 'hours'>;

/** NICE NG21 advises against home care visits shorter than 30 minutes, bar narrow cases. */
export const SHORT_VISIT_MINUTES = 30;

export function findWarnings(
  budget: Budget,
  annualTotal: Money,
  indicative: Money | null,
): Warning[] {
  const warnings: Warning[] = [];
  for (const line of budget.lines) {
    const paid = line.resource === 'registered-provider' || line.resource === 'personal-assistant';
    if (
      line.kind === 'visits' &&
      line.domain === 'personal-care' &&
      paid &&
      line.minutes < SHORT_VISIT_MINUTES
    ) {
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
export function assistantWarnings(budget: Budget, lines: readonly LineHours[]): Warning[] {
  return (budget.assistants ?? []).flatMap((assistant) => warningsOfAssistant(assistant, lines));
}

/** One named assistant's warnings: only the lines that name them count. */
export function warningsOfAssistant(assistant: Assistant, lines: readonly LineHours[]): Warning[] {
  const warnings: Warning[] = [];
  const hours = assistantHours(assistant.id, lines);
  const shown = roundHoursForDisplay(hours);
  if (hours.gt(assistant.contractedHoursWeekly)) {
    warnings.push({
      id: 'pa-over-contract',
      assistant: assistant.id,
      hours: shown,
      contracted: assistant.contractedHoursWeekly,
    });
  }
  if (hours.gt(WORKING_TIME_HOURS))
    warnings.push({ id: 'pa-over-48-hours', assistant: assistant.id, hours: shown });
  return warnings;
}

/**
 * Rule 17: a PA line paid, on any of its days, less an hour than the card's pay floor (the
 * National Living Wage). Pay is compared before on-costs, agreed or the card's; exactly the
 * floor is lawful. A sleep-in is a flat allowance, not hourly pay, so it is not compared.
 */
export function payFloorWarnings(lines: readonly PricedLine[], card: RateCard): Warning[] {
  const floor = card.personalAssistant.payFloor;
  if (floor === undefined) return [];
  const warnings: Warning[] = [];
  for (const priced of lines) {
    if (priced.line.resource !== 'personal-assistant') continue;
    const warning = payFloorWarning(priced, floor);
    if (warning !== null) warnings.push(warning);
  }
  return warnings;
}

/**
 * Each priced line's check against a floor, made once: a priced line is never changed, and
 * re-pricing after an edit keeps the lines that did not change, so a keystroke in a
 * 300-line budget checks one line, not every personal assistant's.
 */
const floorChecks = new WeakMap<PricedLine, { floor: string; warning: Warning | null }>();

function payFloorWarning(priced: PricedLine, floor: string): Warning | null {
  const known = floorChecks.get(priced);
  if (known?.floor === floor) return known.warning;
  const hourly = priced.segments
    .filter((segment) => segment.unit === 'hour')
    .map((segment) => segment.baseRate);
  const lowest = hourly.reduce<Decimal | null>(
    (low, pay) => (low === null || pay.lt(low) ? pay : low),
    null,
  );
  const warning: Warning | null =
    lowest?.lt(floor) === true
      ? { id: 'pay-below-floor', line: priced.line.id, pay: lowest.toFixed(2), floor }
      : null;
  floorChecks.set(priced, { floor, warning });
  return warning;
}

/** The hours a week of the priced lines that name the assistant, unrounded. */
export function assistantHours(assistantId: string, lines: readonly LineHours[]): Decimal {
  let hours: Decimal = new Dec(0);
  for (const priced of lines)
    if (priced.line.assistant === assistantId) hours = hours.plus(priced.hours);
  return hours;
}

/** Every warning id, in the order reports list them. */
export const WARNING_IDS = [
  'short-visit',
  'pa-needs-direct-payment',
  'over-indicative',
  'pa-over-contract',
  'pa-over-48-hours',
  'investment-no-saving',
  'pay-below-floor',
  'serves-no-outcome',
] as const;
