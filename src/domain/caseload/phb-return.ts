/**
 * The quarterly personal health budget return (docs/phb-return.md): how many budgets are
 * counted in a financial-year quarter, live on its last day, new in it, ended in it and
 * counted in the year to date, each by cohort × funding route. Social-care budgets are
 * Care Act personal budgets, not PHBs: they are counted apart. Budgets without a plan
 * start cannot be placed in time and are listed, never counted.
 */
import {
  COHORTS,
  FUNDING_ROUTES,
  type Cohort,
  type FundingRoute,
  type PlanStatus,
} from '../schema/budget-values';
import { byCodeUnits } from '../code-unit-order';
import type { Quarter } from './quarter';

export type PhbCohort = Exclude<Cohort, 'social-care'>;
export const PHB_COHORTS = COHORTS.filter(
  (cohort): cohort is PhbCohort => cohort !== 'social-care',
);

export const RETURN_COUNTS = ['counted', 'liveAtEnd', 'new', 'ended', 'yearToDate'] as const;
export type ReturnCount = (typeof RETURN_COUNTS)[number];

/** What the return reads of a budget: its id, route and plan (budget file version 3). */
export interface ReturnBudget {
  readonly id: string;
  readonly fundingRoute: FundingRoute;
  readonly plan?:
    | {
        readonly start?: string | undefined;
        readonly end?: string | undefined;
        readonly status?: PlanStatus | undefined;
        readonly cohort?: Cohort | undefined;
      }
    | undefined;
}

export type RouteCounts = Record<FundingRoute, number>;
export type CohortCounts = Record<PhbCohort, RouteCounts>;

export interface PhbReturn {
  readonly quarter: string;
  readonly from: string;
  readonly to: string;
  readonly counts: Record<ReturnCount, CohortCounts>;
  /** PHBs only: each count summed over every cohort and route. */
  readonly totals: Record<ReturnCount, number>;
  /** Social-care budgets, counted by the same rules. */
  readonly personalBudgets: Record<ReturnCount, number>;
  /** Ids of the budgets without `plan.start`, whatever their status or cohort, sorted. */
  readonly undated: readonly string[];
}

/** Only a plan that has been agreed (or has run) is a budget in place to count. */
const COUNTED_STATUSES: ReadonlySet<PlanStatus> = new Set(['agreed', 'active', 'ended']);

interface DatedPlan {
  readonly start: string;
  readonly end: string | undefined;
}

/** True when the plan is active on at least one day of `from`..`to` (both included). */
export function activeIn(plan: DatedPlan, from: string, to: string): boolean {
  return plan.start <= to && (plan.end === undefined || plan.end >= from);
}

const within = (date: string | undefined, from: string, to: string) =>
  date !== undefined && date >= from && date <= to;

/** Which of the five counts a dated plan with a counting status falls in for the quarter. */
export function countsFor(plan: DatedPlan, quarter: Quarter): Record<ReturnCount, boolean> {
  return {
    counted: activeIn(plan, quarter.from, quarter.to),
    liveAtEnd: activeIn(plan, quarter.to, quarter.to),
    new: within(plan.start, quarter.from, quarter.to),
    ended: within(plan.end, quarter.from, quarter.to),
    yearToDate: activeIn(plan, quarter.yearFrom, quarter.to),
  };
}

/** True when the budget's status lets it be counted at all (no status is `draft`). */
export function hasCountingStatus(budget: ReturnBudget): boolean {
  return COUNTED_STATUSES.has(budget.plan?.status ?? 'draft');
}

export function phbReturn(budgets: readonly ReturnBudget[], quarter: Quarter): PhbReturn {
  const counts = countRecord(() => emptyCohortCounts());
  const totals = countRecord(() => 0);
  const personalBudgets = countRecord(() => 0);
  const undated: string[] = [];
  for (const budget of budgets) {
    const start = budget.plan?.start;
    if (start === undefined) {
      undated.push(budget.id);
      continue;
    }
    if (!hasCountingStatus(budget)) continue;
    const cohort = budget.plan?.cohort ?? 'other';
    const inCounts = countsFor({ start, end: budget.plan?.end }, quarter);
    for (const count of RETURN_COUNTS) {
      if (!inCounts[count]) continue;
      if (cohort === 'social-care') {
        personalBudgets[count] += 1;
      } else {
        counts[count][cohort][budget.fundingRoute] += 1;
        totals[count] += 1;
      }
    }
  }
  return returnOf(quarter, counts, totals, personalBudgets, undated);
}

/**
 * The return of every budget from the returns of its parts (each `phbReturn` of some of
 * the budgets, for the one quarter): counts add up, and the undated are every part's,
 * sorted. Equal to `phbReturn` of all the budgets however they were split.
 */
export function mergePhbReturns(parts: readonly PhbReturn[], quarter: Quarter): PhbReturn {
  const counts = countRecord(() => emptyCohortCounts());
  const totals = countRecord(() => 0);
  const personalBudgets = countRecord(() => 0);
  const undated: string[] = [];
  for (const part of parts) {
    for (const count of RETURN_COUNTS) {
      totals[count] += part.totals[count];
      personalBudgets[count] += part.personalBudgets[count];
      for (const cohort of PHB_COHORTS)
        for (const route of FUNDING_ROUTES)
          counts[count][cohort][route] += part.counts[count][cohort][route];
    }
    for (const id of part.undated) undated.push(id);
  }
  return returnOf(quarter, counts, totals, personalBudgets, undated);
}

/** The return's figures for the quarter, the undated ids sorted (in place). */
function returnOf(
  quarter: Quarter,
  counts: PhbReturn['counts'],
  totals: PhbReturn['totals'],
  personalBudgets: PhbReturn['personalBudgets'],
  undated: string[],
): PhbReturn {
  undated.sort(byCodeUnits);
  return {
    quarter: quarter.id,
    from: quarter.from,
    to: quarter.to,
    counts,
    totals,
    personalBudgets,
    undated,
  };
}

function countRecord<T>(make: () => T): Record<ReturnCount, T> {
  return Object.fromEntries(RETURN_COUNTS.map((count) => [count, make()])) as Record<
    ReturnCount,
    T
  >;
}

/** Every PHB cohort with all three routes at 0, so the return's tables are complete. */
function emptyCohortCounts(): CohortCounts {
  return Object.fromEntries(
    PHB_COHORTS.map((cohort) => [
      cohort,
      Object.fromEntries(FUNDING_ROUTES.map((route) => [route, 0])) as RouteCounts,
    ]),
  ) as CohortCounts;
}

/** A count's figure for one cohort over every route: a row total of the return's table. */
export function cohortTotal(routes: RouteCounts): number {
  return FUNDING_ROUTES.reduce((sum, route) => sum + routes[route], 0);
}

/** Only what the return reads of a budget: small enough to send from a worker by the thousand. */
export function returnFieldsOf(budget: ReturnBudget): ReturnBudget {
  const { id, fundingRoute, plan } = budget;
  if (plan === undefined) return { id, fundingRoute };
  const { start, end, status, cohort } = plan;
  return { id, fundingRoute, plan: { start, end, status, cohort } };
}
