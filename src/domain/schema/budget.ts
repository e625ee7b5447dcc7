/**
 * Budget file, version 4 (docs/file-format.md; version 2 adds `revisions`, the
 * history; version 3 puts the plan in time: `plan`, dates on lines and expenses, lines
 * that do not come every week, investments' effects, and named personal assistants;
 * version 4 writes the plan around the money: outcomes, in plan-around.ts).
 * Field names may be added, never renamed. docs/plan-in-time.md gives the rules of time.
 */
import { z } from 'zod';
import { MINUTES_IN_A_DAY } from '../hours';
import {
  days,
  decimalText,
  flag,
  identifier,
  isoDate,
  list,
  literal,
  money,
  oneOf,
  requiredText,
  text,
  wholeNumber,
} from './fields';
import { MAX_REVISIONS, revisionSchema } from './revision';
import { planAroundContent, servesOutcomes } from './plan-around';
import { planReviewHistory, reviewScheduleFields } from './plan-reviews';
import { carerScoreSchema, planCoverContent } from './plan-cover';
import {
  BUDGET_FORMAT,
  BUDGET_LIMITS,
  BUDGET_VERSION,
  COHORTS,
  FREQUENCIES,
  FREQUENCY_LIMITS,
  FUNDING_ROUTES,
  PLAN_STATUSES,
  PROGRESS_SECTIONS,
  RESOURCES,
  SHARED_BY_LIMITS,
} from './budget-values';
import { messageKey } from '../problems';

export * from './budget-values';

const person = z.strictObject({
  name: text(200),
  reference: text(100).optional(),
});

const carer = z.strictObject({
  id: identifier(),
  name: requiredText(200),
  relationship: text(100).optional(),
  age: wholeNumber(0, 120).optional(),
  ownHealthCondition: flag(),
  willingAndAble: flag(),
  /** The carer's own score from an assessment done elsewhere (version 4): never the questions. */
  score: carerScoreSchema.optional(),
});

/** The plan in time: `start` is required once there is a plan; `end` is absent while it goes on. */
const plan = z.strictObject({
  start: isoDate(),
  end: isoDate().optional(),
  /** Absent means `draft`. */
  status: oneOf(PLAN_STATUSES).optional(),
  cohort: oneOf(COHORTS).optional(),
  /** The annual cost of the package this plan replaces, where it is known. */
  comparatorAnnual: money().optional(),
  // The plan around the money (version 4): when it is reviewed, in plan-reviews.ts.
  ...reviewScheduleFields,
});

/** A personal assistant the person employs, with the hours a week of their contract. */
const assistant = z.strictObject({
  id: identifier(),
  name: requiredText(200),
  /** Hours a week, as text ("16" or "37.5"). */
  contractedHoursWeekly: decimalText(0, 168),
});

/**
 * A line that does not come every week: exactly one of `everyWeeks` (its days come one
 * week in N) or `weeksAYear` (N weeks a year, such as respite). Absent means every week.
 */
export const lineFrequency = z
  .strictObject({
    everyWeeks: wholeNumber(
      FREQUENCY_LIMITS.everyWeeks.min,
      FREQUENCY_LIMITS.everyWeeks.max,
    ).optional(),
    weeksAYear: wholeNumber(
      FREQUENCY_LIMITS.weeksAYear.min,
      FREQUENCY_LIMITS.weeksAYear.max,
    ).optional(),
  })
  .refine((given) => (given.everyWeeks === undefined) !== (given.weeksAYear === undefined), {
    error: messageKey('validation.frequencyOneOf'),
  });

/**
 * A price agreed for one line (pricing rule 17): `hourly` on a visits line, `perNight` on
 * a sleep-in, exactly one of them. On a provider line it is the agreed rate; on a PA
 * line the agreed pay, to which the card's on-costs are still added.
 */
const agreedFigure = z
  .strictObject({ hourly: money().optional(), perNight: money().optional() })
  .refine((given) => (given.hourly === undefined) !== (given.perNight === undefined), {
    error: messageKey('validation.agreedOneOf'),
  });

/** What every need line has, whatever its kind. */
const lineBase = {
  id: identifier(),
  domain: identifier(),
  activity: requiredText(200),
  resource: oneOf(RESOURCES),
  provider: identifier().optional(),
  carer: identifier().optional(),
  workers: wholeNumber(1, 4),
  days: days(),
  /** The named assistant who works this line: only on a personal-assistant line. */
  assistant: identifier().optional(),
  /** The first and last days the line is given, both included. */
  from: isoDate().optional(),
  until: isoDate().optional(),
  frequency: lineFrequency.optional(),
  /** A price agreed with the provider for this line: only on a registered-provider line. */
  agreedRate: agreedFigure.optional(),
  /** Pay agreed with the assistant for this line: only on a personal-assistant line. */
  agreedPay: agreedFigure.optional(),
  /** Who agreed the rate or pay, and when: required with either, and only with one. */
  agreedSource: requiredText(300).optional(),
  /** How many people share the same worker or workers at the same time (rule 18). */
  sharedBy: wholeNumber(SHARED_BY_LIMITS.min, SHARED_BY_LIMITS.max).optional(),
  // The plan around the money (version 4): the outcomes this need serves.
  ...servesOutcomes,
};

const visitsLine = z.strictObject({
  ...lineBase,
  kind: literal('visits'),
  minutes: wholeNumber(1, MINUTES_IN_A_DAY),
  visitsPerDay: wholeNumber(1, 48),
  period: oneOf(['day', 'night']),
});

/** A flat allowance per night for someone sleeping in; `days` are the nights. */
const sleepInLine = z.strictObject({
  ...lineBase,
  kind: literal('sleep-in'),
});

const line = z.discriminatedUnion('kind', [visitsLine, sleepInLine]);

const expense = z.strictObject({
  id: identifier(),
  domain: identifier().optional(),
  description: requiredText(200),
  amount: money(),
  frequency: oneOf(FREQUENCIES),
  kind: oneOf(['expense', 'investment']),
  /** A recurring amount's first and last days, both included. */
  from: isoDate().optional(),
  until: isoDate().optional(),
  /** The day a one-off amount is spent. */
  date: isoDate().optional(),
  /** What a one-off investment changes: lines it ends (each with `until`) and starts (each with `from`). */
  effect: z
    .strictObject({
      ends: list(identifier(), 0, BUDGET_LIMITS.lines).optional(),
      starts: list(identifier(), 0, BUDGET_LIMITS.lines).optional(),
    })
    .optional(),
  // The plan around the money (version 4): the outcomes this expense serves.
  ...servesOutcomes,
});

/** Each name at most once in its list. */
const distinct = <T extends z.ZodType<string>>(item: T, max: number) =>
  list(item, 0, max).refine((all) => new Set(all).size === all.length, {
    error: messageKey('validation.repeatedName'),
  });

/**
 * How far the task list has got: the sections the person has said are done, and the areas
 * of life they have said are not needed. Not part of the plan: a revision does not keep it.
 */
const progress = z.strictObject({
  completed: distinct(oneOf(PROGRESS_SECTIONS), PROGRESS_SECTIONS.length).optional(),
  areasCompleted: distinct(identifier(), BUDGET_LIMITS.areas).optional(),
  areasNotNeeded: distinct(identifier(), BUDGET_LIMITS.areas).optional(),
});

/** What a person fills in: everything but the file header, the id, the card and the history. */
const content = {
  title: text(200),
  plan: plan.optional(),
  person,
  fundingRoute: oneOf(FUNDING_ROUTES),
  indicativeAnnual: money().nullable().optional(),
  carers: list(carer, 0, BUDGET_LIMITS.carers),
  assistants: list(assistant, 0, BUDGET_LIMITS.assistants).optional(),
  lines: list(line, 0, BUDGET_LIMITS.lines),
  expenses: list(expense, 0, BUDGET_LIMITS.expenses),
  // The plan around the money (version 4): outcomes.
  ...planAroundContent,
  // The plan around the money (version 4): risks, contingency and who pays.
  ...planCoverContent,
};

/** A revision's copy of the budget's content; its rate card is on the revision itself. */
export const budgetSnapshotSchema = z.strictObject(content);

export const budgetSchema = z.strictObject({
  format: literal(BUDGET_FORMAT),
  version: literal(BUDGET_VERSION),
  id: identifier(),
  rateCard: identifier(),
  ...content,
  /** Oldest first, numbered from 1; absent or empty before the first revision. */
  revisions: list(revisionSchema(budgetSnapshotSchema), 0, MAX_REVISIONS).optional(),
  progress: progress.optional(),
  // The plan around the money (version 4): reviews held and status moves, in plan-reviews.ts.
  ...planReviewHistory,
});

export type Budget = z.infer<typeof budgetSchema>;
export type Carer = Budget['carers'][number];
export type Plan = NonNullable<Budget['plan']>;
export type Assistant = NonNullable<Budget['assistants']>[number];
export type AgreedFigure = NonNullable<NeedLine['agreedRate']>;
export type LineFrequency = NonNullable<NeedLine['frequency']>;
export type InvestmentEffect = NonNullable<Expense['effect']>;
export type NeedLine = Budget['lines'][number];
export type VisitsLine = Extract<NeedLine, { kind: 'visits' }>;
export type SleepInLine = Extract<NeedLine, { kind: 'sleep-in' }>;
export type Expense = Budget['expenses'][number];
export type BudgetSnapshot = z.infer<typeof budgetSnapshotSchema>;
export type Progress = NonNullable<Budget['progress']>;
export type Revision = NonNullable<Budget['revisions']>[number];
export type Outcome = NonNullable<Budget['outcomes']>[number];
export type Review = NonNullable<Budget['reviews']>[number];
export type StatusChange = NonNullable<Budget['statusChanges']>[number];
export type Approval = NonNullable<StatusChange['approval']>;
export type Risk = NonNullable<Budget['risks']>[number];
export type Contingency = NonNullable<Budget['contingency']>;
export type WhoPays = NonNullable<Budget['whoPays']>;
export type CarerScore = NonNullable<Carer['score']>;
