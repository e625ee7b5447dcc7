/**
 * Reviews and agreement of the plan around the money (budget file version 4, optional
 * fields; docs/plan-around-money.md): when the plan is reviewed, what each review found
 * for each outcome, and each move of the plan's status with who made it and, when the plan
 * costs more than its indicative sum or the card's delegated authority, who approved it.
 * Kept in a file of its own and spread into budget.ts.
 */
import { z } from 'zod';
import { identifier, isoDate, list, money, oneOf, requiredText, text, wholeNumber } from './fields';
import { MAX_REVISIONS, REVISION_ROLES } from './revision';
import {
  APPROVER_ROLES,
  PLAN_STATUSES,
  REVIEW_LIMITS,
  REVIEW_RESULTS,
} from './plan-reviews-values';

export * from './plan-reviews-values';

/** On `plan`: the review schedule, each part absent for the default of the plan's cohort. */
export const reviewScheduleFields = {
  /** The day of the first review; absent: the cohort's default after `start`. */
  firstReview: isoDate().optional(),
  /** Months between reviews after the first; absent: 12 (at least yearly). */
  reviewEveryMonths: wholeNumber(1, REVIEW_LIMITS.everyMonths).optional(),
};

/** What one review found for one outcome. */
const outcomeFinding = z.strictObject({
  outcome: identifier(),
  result: oneOf(REVIEW_RESULTS),
  notes: text(REVIEW_LIMITS.notes, 'many').optional(),
});

/** Who did something: their role, and their name. */
const person = z.strictObject({ role: oneOf(REVISION_ROLES), name: requiredText(200) });

/** A review held: the day, who held it, each outcome's finding, and the revision it saved. */
export const reviewSchema = z.strictObject({
  id: identifier(),
  date: isoDate(),
  by: person,
  /** The number of the revision saved with this review: the plan as it was reviewed. */
  revision: wholeNumber(1, MAX_REVISIONS),
  outcomes: list(outcomeFinding, 0, REVIEW_LIMITS.findings),
  notes: text(REVIEW_LIMITS.notes, 'many').optional(),
});

/** The approver of a plan that costs more than its indicative sum or the delegated authority. */
const approval = z.strictObject({
  name: requiredText(200),
  role: oneOf(APPROVER_ROLES),
  /** The most a year this approver may agree; absent: no upper limit (a funding panel). */
  upTo: money().optional(),
  reason: requiredText(REVIEW_LIMITS.notes, 'many'),
});

/** One move of the plan's status. */
export const statusChangeSchema = z.strictObject({
  from: oneOf(PLAN_STATUSES),
  to: oneOf(PLAN_STATUSES),
  date: isoDate(),
  by: person,
  /** Only on a move to `agreed`, and required there when the plan is over a limit. */
  approval: approval.optional(),
});

/** On the budget (not in a revision's snapshot): the reviews held and the status moves, oldest first. */
export const planReviewHistory = {
  reviews: list(reviewSchema, 0, REVIEW_LIMITS.reviews).optional(),
  statusChanges: list(statusChangeSchema, 0, REVIEW_LIMITS.statusChanges).optional(),
};
