/**
 * Reviews and agreement across a caseload (docs/plan-around-money.md): each budget's
 * status, next review and, when it was agreed above its indicative sum, who approved it;
 * then how many are due or overdue for review on a day, and how many were agreed above
 * the indicative sum, by approver.
 */
import { toMoneyText, type MoneyText } from '../money';
import type { BudgetPricing } from '../pricing/price-budget';
import { agreement, limitsExceeded, statusOf } from '../reviews/agreement';
import { nextReviewDate, reviewStateOn, type ReviewState } from '../reviews/schedule';
import type { Budget } from '../schema/budget';
import type { PlanStatus } from '../schema/budget-values';

export interface EntryAgreedAbove {
  readonly annual: MoneyText;
  readonly indicative: MoneyText;
  /** The approver recorded on the move to agreed; null when none was (a file made elsewhere). */
  readonly approver: { readonly name: string; readonly role: string } | null;
  /** Who moved the plan to agreed; null when the file records no move. */
  readonly agreedBy: string | null;
}

export interface EntryReviews {
  readonly status: PlanStatus;
  readonly nextReview: string | null;
  /** Set when the plan is agreed, active or ended and costs more a year than its indicative sum. */
  readonly agreedAbove: EntryAgreedAbove | null;
}

const AGREED: readonly PlanStatus[] = ['agreed', 'active', 'ended'];

export function entryReviews(pricing: BudgetPricing): EntryReviews {
  return entryReviewsOf(
    pricing.budget,
    () => limitsExceeded(pricing).some((limit) => limit.kind === 'indicative-sum'),
    () => toMoneyText(pricing.totals.annual),
  );
}

/**
 * A budget's reviews, given whether its annual cost is over its indicative sum and that
 * cost as text: each asked only of a plan that is agreed, active or ended.
 */
export function entryReviewsOf(
  budget: Budget,
  overIndicative: () => boolean,
  annual: () => MoneyText,
): EntryReviews {
  const status = statusOf(budget);
  const over = AGREED.includes(status) && overIndicative();
  const indicative = budget.indicativeAnnual;
  const agreed = agreement(budget);
  return {
    status,
    nextReview: nextReviewDate(budget),
    agreedAbove:
      !over || indicative == null
        ? null
        : {
            annual: annual(),
            indicative: indicative as MoneyText,
            approver:
              agreed?.approval === undefined
                ? null
                : { name: agreed.approval.name, role: agreed.approval.role },
            agreedBy: agreed?.by.name ?? null,
          },
  };
}

/** Due or overdue on `today`, by the same rule as one budget's (reviews/schedule.ts). */
export function entryReviewState(reviews: EntryReviews, today: string): ReviewState {
  return reviewStateOn(reviews.status, reviews.nextReview, today);
}

export interface ApproverCount {
  /** The approver's name; null for plans agreed above the sum with no approver recorded. */
  readonly name: string | null;
  readonly role: string | null;
  readonly budgets: number;
}

export interface CaseloadReviews {
  readonly due: number;
  readonly overdue: number;
  readonly agreedAbove: number;
  /** By approver, most budgets first, then by name; those with none recorded last. */
  readonly approvers: readonly ApproverCount[];
}

export function caseloadReviews(
  entries: Iterable<{ readonly reviews: EntryReviews }>,
  today: string,
): CaseloadReviews {
  let due = 0;
  let overdue = 0;
  let agreedAbove = 0;
  const approvers = new Map<string, ApproverCount>();
  for (const { reviews } of entries) {
    const state = entryReviewState(reviews, today);
    if (state === 'due') due += 1;
    if (state === 'overdue') overdue += 1;
    if (reviews.agreedAbove === null) continue;
    agreedAbove += 1;
    const { approver } = reviews.agreedAbove;
    const key = approver === null ? '' : `${approver.role}\u0000${approver.name}`;
    const count = approvers.get(key) ?? {
      name: approver?.name ?? null,
      role: approver?.role ?? null,
      budgets: 0,
    };
    approvers.set(key, { ...count, budgets: count.budgets + 1 });
  }
  const sorted = [...approvers.values()].sort(
    (a, b) =>
      Number(a.name === null) - Number(b.name === null) ||
      b.budgets - a.budgets ||
      (a.name ?? '').localeCompare(b.name ?? '', 'en-GB'),
  );
  return { due, overdue, agreedAbove, approvers: sorted };
}
