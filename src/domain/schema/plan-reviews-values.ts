/**
 * The fixed values of reviews and agreement (docs/plan-around-money.md), apart from their
 * zod schema so that pages needing only these do not carry zod into the app's start-up.
 */
import { PLAN_STATUSES, type PlanStatus } from './budget-values';

export { PLAN_STATUSES };

/** What a review found for one outcome. */
export const REVIEW_RESULTS = ['met', 'partly-met', 'not-met'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];

/** Who may approve a plan above the indicative sum or the delegated authority. */
export const APPROVER_ROLES = [
  'team-manager',
  'service-manager',
  'head-of-service',
  'funding-panel',
  'commissioner',
  'other',
] as const;
export type ApproverRole = (typeof APPROVER_ROLES)[number];

/**
 * The moves a plan's status may make: on along draft → proposed → agreed → active →
 * ended, or back to draft from proposed or agreed (a change asked for before it starts).
 */
export const STATUS_MOVES: Readonly<Record<PlanStatus, readonly PlanStatus[]>> = {
  draft: ['proposed'],
  proposed: ['agreed', 'draft'],
  agreed: ['active', 'draft'],
  active: ['ended'],
  ended: [],
};

/** Limits that keep a hostile file from exhausting the device; a plan is reviewed a few times a year. */
export const REVIEW_LIMITS = {
  /** Reviews in one file: as many as revisions. */
  reviews: 500,
  statusChanges: 500,
  /** Findings in one review: one for each outcome, at most. */
  findings: 100,
  /** Notes and reasons, in characters. */
  notes: 2000,
  /** Months between reviews: at least yearly. */
  everyMonths: 12,
} as const;
