/**
 * The plan in time for generated budgets (budget file version 3, docs/plan-in-time.md):
 * a share of budgets gets a `plan` with dates, status and cohort, and some of their lines
 * become time-limited, respite, every other week, worked by named personal assistants or
 * ended and started by an investment. It draws on its own stream of random numbers, so a
 * budget it leaves alone is exactly what the generator made before plans existed, and a
 * budget it changes keeps its people, expenses and number of lines (a line it makes
 * respite, or the lighter care after an investment, takes the place of another).
 */
import { addDays, addYears, dayNumber, financialYearOf } from '../domain/calendar';
import type { Assistant, Budget, Expense, NeedLine, Plan } from '../domain/schema/budget';
import {
  COHORTS,
  PLAN_STATUSES,
  type Cohort,
  type PlanStatus,
} from '../domain/schema/budget-values';
import type { RateCard } from '../domain/schema/rate-card';
import { FIRST_NAMES, INVESTMENTS, SURNAMES } from './generate-words';
import type { Prng } from './prng';

/** The share of budgets with a plan in time; the rest stay as version 1 and 2 budgets were. */
const PLANNED_SHARE = 0.6;

/** Most plans on a caseload are running; a few are still being agreed or have ended. */
const STATUS_WEIGHTS: Readonly<Record<PlanStatus, number>> = {
  draft: 0.06,
  proposed: 0.08,
  agreed: 0.12,
  active: 0.6,
  ended: 0.14,
};

/** Care Act personal budgets and NHS continuing healthcare are the largest groups. */
const COHORT_WEIGHTS: Readonly<Record<Cohort, number>> = {
  'social-care': 0.3,
  'adult-chc': 0.2,
  'adult-fast-track': 0.05,
  'children-continuing-care': 0.05,
  'personal-wheelchair-budget': 0.04,
  'section-117': 0.08,
  'joint-funded': 0.08,
  'learning-disability-autism': 0.08,
  'mental-health-other': 0.05,
  'end-of-life': 0.04,
  other: 0.03,
};

/** Each feature's chance in a budget with a plan. */
const CHANCE = {
  end: 0.3,
  comparator: 0.3,
  uplift: 0.35,
  respite: 0.25,
  everyOtherWeek: 0.35,
  assistants: 0.6,
  investment: 0.25,
  datedOneOff: 0.7,
};

/** A six-week uplift after a hospital discharge: 42 days, both ends included. */
const UPLIFT_DAYS = 42;

/**
 * Puts one budget in time, or returns it unchanged. Plans start within the card's
 * financial year and the one before it, so a caseload made for a card is live in it.
 */
export function putInTime(random: Prng, budget: Budget, card: RateCard): Budget {
  if (!random.chance(PLANNED_SHARE)) return budget;
  const plan = makePlan(random, card);
  const lines = [...budget.lines];
  const expenses = [...budget.expenses];
  /** Indexes of lines already given a feature, so each line has at most one. */
  const taken = new Set<number>();
  // The day by which the plan's changes have happened: its first year, cut to its end.
  const last = minDate(addDays(addYears(plan.start, 1), -1), plan.end);
  if (random.chance(CHANCE.investment))
    addInvestment(random, lines, expenses, taken, plan.start, last);
  if (random.chance(CHANCE.uplift)) {
    withFreeLine(
      random,
      lines,
      taken,
      (line) => line.domain === 'personal-care' && isPaid(line),
      (line) => {
        const from = dayBetween(random, plan.start, last);
        return {
          ...line,
          activity: `${line.activity} (extra after hospital discharge)`,
          from,
          until: addDays(from, UPLIFT_DAYS - 1),
        };
      },
    );
  }
  if (random.chance(CHANCE.respite)) {
    const domain = card.domains.some((d) => d.id === 'carers-breaks') ? 'carers-breaks' : undefined;
    withFreeLine(
      random,
      lines,
      taken,
      () => true,
      (line) => respiteLine(random, line.id, domain ?? line.domain),
    );
  }
  if (random.chance(CHANCE.everyOtherWeek)) {
    withFreeLine(
      random,
      lines,
      taken,
      (line) => line.domain !== 'personal-care',
      (line) => ({ ...line, frequency: { everyWeeks: 2 } }),
    );
  }
  const assistants = random.chance(CHANCE.assistants) ? nameAssistants(random, lines) : [];
  for (const [index, expense] of expenses.entries()) {
    if (
      expense.frequency === 'one-off' &&
      expense.date === undefined &&
      random.chance(CHANCE.datedOneOff)
    ) {
      expenses[index] = { ...expense, date: dayBetween(random, plan.start, last) };
    }
  }
  // In the schema's order, so a file reads as one saved by the app. PA lines need a direct payment.
  return {
    format: budget.format,
    version: budget.version,
    id: budget.id,
    title: budget.title,
    plan,
    person: budget.person,
    fundingRoute: assistants.length > 0 ? 'direct-payment' : budget.fundingRoute,
    rateCard: budget.rateCard,
    indicativeAnnual: budget.indicativeAnnual,
    carers: budget.carers,
    ...(assistants.length > 0 ? { assistants } : {}),
    lines,
    expenses,
  };
}

function makePlan(random: Prng, card: RateCard): Plan {
  const year = financialYearOf(card.validFrom);
  const start = dayBetween(random, addYears(year.from, -1), year.to);
  const status = weighted(random, STATUS_WEIGHTS, PLAN_STATUSES);
  // An ended plan ended by the close of the card's year; some running ones have an end set already.
  const end =
    status === 'ended'
      ? dayBetween(random, minDate(addDays(start, 60), year.to), year.to)
      : random.chance(CHANCE.end)
        ? addDays(start, random.int(90, 730))
        : undefined;
  const cohort = weighted(random, COHORT_WEIGHTS, COHORTS);
  const comparator = random.chance(CHANCE.comparator)
    ? `${random.int(8000, 120000)}.00`
    : undefined;
  return {
    start,
    ...(end === undefined ? {} : { end }),
    status,
    cohort,
    ...(comparator === undefined ? {} : { comparatorAnnual: comparator }),
  };
}

/**
 * An investment that changes care from its date: a paid line ends the day before, and
 * another line becomes the lighter care that replaces it (one worker fewer, or shorter
 * visits), starting that day.
 */
function addInvestment(
  random: Prng,
  lines: NeedLine[],
  expenses: Expense[],
  taken: Set<number>,
  start: string,
  last: string,
): void {
  // Only a line that can be made lighter: double-handed, or visits of half an hour or more.
  const ended = freeIndex(
    random,
    lines,
    taken,
    (line) => isPaid(line) && line.kind === 'visits' && (line.workers > 1 || line.minutes >= 30),
  );
  if (ended === undefined) return;
  taken.add(ended);
  const replaced = freeIndex(random, lines, taken, () => true);
  if (replaced === undefined) {
    taken.delete(ended);
    return;
  }
  taken.add(replaced);
  const before = lines[ended] as Extract<NeedLine, { kind: 'visits' }>;
  // A month in, so the ended line is given for a while first; never after the plan's first year.
  const date = dayBetween(random, minDate(addDays(start, 28), last), last);
  const fewerWorkers = before.workers > 1;
  const lighter = fewerWorkers
    ? { workers: before.workers - 1 }
    : { minutes: Math.max(15, Math.floor((before.minutes * 0.6) / 15) * 15) };
  lines[ended] = { ...before, until: addDays(date, -1) };
  lines[replaced] = { ...before, ...lighter, id: (lines[replaced] as NeedLine).id, from: date };
  const template = random.pick(fewerWorkers ? INVESTMENTS.fewerWorkers : INVESTMENTS.shorterVisits);
  expenses.push({
    id: `e${expenses.length + 1}`,
    domain: before.domain,
    description: template.description,
    amount: `${random.int(template.pounds[0], template.pounds[1])}.00`,
    frequency: 'one-off',
    kind: 'investment',
    date,
    effect: { ends: [before.id], starts: [(lines[replaced] as NeedLine).id] },
  });
}

/** A week or a few a year of round-the-clock support at home while a family carer has a break. */
function respiteLine(random: Prng, id: string, domain: string): NeedLine {
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  return {
    id,
    kind: 'visits',
    domain,
    activity: 'Respite at home while a carer has a break',
    resource: 'registered-provider',
    workers: 1,
    days: [...days],
    minutes: random.pick([480, 600, 720]),
    visitsPerDay: 1,
    period: 'day',
    frequency: { weeksAYear: random.int(2, 6) },
  };
}

/**
 * Names the personal assistants who work the budget's single-handed PA visits: one to
 * three, each line worked by one of them, with a contract that mostly covers their hours
 * (sometimes a little under, as happens when a plan grows before the contract does).
 */
function nameAssistants(random: Prng, lines: NeedLine[]): Assistant[] {
  const worked = lines.flatMap((line, index) =>
    line.resource === 'personal-assistant' && line.kind === 'visits' && line.workers === 1
      ? [index]
      : [],
  );
  if (worked.length === 0) return [];
  const count = Math.min(worked.length, random.int(1, 3));
  const minutes = Array.from({ length: count }, () => 0);
  for (const index of worked) {
    if (!random.chance(0.8)) continue;
    const line = lines[index] as Extract<NeedLine, { kind: 'visits' }>;
    const who = random.int(0, count - 1);
    const weeks = line.frequency?.everyWeeks ?? 1;
    minutes[who] =
      (minutes[who] ?? 0) + (line.minutes * line.visitsPerDay * line.days.length) / weeks;
    lines[index] = { ...line, assistant: `pa${who + 1}` };
  }
  return minutes.map((total, who) => {
    const hours = Math.ceil(total / 60) - (random.chance(0.15) ? random.int(1, 3) : 0);
    return {
      id: `pa${who + 1}`,
      name: `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`,
      contractedHoursWeekly: String(Math.min(168, Math.max(hours, 1))),
    };
  });
}

/** Changes one line not yet given a feature that `fits`, when there is one. */
function withFreeLine(
  random: Prng,
  lines: NeedLine[],
  taken: Set<number>,
  fits: (line: NeedLine) => boolean,
  change: (line: NeedLine) => NeedLine,
): void {
  const index = freeIndex(random, lines, taken, fits);
  if (index === undefined) return;
  taken.add(index);
  lines[index] = change(lines[index] as NeedLine);
}

function freeIndex(
  random: Prng,
  lines: readonly NeedLine[],
  taken: ReadonlySet<number>,
  fits: (line: NeedLine) => boolean,
): number | undefined {
  const free = lines.flatMap((line, index) => (!taken.has(index) && fits(line) ? [index] : []));
  return free.length === 0 ? undefined : random.pick(free);
}

function isPaid(line: NeedLine): boolean {
  return line.resource === 'registered-provider' || line.resource === 'personal-assistant';
}

/** A day from `from` to `to`, both included. */
function dayBetween(random: Prng, from: string, to: string): string {
  return addDays(from, random.int(0, Math.max(0, dayNumber(to) - dayNumber(from))));
}

function minDate(a: string, b: string | undefined): string {
  return b !== undefined && b < a ? b : a;
}

function weighted<T extends string>(
  random: Prng,
  weights: Readonly<Record<T, number>>,
  order: readonly T[],
): T {
  let roll = random.next();
  for (const value of order) {
    if (roll < weights[value]) return value;
    roll -= weights[value];
  }
  return order[order.length - 1] as T;
}
