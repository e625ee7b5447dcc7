/**
 * The budget file's fixed values (docs/file-format.md), apart from its zod schema in
 * budget.ts, so that code needing only these (the store, the builder's pages) does not
 * carry zod into the app's start-up. budget.ts re-exports them: import from either.
 */
export const BUDGET_FORMAT = 'support-budget';
export const BUDGET_VERSION = 4;

export const RESOURCES = [
  'registered-provider',
  'personal-assistant',
  'unpaid-carer',
  'community',
] as const;
export type Resource = (typeof RESOURCES)[number];

export const FUNDING_ROUTES = ['direct-payment', 'notional', 'third-party'] as const;
export type FundingRoute = (typeof FUNDING_ROUTES)[number];

export const FREQUENCIES = ['weekly', 'monthly', 'annual', 'one-off'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** Where a plan is in its life; a plan without a status is a draft. */
export const PLAN_STATUSES = ['draft', 'proposed', 'agreed', 'active', 'ended'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** The NHS England PHB collection's categories, and `social-care` for a Care Act personal budget. */
export const COHORTS = [
  'adult-chc',
  'adult-fast-track',
  'children-continuing-care',
  'personal-wheelchair-budget',
  'section-117',
  'joint-funded',
  'learning-disability-autism',
  'mental-health-other',
  'end-of-life',
  'other',
  'social-care',
] as const;
export type Cohort = (typeof COHORTS)[number];

/**
 * The task-list sections a file's `progress` may name by word; areas of life are named by
 * their domain id in `areasCompleted` and `areasNotNeeded` (docs/task-list-and-progress.md).
 */
export const PROGRESS_SECTIONS = [
  'about',
  'outcomes',
  'carers',
  'expenses',
  'risks',
  'who-pays',
  'summary',
] as const;
export type ProgressSection = (typeof PROGRESS_SECTIONS)[number];

/** A line that does not come every week: one week in `everyWeeks`, or `weeksAYear` weeks a year. */
export const FREQUENCY_LIMITS = {
  everyWeeks: { min: 2, max: 52 },
  weeksAYear: { min: 1, max: 52 },
} as const;

/** A line shared by 2 to 10 people at once (rule 18); absent means the person's alone. */
export const SHARED_BY_LIMITS = { min: 2, max: 10 } as const;

/** Limits that keep a hostile file from exhausting the device; real plans are far smaller. */
export const BUDGET_LIMITS = {
  lines: 2000,
  carers: 20,
  expenses: 500,
  assistants: 50,
  areas: 100,
} as const;
