/**
 * Budget file, version 2 (budget-model.md, normative; version 2 adds `revisions`, the
 * history). Field names may be added, never renamed.
 */
import { z } from 'zod';
import {
  days,
  flag,
  identifier,
  list,
  literal,
  money,
  oneOf,
  requiredText,
  text,
  wholeNumber,
} from './fields';
import { MAX_REVISIONS, revisionSchema } from './revision';
import {
  BUDGET_FORMAT,
  BUDGET_LIMITS,
  BUDGET_VERSION,
  FREQUENCIES,
  FUNDING_ROUTES,
  RESOURCES,
} from './budget-values';

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
});

/** What every need line has, whatever its kind. */
const lineBase = {
  id: identifier(),
  domain: identifier(),
  activity: requiredText(200),
  outcome: text(300, 'many').optional(),
  resource: oneOf(RESOURCES),
  provider: identifier().optional(),
  carer: identifier().optional(),
  workers: wholeNumber(1, 4),
  days: days(),
};

const visitsLine = z.strictObject({
  ...lineBase,
  kind: literal('visits'),
  minutes: wholeNumber(1, 1440),
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
});

/** What a person fills in: everything but the file header, the id, the card and the history. */
const content = {
  title: text(200),
  person,
  fundingRoute: oneOf(FUNDING_ROUTES),
  indicativeAnnual: money().nullable().optional(),
  carers: list(carer, 0, BUDGET_LIMITS.carers),
  lines: list(line, 0, BUDGET_LIMITS.lines),
  expenses: list(expense, 0, BUDGET_LIMITS.expenses),
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
});

export type Budget = z.infer<typeof budgetSchema>;
export type Carer = Budget['carers'][number];
export type NeedLine = Budget['lines'][number];
export type VisitsLine = Extract<NeedLine, { kind: 'visits' }>;
export type SleepInLine = Extract<NeedLine, { kind: 'sleep-in' }>;
export type Expense = Budget['expenses'][number];
export type BudgetSnapshot = z.infer<typeof budgetSnapshotSchema>;
export type Revision = NonNullable<Budget['revisions']>[number];
