/**
 * The unpaid care a plan relies on, per carer, against the rate card's carer policy
 * (docs/pricing-rules.md, "Carer burden": the flag ids are kept in files and reports).
 */
import type Decimal from 'decimal.js';
import { DAYS, type Day } from './days';
import { minutesToHours, type Hours, type Minutes } from './hours';
import { describeFrequency, hoursByFrequency } from './pricing/frequency';
import { weeksPerYearOf } from './pricing/per-card';
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
  readonly hours: Hours;
  readonly nights: number;
  readonly paWeekly: Money;
  readonly providerWeekly: Money;
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
}

export interface CarerBurden {
  readonly carer: Carer;
  /** Hours a week, the hours of lines that do not come every week averaged (rule 9). */
  readonly hours: Hours;
  readonly nights: number;
  readonly caringDays: number;
  readonly flags: readonly CarerFlag[];
}

/** A carer's week, day by day: the raw material of every measure and relief. */
interface CarerWeek {
  readonly minutesByDay: ReadonlyMap<Day, number>;
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
  const rates = reliefRates(card);
  const weeksPerYear = weeksPerYearOf(card);
  return budget.carers.map((carer) =>
    assessCarer(carer, carerWeek(carer.id, budget.lines, weeksPerYear), card.carerPolicy, rates),
  );
}

function assessCarer(carer: Carer, week: CarerWeek, policy: CarerPolicy, rates: ReliefRates): CarerBurden {
  let weeklyMinutes = 0;
  for (const dayMinutes of week.minutesByDay.values()) weeklyMinutes += dayMinutes;
  const minutes = week.averagedMinutes.plus(weeklyMinutes);
  const hours = week.averagedMinutes.isZero() ? minutesToHours(weeklyMinutes as Minutes) : (minutes.div(60) as Hours);
  const nights = week.nightDays.size;
  const caringDays = week.caringDays.size;
  const flags: CarerFlag[] = [];

  const hoursFlag = highestHoursFlag(hours, policy);
  if (hoursFlag !== null) {
    flags.push(hoursThresholdFlag(hoursFlag.id, hoursFlag.severity, minutes, hoursFlag.threshold, rates));
  }
  if (nights >= policy.nightsPerWeek) {
    const toMove = nights - policy.nightsPerWeek + 1;
    flags.push({
      id: 'carer-nights',
      severity: 'warning',
      measure: 'nights',
      found: new Dec(nights),
      threshold: new Dec(policy.nightsPerWeek),
      // Priced as sleep-ins: a waking night moved to paid support costs more, at its hourly rate.
      relief: relief(new Dec(0), toMove, rates),
    });
  }
  if (caringDays === DAYS.length) {
    const day = lightestDay(week);
    flags.push({
      id: 'carer-no-break',
      severity: 'warning',
      measure: 'days',
      found: new Dec(caringDays),
      threshold: new Dec(DAYS.length),
      relief: relief(new Dec(week.minutesByDay.get(day) ?? 0), week.sleepInsByDay.get(day) ?? 0, rates),
    });
  }
  if (!carer.willingAndAble && week.reliesOnLine) {
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
  const notice = new Dec(policy.noticeHours);
  const olderOrUnwell = (carer.age !== undefined && carer.age >= policy.olderCarerAge) || carer.ownHealthCondition;
  if (olderOrUnwell && hours.gte(notice)) {
    flags.push(hoursThresholdFlag('carer-older-or-unwell', 'warning', minutes, notice, rates));
  }
  return { carer, hours, nights, caringDays, flags };
}

function carerWeek(carerId: string, lines: readonly NeedLine[], weeksPerYear: Decimal): CarerWeek {
  const minutesByDay = new Map<Day, number>();
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
        const weekMinutes = new Dec(line.minutes * line.visitsPerDay * line.workers * line.days.length) as Hours;
        averagedMinutes = averagedMinutes.plus(hoursByFrequency(weekMinutes, describeFrequency(line.frequency), weeksPerYear));
      }
      continue;
    }
    for (const day of line.days) {
      caringDays.add(day);
      if (line.kind === 'sleep-in') {
        nightDays.add(day);
        sleepInsByDay.set(day, (sleepInsByDay.get(day) ?? 0) + line.workers);
      } else {
        if (line.period === 'night') nightDays.add(day);
        const minutes = line.minutes * line.visitsPerDay * line.workers;
        minutesByDay.set(day, (minutesByDay.get(day) ?? 0) + minutes);
      }
    }
  }
  return { minutesByDay, sleepInsByDay, nightDays, caringDays, averagedMinutes, reliesOnLine };
}

/** A carer gets at most one hours flag: the highest that applies. */
function highestHoursFlag(
  hours: Hours,
  policy: CarerPolicy,
): { id: CarerFlagId; severity: Severity; threshold: Decimal } | null {
  const levels = [
    { id: 'carer-hours-very-high', severity: 'serious', threshold: new Dec(policy.veryHighHours) },
    { id: 'carer-hours-high', severity: 'warning', threshold: new Dec(policy.highHours) },
    { id: 'carer-hours-notice', severity: 'notice', threshold: new Dec(policy.noticeHours) },
  ] as const;
  return levels.find((level) => hours.gte(level.threshold)) ?? null;
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
    const load: [number, number] = [week.minutesByDay.get(day) ?? 0, week.sleepInsByDay.get(day) ?? 0];
    if (load[0] < bestLoad[0] || (load[0] === bestLoad[0] && load[1] < bestLoad[1])) {
      best = day;
      bestLoad = load;
    }
  }
  return best;
}

/**
 * Costed from the minute, as a line is: rate × minutes / 60, multiplied before dividing,
 * so an amount that is exactly a half penny stays one and rounds up. Hours divided first
 * (26 / 60 = 0.4333…) are cut at the last digit, and 26 minutes at £1.65 would come to
 * £0.71499… and lose the half penny that £0.715 rounds up.
 */
function relief(minutes: Decimal, nights: number, rates: ReliefRates): Relief {
  const cost = (hourly: Decimal, nightly: Decimal) =>
    roundToPenny(hourly.times(minutes).div(60).plus(nightly.times(nights)));
  return {
    hours: minutes.div(60) as Hours,
    nights,
    paWeekly: cost(rates.paHourly, rates.paNightly),
    providerWeekly: cost(rates.providerHourly, rates.providerNightly),
  };
}
