/**
 * The unpaid care a plan relies on, per carer, against the rate card's carer policy
 * (docs/pricing-rules.md, "Carer burden": the flag ids are kept in files and reports).
 */
import type Decimal from 'decimal.js';
import { DAYS, type Day } from './days';
import { minutesADay, minutesAWeek, minutesToHours, type Hours, type Minutes } from './hours';
import { describeFrequency, hoursByFrequency } from './pricing/frequency';
import { perObject, weeksPerYearOf } from './pricing/per-card';
import { Dec, roundToPenny, type Money } from './money';
import type { Budget, Carer, NeedLine } from './schema/budget';
import type { CarerPolicy, RateCard } from './schema/rate-card';
import { reliefRates, type ReliefRates } from './pricing/rates';

export const CARER_FLAG_IDS = [
  'carer-hours-notice',
  'carer-hours-high',
  'carer-hours-very-high',
  'carer-nights',
  'carer-no-break',
  'carer-not-willing',
  'carer-older-or-unwell',
] as const;
export type CarerFlagId = (typeof CARER_FLAG_IDS)[number];
export type Severity = 'notice' | 'warning' | 'serious';

/** What moving some care to paid support would take, and cost a week. */
export interface Relief {
  /** Hours of help a week to move: daytime hours, or waking-night hours when `atNight`. */
  readonly hours: Hours;
  /** Sleep-ins a week to move, priced at the sleep-in rate. */
  readonly nights: number;
  /** The days (or, for the nights flag, the nights) whose care moves; empty when any hours will do. */
  readonly days: readonly Day[];
  /** The hours are help in the night, priced at the weekday waking-night rate. */
  readonly atNight: boolean;
  readonly paWeekly: Money;
  readonly providerWeekly: Money;
}

/** The care whose move to paid support clears every one of a carer's flags together. */
export interface CarerFix {
  /** The carer's lines to move, in the plan's order: what the what-if is opened with. */
  readonly lineIds: readonly string[];
  readonly hours: Hours;
  readonly sleepIns: number;
}

export interface CarerFlag {
  readonly id: CarerFlagId;
  readonly severity: Severity;
  /** What was measured: hours a week, nights a week or caring days a week. */
  readonly measure: 'hours' | 'nights' | 'days' | 'willing';
  readonly found: Decimal;
  /** The policy threshold it was measured against; null for the not-willing flag. */
  readonly threshold: Decimal | null;
  /** What would bring the carer under the threshold (for not-willing: all of their care). */
  readonly relief: Relief;
  /** For the older-or-unwell flag when the carer's age is the reason: the card's older-carer age. */
  readonly olderAge?: number;
}

export interface CarerBurden {
  readonly carer: Carer;
  /** Hours a week, the hours of lines that do not come every week averaged (rule 9). */
  readonly hours: Hours;
  readonly nights: number;
  readonly caringDays: number;
  readonly flags: readonly CarerFlag[];
  /** What clears all the flags at once, in whole lines; null when there are none to clear. */
  readonly fix: CarerFix | null;
}

/** A carer's week, day by day: the raw material of every measure and relief. */
interface CarerWeek {
  readonly minutesByDay: ReadonlyMap<Day, number>;
  /** The part of each day's minutes given in the night (waking-night visits). */
  readonly nightMinutesByDay: ReadonlyMap<Day, number>;
  readonly sleepInsByDay: ReadonlyMap<Day, number>;
  readonly nightDays: ReadonlySet<Day>;
  readonly caringDays: ReadonlySet<Day>;
  /** Minutes a week on average of lines that do not come every week: no day of their own. */
  readonly averagedMinutes: Decimal;
  readonly reliesOnLine: boolean;
}

/**
 * Hours moved to bring a carer under a threshold are rounded up to the next quarter
 * hour: the smallest unit home care is usually commissioned in, and "under" means
 * strictly below the threshold, as the flags fire at or above it.
 */
const RELIEF_STEP_MINUTES = 15;

export function assessCarers(budget: Budget, card: RateCard): CarerBurden[] {
  return budget.carers.map((carer) => assessCarer(carer, budget.lines, card));
}

/**
 * One carer's burden: only their own lines among `lines` count, so a change to anyone
 * else's lines leaves it as it was (re-pricing after an edit keeps it).
 */
export function assessCarer(carer: Carer, lines: readonly NeedLine[], card: RateCard): CarerBurden {
  const weeksPerYear = weeksPerYearOf(card);
  const burden = assessFlags(
    carer,
    carerWeek(carer.id, lines, weeksPerYear),
    card.carerPolicy,
    reliefRates(card),
  );
  // The search for a fix asks only whether a choice clears every flag: the flags' tests
  // without working out each one's relief, which the search never shows.
  const clearsAll = (chosen: readonly NeedLine[]) =>
    !anyFlag(triggers(carer, carerWeek(carer.id, chosen, weeksPerYear), card.carerPolicy));
  // Searched for the first time it is read, once: the carers' page and the text report
  // read it, a caseload (which counts only the flags) never does.
  let fix: CarerFix | null | undefined;
  return {
    ...burden,
    get fix(): CarerFix | null {
      if (fix === undefined)
        fix = burden.flags.length === 0 ? null : fixFor(carer.id, lines, clearsAll);
      return fix;
    },
  };
}

/**
 * The ids of the flags `assessCarer` raises for a carer, in the order it raises them,
 * without working out their reliefs or fix: what a caseload counts.
 */
export function carerFlagIds(
  carer: Carer,
  lines: readonly NeedLine[],
  card: RateCard,
): CarerFlagId[] {
  const found = triggers(carer, carerWeek(carer.id, lines, weeksPerYearOf(card)), card.carerPolicy);
  const ids: CarerFlagId[] = [];
  if (found.hoursFlag !== null) ids.push(found.hoursFlag.id);
  if (found.nightsFlag) ids.push('carer-nights');
  if (found.noBreak) ids.push('carer-no-break');
  if (found.notWilling) ids.push('carer-not-willing');
  if (found.olderOrUnwell) ids.push('carer-older-or-unwell');
  return ids;
}

/** Exhaustive search up to this many lines of one carer (1,024 choices); greedy beyond. */
const EXHAUSTIVE_LINES = 10;

/**
 * The smallest set of a carer's whole lines whose move clears every flag: fewest hours,
 * then fewest sleep-ins, then fewest lines. Whole lines, as the what-if moves them; moving
 * all of a carer's care always clears every flag, so a fix is always found.
 */
function fixFor(
  carerId: string,
  lines: readonly NeedLine[],
  clearsAll: (lines: readonly NeedLine[]) => boolean,
): CarerFix {
  const own = lines.filter((line) => line.resource === 'unpaid-carer' && line.carer === carerId);
  const load = (line: NeedLine) =>
    line.kind === 'sleep-in'
      ? { minutes: 0, sleepIns: line.days.length * line.workers }
      : {
          minutes: minutesAWeek(line),
          sleepIns: 0,
        };
  // Only the carer's own lines count towards their week (carerWeek skips the rest), so each
  // choice is assessed on those alone: a 300-line plan tries up to 1,024 choices.
  const clears = (moved: ReadonlySet<NeedLine>) =>
    clearsAll(own.filter((line) => !moved.has(line)));
  const measure = (chosen: readonly NeedLine[]) => {
    let minutes = 0;
    let sleepIns = 0;
    for (const line of chosen) {
      minutes += load(line).minutes;
      sleepIns += load(line).sleepIns;
    }
    return { minutes, sleepIns, count: chosen.length };
  };
  const better = (a: ReturnType<typeof measure>, b: ReturnType<typeof measure>) =>
    a.minutes !== b.minutes
      ? a.minutes < b.minutes
      : a.sleepIns !== b.sleepIns
        ? a.sleepIns < b.sleepIns
        : a.count < b.count;

  let best: readonly NeedLine[] = own;
  if (own.length <= EXHAUSTIVE_LINES) {
    let bestMeasure = measure(own);
    for (let mask = 1; mask < 1 << own.length; mask += 1) {
      const chosen = own.filter((_, index) => (mask & (1 << index)) !== 0);
      const chosenMeasure = measure(chosen);
      if (better(chosenMeasure, bestMeasure) && clears(new Set(chosen))) {
        best = chosen;
        bestMeasure = chosenMeasure;
      }
    }
  } else {
    // Largest first until every flag clears, then give back any line not needed.
    const kept = new Set<NeedLine>();
    for (const line of [...own].sort(
      (a, b) => load(b).minutes - load(a).minutes || load(b).sleepIns - load(a).sleepIns,
    )) {
      if (clears(kept)) break;
      kept.add(line);
    }
    for (const line of [...kept]) {
      kept.delete(line);
      if (!clears(kept)) kept.add(line);
    }
    best = own.filter((line) => kept.has(line));
  }
  const { minutes, sleepIns } = measure(best);
  return {
    lineIds: best.map((line) => line.id),
    hours: new Dec(minutes).div(60) as Hours,
    sleepIns,
  };
}

/** A carer's week measured, and which of the policy's flags it raises (before any relief). */
interface Triggers {
  readonly minutes: Decimal;
  readonly hours: Hours;
  readonly nights: number;
  readonly caringDays: number;
  readonly hoursFlag: ReturnType<typeof highestHoursFlag>;
  readonly nightsFlag: boolean;
  readonly noBreak: boolean;
  readonly notWilling: boolean;
  readonly older: boolean;
  readonly olderOrUnwell: boolean;
}

function triggers(carer: Carer, week: CarerWeek, policy: CarerPolicy): Triggers {
  let weeklyMinutes = 0;
  for (const dayMinutes of week.minutesByDay.values()) weeklyMinutes += dayMinutes;
  const minutes = week.averagedMinutes.plus(weeklyMinutes);
  const hours = week.averagedMinutes.isZero()
    ? minutesToHours(weeklyMinutes as Minutes)
    : (minutes.div(60) as Hours);
  const nights = week.nightDays.size;
  const caringDays = week.caringDays.size;
  const older = carer.age !== undefined && carer.age >= policy.olderCarerAge;
  return {
    minutes,
    hours,
    nights,
    caringDays,
    hoursFlag: highestHoursFlag(hours, policy),
    nightsFlag: nights >= policy.nightsPerWeek,
    noBreak: caringDays === DAYS.length,
    notWilling: !carer.willingAndAble && week.reliesOnLine,
    older,
    olderOrUnwell: (older || carer.ownHealthCondition) && hours.gte(noticeHours(policy)),
  };
}

const anyFlag = (found: Triggers): boolean =>
  found.hoursFlag !== null ||
  found.nightsFlag ||
  found.noBreak ||
  found.notWilling ||
  found.olderOrUnwell;

function assessFlags(
  carer: Carer,
  week: CarerWeek,
  policy: CarerPolicy,
  rates: ReliefRates,
): Omit<CarerBurden, 'fix'> {
  const found = triggers(carer, week, policy);
  const { minutes, hours, nights, caringDays, hoursFlag } = found;
  const flags: CarerFlag[] = [];

  if (hoursFlag !== null) {
    flags.push(
      hoursThresholdFlag(hoursFlag.id, hoursFlag.severity, minutes, hoursFlag.threshold, rates),
    );
  }
  if (found.nightsFlag) {
    // The care of the lightest nights moves, as it is: its waking-night help at the night
    // rate and its sleep-ins at the sleep-in rate, never a sleep-in for half an hour's help.
    const moved = lightestNights(week, nights - policy.nightsPerWeek + 1);
    let nightMinutes = 0;
    let sleepIns = 0;
    for (const day of moved) {
      nightMinutes += week.nightMinutesByDay.get(day) ?? 0;
      sleepIns += week.sleepInsByDay.get(day) ?? 0;
    }
    flags.push({
      id: 'carer-nights',
      severity: 'warning',
      measure: 'nights',
      found: new Dec(nights),
      threshold: new Dec(policy.nightsPerWeek),
      relief: relief(new Dec(nightMinutes), sleepIns, rates, { days: moved, atNight: true }),
    });
  }
  if (found.noBreak) {
    const day = lightestDay(week);
    flags.push({
      id: 'carer-no-break',
      severity: 'warning',
      measure: 'days',
      found: new Dec(caringDays),
      threshold: new Dec(DAYS.length),
      relief: relief(
        new Dec(week.minutesByDay.get(day) ?? 0),
        week.sleepInsByDay.get(day) ?? 0,
        rates,
        { days: [day], atNight: false },
      ),
    });
  }
  if (found.notWilling) {
    let sleepIns = 0;
    for (const count of week.sleepInsByDay.values()) sleepIns += count;
    flags.push({
      id: 'carer-not-willing',
      severity: 'serious',
      measure: 'willing',
      found: hours,
      threshold: null,
      relief: relief(minutes, sleepIns, rates),
    });
  }
  if (found.olderOrUnwell) {
    const notice = noticeHours(policy);
    const flag = hoursThresholdFlag('carer-older-or-unwell', 'warning', minutes, notice, rates);
    // Said when age is the reason: "Bob is 78; this flag counts carers aged 70 or over".
    flags.push(found.older ? { ...flag, olderAge: policy.olderCarerAge } : flag);
  }
  return { carer, hours, nights, caringDays, flags };
}

function carerWeek(carerId: string, lines: readonly NeedLine[], weeksPerYear: Decimal): CarerWeek {
  const minutesByDay = new Map<Day, number>();
  const nightMinutesByDay = new Map<Day, number>();
  const sleepInsByDay = new Map<Day, number>();
  const nightDays = new Set<Day>();
  const caringDays = new Set<Day>();
  let averagedMinutes = new Dec(0);
  let reliesOnLine = false;
  for (const line of lines) {
    if (line.resource !== 'unpaid-carer' || line.carer !== carerId) continue;
    reliesOnLine = true;
    if (line.frequency !== undefined) {
      // Rule 9: such a line adds its averaged hours, but no nights or caring days of its own.
      if (line.kind === 'visits') {
        const weekMinutes = new Dec(minutesAWeek(line)) as Hours;
        averagedMinutes = averagedMinutes.plus(
          hoursByFrequency(weekMinutes, describeFrequency(line.frequency), weeksPerYear),
        );
      }
      continue;
    }
    for (const day of line.days) {
      caringDays.add(day);
      if (line.kind === 'sleep-in') {
        nightDays.add(day);
        sleepInsByDay.set(day, (sleepInsByDay.get(day) ?? 0) + line.workers);
      } else {
        const minutes = minutesADay(line);
        minutesByDay.set(day, (minutesByDay.get(day) ?? 0) + minutes);
        if (line.period === 'night') {
          nightDays.add(day);
          nightMinutesByDay.set(day, (nightMinutesByDay.get(day) ?? 0) + minutes);
        }
      }
    }
  }
  return {
    minutesByDay,
    nightMinutesByDay,
    sleepInsByDay,
    nightDays,
    caringDays,
    averagedMinutes,
    reliesOnLine,
  };
}

interface HoursLevel {
  readonly id: CarerFlagId;
  readonly severity: Severity;
  readonly threshold: Decimal;
}

/**
 * A policy's hours flags, highest first, with their thresholds as decimals: made once for
 * each policy (a card's), as a caseload asks for them for every carer of every budget.
 */
const levelsOf = perObject((policy: CarerPolicy): readonly HoursLevel[] => [
  { id: 'carer-hours-very-high', severity: 'serious', threshold: new Dec(policy.veryHighHours) },
  { id: 'carer-hours-high', severity: 'warning', threshold: new Dec(policy.highHours) },
  { id: 'carer-hours-notice', severity: 'notice', threshold: new Dec(policy.noticeHours) },
]);

/** A carer gets at most one hours flag: the highest that applies. */
function highestHoursFlag(hours: Hours, policy: CarerPolicy): HoursLevel | null {
  return levelsOf(policy).find((level) => hours.gte(level.threshold)) ?? null;
}

/** The threshold of the policy's lowest hours flag, the notice. */
function noticeHours(policy: CarerPolicy): Decimal {
  return (levelsOf(policy).at(-1) as HoursLevel).threshold;
}

function hoursThresholdFlag(
  id: CarerFlagId,
  severity: Severity,
  carerMinutes: Decimal,
  threshold: Decimal,
  rates: ReliefRates,
): CarerFlag {
  const excess = carerMinutes.minus(threshold.times(60));
  const steps = excess.div(RELIEF_STEP_MINUTES).floor().plus(1);
  // Minutes, not money: whole quarter hours, and never more than the carer gives.
  const toMove = Dec.min(steps.times(RELIEF_STEP_MINUTES), carerMinutes);
  return {
    id,
    severity,
    measure: 'hours',
    found: carerMinutes.div(60),
    threshold,
    relief: relief(toMove, 0, rates),
  };
}

/** The day whose care is least to move: fewest minutes, then fewest sleep-ins, earliest. */
function lightestDay(week: CarerWeek): Day {
  let best: Day = 'mon';
  let bestLoad: [number, number] = [Infinity, Infinity];
  for (const day of DAYS) {
    const load: [number, number] = [
      week.minutesByDay.get(day) ?? 0,
      week.sleepInsByDay.get(day) ?? 0,
    ];
    if (load[0] < bestLoad[0] || (load[0] === bestLoad[0] && load[1] < bestLoad[1])) {
      best = day;
      bestLoad = load;
    }
  }
  return best;
}

/** The nights whose care is least to move: fewest night minutes, then fewest sleep-ins, earliest. */
function lightestNights(week: CarerWeek, count: number): Day[] {
  const load = (day: Day): [number, number] => [
    week.nightMinutesByDay.get(day) ?? 0,
    week.sleepInsByDay.get(day) ?? 0,
  ];
  const ranked = DAYS.filter((day) => week.nightDays.has(day)).sort((a, b) => {
    const [aMinutes, aSleepIns] = load(a);
    const [bMinutes, bSleepIns] = load(b);
    return aMinutes - bMinutes || aSleepIns - bSleepIns || DAYS.indexOf(a) - DAYS.indexOf(b);
  });
  return ranked.slice(0, count).sort((a, b) => DAYS.indexOf(a) - DAYS.indexOf(b));
}

/**
 * Costed from the minute, as a line is: rate × minutes / 60, multiplied before dividing,
 * so an amount that is exactly a half penny stays one and rounds up. Hours divided first
 * (26 / 60 = 0.4333…) are cut at the last digit, and 26 minutes at £1.65 would come to
 * £0.71499… and lose the half penny that £0.715 rounds up.
 */
function relief(
  minutes: Decimal,
  nights: number,
  rates: ReliefRates,
  where: { days: readonly Day[]; atNight: boolean } = { days: [], atNight: false },
): Relief {
  const cost = (hourly: Decimal, nightly: Decimal) =>
    roundToPenny(hourly.times(minutes).div(60).plus(nightly.times(nights)));
  return {
    hours: minutes.div(60) as Hours,
    nights,
    days: where.days,
    atNight: where.atNight,
    paWeekly: cost(where.atNight ? rates.paNightHourly : rates.paHourly, rates.paNightly),
    providerWeekly: cost(
      where.atNight ? rates.providerNightHourly : rates.providerHourly,
      rates.providerNightly,
    ),
  };
}

/** A fix's lines, in the plan's order. */
export function fixLines(fix: CarerFix, lines: readonly NeedLine[]): NeedLine[] {
  const ids = new Set(fix.lineIds);
  return lines.filter((line) => ids.has(line.id));
}
