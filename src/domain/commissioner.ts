/**
 * The commissioner's view beyond the home and settings comparison: what the unpaid care
 * a plan relies on would cost if the carers could no longer care, at the PA rate and at
 * the standard provider rate. Priced by the same rules as the plan itself: the plan with
 * every unpaid-carer line given by paid workers (employer costs included if a PA is new).
 */
import type { Hours } from './hours';
import { priceBudget, type BudgetPricing } from './pricing/price-budget';
import { diffPricings, type BudgetDiff } from './revisions/diff';
import { withoutUnpaidCare, unpaidLineIds, type PaidResource } from './revisions/what-if';

export interface UnpaidCareValue {
  /** Hours a week of unpaid care in the plan (sleep-ins count nights, not hours). */
  readonly hours: Hours;
  readonly nights: number;
  /** The plan if every unpaid-carer line were given by this resource, against the plan. */
  readonly byResource: Readonly<Record<PaidResource, BudgetDiff>>;
}

export function valueUnpaidCare(pricing: BudgetPricing): UnpaidCareValue | null {
  const ids = new Set(unpaidLineIds(pricing.budget));
  if (ids.size === 0) return null;
  const unpaid = pricing.lines.filter((priced) => ids.has(priced.line.id));
  const replaced = (resource: PaidResource) =>
    diffPricings(
      pricing,
      priceBudget(withoutUnpaidCare(pricing.budget, resource), pricing.card, {
        asOf: pricing.asOf,
        earlier: pricing,
      }),
    );
  return {
    hours: pricing.hoursWeekly.get('unpaid-carer') as Hours,
    nights: unpaid.reduce((nights, priced) => nights + priced.nights, 0),
    byResource: {
      'personal-assistant': replaced('personal-assistant'),
      'registered-provider': replaced('registered-provider'),
    },
  };
}
