/**
 * The red flags' thresholds: the card's `policy.monitoring` where it gives one, else the
 * defaults below (docs/ledger.md says why each is what it is).
 */
import { Dec, parseMoney, type Dec as Decimal, type Money } from '../money';
import type { RateCard } from '../schema/rate-card';

export interface FlagPolicy {
  /** `overspend-pace`: projected outturn at least this percent over the year's budget. */
  readonly overspendPercent: Decimal;
  /** `surplus`: the balance held is more than this many weeks of budget. */
  readonly surplusWeeks: Decimal;
  /** `unplanned-spend`: confirmed unplanned spending in the year to date of at least this. */
  readonly unplannedAmount: Money;
  /** `pa-hours-over-contract`: a week's hours over this, whatever the contract. */
  readonly weeklyHoursLimit: Decimal;
  /** `employer-costs-missing`: this many months with no employer's cost or payroll paid. */
  readonly employerCostMonths: number;
  /** `spend-after-end`: spending on a line more than this many days after it ended. */
  readonly spendAfterEndDays: number;
  /** `care-not-delivered`: this many weeks of a paid line with nothing spent or worked. */
  readonly careGapWeeks: number;
  /** Where the thresholds come from: the card's source, or null for the defaults. */
  readonly source: string | null;
}

export const DEFAULT_POLICY = {
  overspendPercent: '5',
  surplusWeeks: '8',
  unplannedAmount: '0.01',
  weeklyHoursLimit: '48',
  employerCostMonths: 3,
  spendAfterEndDays: 28,
  careGapWeeks: 4,
} as const;

export function flagPolicy(card: RateCard): FlagPolicy {
  const given = card.policy?.monitoring;
  return {
    overspendPercent: new Dec(given?.overspendPercent ?? DEFAULT_POLICY.overspendPercent),
    surplusWeeks: new Dec(given?.surplusWeeks ?? DEFAULT_POLICY.surplusWeeks),
    unplannedAmount: parseMoney(given?.unplannedAmount ?? DEFAULT_POLICY.unplannedAmount),
    weeklyHoursLimit: new Dec(given?.weeklyHoursLimit ?? DEFAULT_POLICY.weeklyHoursLimit),
    employerCostMonths: given?.employerCostMonths ?? DEFAULT_POLICY.employerCostMonths,
    spendAfterEndDays: given?.spendAfterEndDays ?? DEFAULT_POLICY.spendAfterEndDays,
    careGapWeeks: given?.careGapWeeks ?? DEFAULT_POLICY.careGapWeeks,
    source: given?.source ?? null,
  };
}
