/**
 * When a plan is reviewed (docs/plan-around-money.md, "Reviews"): the first review a set
 * time after the plan starts (8 weeks for social care, 3 months for the NHS's cohorts),
 * unless the plan names its day; then every 12 months, or as the plan says, from the last
 * review held. Due in the 4 weeks before that day, overdue after it, while the plan is
 * agreed or active.
 */
import { addDays, type IsoDate } from '../calendar';
import type { Budget, Plan } from '../schema/budget';
import type { PlanStatus } from '../schema/budget-values';

/** Weeks to the first review of a Care Act personal budget (social care). */
export const SOCIAL_CARE_FIRST_REVIEW_WEEKS = 8;
/** Months to the first review of an NHS plan (continuing healthcare and every other PHB cohort). */
export const NHS_FIRST_REVIEW_MONTHS = 3;
/** Months between reviews after the first, unless the plan says otherwise: at least yearly. */
export const DEFAULT_REVIEW_EVERY_MONTHS = 12;
/** A review is due from this many days before its day. */
export const REVIEW_DUE_WITHIN_DAYS = 28;

export type ReviewState = 'not-reviewed' | 'scheduled' | 'due' | 'overdue';

export interface ReviewStatus {
  /** The day of the next review, or null when the plan has no start or ends before it. */
  readonly next: IsoDate | null;
  /** Only a plan that is agreed or active is reviewed: any other is `not-reviewed`. */
  readonly state: ReviewState;
}

/**
 * The same day `months` later; a day the month does not have becomes the month's last
 * day (31 May + 3 months is 31 August; 30 November + 3 months is 28 or 29 February).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0),
  ).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

/** The cohort's default day of the first review, from the plan's start. */
export function defaultFirstReview(plan: Plan): IsoDate {
  return plan.cohort === 'social-care'
    ? addDays(plan.start, SOCIAL_CARE_FIRST_REVIEW_WEEKS * 7)
    : addMonths(plan.start, NHS_FIRST_REVIEW_MONTHS);
}

/** The day of the first review: the plan's own, else the cohort's default. */
export function firstReviewOf(plan: Plan): IsoDate {
  return plan.firstReview ?? defaultFirstReview(plan);
}

export function reviewEveryMonthsOf(plan: Plan): number {
  return plan.reviewEveryMonths ?? DEFAULT_REVIEW_EVERY_MONTHS;
}

/** The day of the latest review held, or null before the first. */
export function lastReviewDate(budget: Budget): IsoDate | null {
  let last: IsoDate | null = null;
  for (const review of budget.reviews ?? [])
    if (last === null || review.date > last) last = review.date;
  return last;
}

/**
 * The next review: the first review's day until a review is held, then the latest
 * review's day plus the months between reviews. None when the plan has no start, or when
 * the plan ends before that day.
 */
export function nextReviewDate(budget: Budget): IsoDate | null {
  const { plan } = budget;
  if (plan === undefined) return null;
  const last = lastReviewDate(budget);
  const next = last === null ? firstReviewOf(plan) : addMonths(last, reviewEveryMonthsOf(plan));
  return plan.end !== undefined && next > plan.end ? null : next;
}

/** Whether the plan's next review is due or overdue on `today` (the app's clock). */
export function reviewStatus(budget: Budget, today: IsoDate): ReviewStatus {
  const next = nextReviewDate(budget);
  return { next, state: reviewStateOn(budget.plan?.status ?? 'draft', next, today) };
}

/** The rule itself, for a plan of this status whose next review is `next`. */
export function reviewStateOn(
  status: PlanStatus,
  next: IsoDate | null,
  today: IsoDate,
): ReviewState {
  if (next === null || (status !== 'agreed' && status !== 'active')) return 'not-reviewed';
  if (today > next) return 'overdue';
  if (today >= addDays(next, -REVIEW_DUE_WITHIN_DAYS)) return 'due';
  return 'scheduled';
}
