/**
 * The budget file's schema (budget.ts and the parts it spreads in: plan-around.ts,
 * plan-cover.ts, plan-reviews.ts, revision.ts) written out by hand, for speed: a caseload
 * or a team's monitoring reads thousands of budgets, and the schema was about a third of
 * reading them. As the ledger's reader (ledger/fast-ledger.ts), it gives exactly what the
 * schema gives for a budget the schema accepts (new objects and lists, fields in the
 * schema's order, required texts trimmed), and null for anything it is not sure of: a
 * field missing, wrong or out of place, a value that is `undefined`, an object that is
 * not a plain one. The schema then reads that budget, so every message about a refused
 * budget is still the schema's own. It reads the current version only: `readDocument`
 * hands it a file after its migrations, and the rules that span fields (budget-rules.ts)
 * run after it as after the schema. `tests/unit/budget-fast-read.test.ts` holds the two
 * equal on generated budgets, valid and not.
 */
import { DAYS } from '../days';
import { MINUTES_IN_A_DAY } from '../hours';
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
import type { Budget } from './budget';
import {
  decimal,
  fields,
  flag,
  id,
  list,
  matching,
  money,
  oneOf,
  readOrNull,
  REFUSED,
  requiredText,
  text,
  whole,
  type Fields,
} from './fast-fields';
import { DATE_PATTERN, isRealPatternDate } from './fields';
import { OUTCOME_LIMITS } from './plan-around-values';
import { COVER_RESOURCES, FUNDERS, PLAN_COVER_LIMITS, RISK_LIKELIHOODS } from './plan-cover-values';
import { APPROVER_ROLES, REVIEW_LIMITS, REVIEW_RESULTS } from './plan-reviews-values';
import { MAX_REVISIONS, REVISION_ROLES } from './revision';

type Read = (value: unknown) => unknown;

/** `isoDate()`: the pattern, then a day that is. */
function date(value: unknown): string {
  const written = matching(value, DATE_PATTERN);
  if (!isRealPatternDate(written)) throw REFUSED;
  return written;
}

/** The readers of optional fields: `optional(read)` marks one, as `.optional()` does. */
const OPTIONAL = new WeakSet<Read>();

function optional(read: Read): Read {
  const field = (value: unknown) => read(value);
  OPTIONAL.add(field);
  return field;
}

/**
 * `z.strictObject(shape)`, for a shape whose fields are each read by `shape[key]`,
 * required unless marked `optional`: a new object with the fields in the shape's order,
 * an optional one only where it is given.
 */
function strict(shape: Readonly<Record<string, Read>>) {
  const allowed = new Set(Object.keys(shape));
  const order = Object.entries(shape).map(
    ([key, read]) => [key, read, OPTIONAL.has(read)] as const,
  );
  return (value: unknown): Fields => {
    const given = fields(value, allowed);
    const read: Fields = {};
    for (const [key, field, isOptional] of order) {
      const one = given[key];
      if (one === undefined) {
        if (!isOptional) throw REFUSED;
      } else read[key] = field(one);
    }
    return read;
  };
}

/** A `.refine` on an object or list: read, then the schema's own test of it. */
function refined<T>(read: (value: unknown) => T, holds: (read: T) => boolean) {
  return (value: unknown): T => {
    const one = read(value);
    if (!holds(one)) throw REFUSED;
    return one;
  };
}

/** Exactly one of two optional fields, as `lineFrequency` and `agreedFigure` refine. */
const oneOfTwo = (first: string, second: string) => (given: Fields) =>
  (given[first] === undefined) !== (given[second] === undefined);

/** Each value at most once, as `days()` and the `distinct` lists refine. */
const distinct = (all: readonly unknown[]) => new Set(all).size === all.length;

const identifiers = (max: number) => (value: unknown) => list(value, max, id);

const person = strict({
  name: (value) => text(value, 200),
  reference: optional((value) => text(value, 100)),
});

const carerScore = strict({
  value: (value) => decimal(value, 0, PLAN_COVER_LIMITS.scoreMax),
  scale: (value) => requiredText(value, PLAN_COVER_LIMITS.scaleName),
  on: date,
});

const carer = strict({
  id,
  name: (value) => requiredText(value, 200),
  relationship: optional((value) => text(value, 100)),
  age: optional((value) => whole(value, 0, 120)),
  ownHealthCondition: flag,
  willingAndAble: flag,
  score: optional(carerScore),
});

const plan = strict({
  start: date,
  end: optional(date),
  status: optional((value) => oneOf(value, PLAN_STATUSES)),
  cohort: optional((value) => oneOf(value, COHORTS)),
  comparatorAnnual: optional(money),
  firstReview: optional(date),
  reviewEveryMonths: optional((value) => whole(value, 1, REVIEW_LIMITS.everyMonths)),
});

const assistant = strict({
  id,
  name: (value) => requiredText(value, 200),
  contractedHoursWeekly: (value) => decimal(value, 0, 168),
});

const frequency = refined(
  strict({
    everyWeeks: optional((value) =>
      whole(value, FREQUENCY_LIMITS.everyWeeks.min, FREQUENCY_LIMITS.everyWeeks.max),
    ),
    weeksAYear: optional((value) =>
      whole(value, FREQUENCY_LIMITS.weeksAYear.min, FREQUENCY_LIMITS.weeksAYear.max),
    ),
  }),
  oneOfTwo('everyWeeks', 'weeksAYear'),
);

const agreedFigure = refined(
  strict({ hourly: optional(money), perNight: optional(money) }),
  oneOfTwo('hourly', 'perNight'),
);

const days = refined((value: unknown) => {
  const read = list(value, DAYS.length, (one) => oneOf(one, DAYS));
  if (read.length < 1) throw REFUSED;
  return read;
}, distinct);

const servesOutcomes = { outcomes: optional(identifiers(OUTCOME_LIMITS.servedByOne)) };

const lineBase = {
  id,
  domain: id,
  activity: (value: unknown) => requiredText(value, 200),
  resource: (value: unknown) => oneOf(value, RESOURCES),
  provider: optional(id),
  carer: optional(id),
  workers: (value: unknown) => whole(value, 1, 4),
  days,
  assistant: optional(id),
  from: optional(date),
  until: optional(date),
  frequency: optional(frequency),
  agreedRate: optional(agreedFigure),
  agreedPay: optional(agreedFigure),
  agreedSource: optional((value) => requiredText(value, 300)),
  sharedBy: optional((value) => whole(value, SHARED_BY_LIMITS.min, SHARED_BY_LIMITS.max)),
  ...servesOutcomes,
};

const visitsLine = strict({
  ...lineBase,
  kind: (value) => oneOf(value, ['visits']),
  minutes: (value) => whole(value, 1, MINUTES_IN_A_DAY),
  visitsPerDay: (value) => whole(value, 1, 48),
  period: (value) => oneOf(value, ['day', 'night']),
});

const sleepInLine = strict({ ...lineBase, kind: (value) => oneOf(value, ['sleep-in']) });

/** `z.discriminatedUnion('kind', …)`: the line's kind says which shape reads it. */
function line(value: unknown): unknown {
  const kind = typeof value === 'object' && value !== null ? (value as Fields)['kind'] : undefined;
  if (kind === 'visits') return visitsLine(value);
  if (kind === 'sleep-in') return sleepInLine(value);
  throw REFUSED;
}

const expense = strict({
  id,
  domain: optional(id),
  description: (value) => requiredText(value, 200),
  amount: money,
  frequency: (value) => oneOf(value, FREQUENCIES),
  kind: (value) => oneOf(value, ['expense', 'investment']),
  from: optional(date),
  until: optional(date),
  date: optional(date),
  effect: optional(
    strict({
      ends: optional(identifiers(BUDGET_LIMITS.lines)),
      starts: optional(identifiers(BUDGET_LIMITS.lines)),
    }),
  ),
  ...servesOutcomes,
});

const outcome = strict({
  id,
  words: (value) => requiredText(value, OUTCOME_LIMITS.words, 'many'),
  goodLooksLike: optional((value) => text(value, OUTCOME_LIMITS.goodLooksLike, 'many')),
  byWhen: optional(date),
});

const risk = strict({
  id,
  what: (value) => requiredText(value, PLAN_COVER_LIMITS.riskWhat, 'many'),
  likelihood: (value) => oneOf(value, RISK_LIKELIHOODS),
  inPlace: optional((value) => text(value, PLAN_COVER_LIMITS.riskInPlace, 'many')),
});

const contingency = strict({
  carer: optional(strict({ id: optional(id), resource: (value) => oneOf(value, COVER_RESOURCES) })),
  providerCover: optional(
    strict({ days: (value) => whole(value, 1, PLAN_COVER_LIMITS.coverDays) }),
  ),
  inBudget: optional(flag),
});

const whoPays = strict({
  contributionWeekly: optional(money),
  funder: (value) => oneOf(value, FUNDERS),
  icbPercent: optional((value) => decimal(value, 0, 100)),
});

/** What a person fills in: the budget's content, and each revision's snapshot of it. */
const content = {
  title: (value: unknown) => text(value, 200),
  plan: optional(plan),
  person,
  fundingRoute: (value: unknown) => oneOf(value, FUNDING_ROUTES),
  indicativeAnnual: optional((value) => (value === null ? null : money(value))),
  carers: (value: unknown) => list(value, BUDGET_LIMITS.carers, carer),
  assistants: optional((value) => list(value, BUDGET_LIMITS.assistants, assistant)),
  lines: (value: unknown) => list(value, BUDGET_LIMITS.lines, line),
  expenses: (value: unknown) => list(value, BUDGET_LIMITS.expenses, expense),
  outcomes: optional((value) => list(value, OUTCOME_LIMITS.outcomes, outcome)),
  risks: optional((value) => list(value, PLAN_COVER_LIMITS.risks, risk)),
  contingency: optional(contingency),
  whoPays: optional(whoPays),
};

const revision = strict({
  number: (value) => whole(value, 1, MAX_REVISIONS),
  date,
  reason: (value) => requiredText(value, 500, 'many'),
  madeBy: strict({
    role: (value) => oneOf(value, REVISION_ROLES),
    name: optional((value) => text(value, 200)),
  }),
  rateCard: id,
  snapshot: strict(content),
});

const distinctList = (max: number, item: Read) =>
  optional(refined((value: unknown) => list(value, max, item), distinct));

const progress = strict({
  completed: distinctList(PROGRESS_SECTIONS.length, (value) => oneOf(value, PROGRESS_SECTIONS)),
  areasCompleted: distinctList(BUDGET_LIMITS.areas, id),
  areasNotNeeded: distinctList(BUDGET_LIMITS.areas, id),
});

/** Who did something, in reviews and status moves. */
const actor = strict({
  role: (value) => oneOf(value, REVISION_ROLES),
  name: (value) => requiredText(value, 200),
});

const finding = strict({
  outcome: id,
  result: (value) => oneOf(value, REVIEW_RESULTS),
  notes: optional((value) => text(value, REVIEW_LIMITS.notes, 'many')),
});

const review = strict({
  id,
  date,
  by: actor,
  revision: (value) => whole(value, 1, MAX_REVISIONS),
  outcomes: (value) => list(value, REVIEW_LIMITS.findings, finding),
  notes: optional((value) => text(value, REVIEW_LIMITS.notes, 'many')),
});

const approval = strict({
  name: (value) => requiredText(value, 200),
  role: (value) => oneOf(value, APPROVER_ROLES),
  upTo: optional(money),
  reason: (value) => requiredText(value, REVIEW_LIMITS.notes, 'many'),
});

const statusChange = strict({
  from: (value) => oneOf(value, PLAN_STATUSES),
  to: (value) => oneOf(value, PLAN_STATUSES),
  date,
  by: actor,
  approval: optional(approval),
});

const budget = strict({
  format: (value) => oneOf(value, [BUDGET_FORMAT]),
  version: (value) => {
    if (value !== BUDGET_VERSION) throw REFUSED;
    return value;
  },
  id,
  rateCard: id,
  ...content,
  revisions: optional((value) => list(value, MAX_REVISIONS, revision)),
  progress: optional(progress),
  reviews: optional((value) => list(value, REVIEW_LIMITS.reviews, review)),
  statusChanges: optional((value) => list(value, REVIEW_LIMITS.statusChanges, statusChange)),
});

/** The budget exactly as `budgetSchema` would give it, or null: then read it with the schema. */
export function readBudgetFast(value: unknown): Budget | null {
  return readOrNull(value, budget) as Budget | null;
}
