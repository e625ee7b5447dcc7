/**
 * Calendar days as whole numbers: an ISO date ("2026-04-01") is read as a day of the UTC
 * calendar, counted from 1 January 1970, so a period's length is a subtraction and no
 * clock, time zone or summer time can move a day. Files hold dates already checked as
 * real days (schema/fields.ts); nothing here reads the device's clock.
 */

/** An ISO calendar date, "2026-04-01". */
export type IsoDate = string;

/** A day of the calendar: days since 1970-01-01. */
export type DayNumber = number;

const MS_A_DAY = 86_400_000;

/** The length of a year in rule 12's proportion: every year counts as 365 days. */
export const DAYS_A_YEAR = 365;

export function dayNumber(date: IsoDate): DayNumber {
  // Read digit by digit: a caseload's ledgers turn millions of dates into days, and a
  // split and a Date each time made that the monitor's largest cost. Anything but a plain
  // "YYYY-MM-DD" from the year 100 on goes the Date way, which answers the same.
  if (date.length === 10 && date.charCodeAt(4) === DASH && date.charCodeAt(7) === DASH) {
    const year = digits(date, 0, 4);
    const month = digits(date, 5, 7);
    const day = digits(date, 8, 10);
    if (year >= 100 && month >= 1 && month <= 12 && day >= 0)
      return daysFromCivil(year, month, day);
  }
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / MS_A_DAY;
}

export function isoDate(day: DayNumber): IsoDate {
  // Years 0 to 9999 written without a Date, for the same reason as dayNumber.
  if (Number.isInteger(day) && day >= FIRST_FOUR_DIGIT_DAY && day <= LAST_FOUR_DIGIT_DAY) {
    const { year, month, date } = civilFromDays(day);
    return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
  }
  return new Date(day * MS_A_DAY).toISOString().slice(0, 10);
}

const DASH = 45;
const ZERO = 48;
/** 0000-01-01 and 9999-12-31 as day numbers. */
const FIRST_FOUR_DIGIT_DAY = -719_528;
const LAST_FOUR_DIGIT_DAY = 2_932_896;

/** The whole number in `text` from `from` to `to`; -1 if any of it is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index++) {
    const digit = text.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Days since 1970-01-01 of a day of the proleptic Gregorian calendar, counted in 400-year
 * eras of 146,097 days from 1 March (so the leap day ends a year). A day past the month's
 * end runs on into the next month, as Date.UTC does.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The inverse of daysFromCivil. */
function civilFromDays(days: number): { year: number; month: number; date: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, date };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDate(dayNumber(date) + days);
}

/**
 * The same day `years` later. 29 February in a year without one becomes 1 March, as the
 * day after 28 February: so a plan year from 29 February 2028 runs to 28 February 2029.
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included; 0 when `to` is before `from`. */
export function daysInclusive(from: DayNumber, to: DayNumber): number {
  return to < from ? 0 : to - from + 1;
}

/** A run of days, both ends included; an end at ±Infinity is open. */
export interface DayRange {
  readonly from: DayNumber;
  readonly to: DayNumber;
}

export const ALL_DAYS: DayRange = { from: -Infinity, to: Infinity };

export function rangeOf(from: IsoDate | undefined, until: IsoDate | undefined): DayRange {
  return {
    from: from === undefined ? -Infinity : dayNumber(from),
    to: until === undefined ? Infinity : dayNumber(until),
  };
}

export function intersect(a: DayRange, b: DayRange): DayRange {
  return { from: Math.max(a.from, b.from), to: Math.min(a.to, b.to) };
}

export function contains(range: DayRange, day: DayNumber): boolean {
  return range.from <= day && day <= range.to;
}

/** Days of `range` inside `period` (a closed period of real days). */
export function overlapDays(range: DayRange, period: DayRange): number {
  // `daysInclusive(intersect(…))` without the range between: pricing a caseload asks this
  // millions of times.
  return daysInclusive(Math.max(range.from, period.from), Math.min(range.to, period.to));
}

/**
 * The days any of `ranges` holds, as ranges in order that neither overlap nor touch:
 * the days of a period inside any of the ranges are then the sum of each one's.
 */
export function disjointUnion(ranges: readonly DayRange[]): DayRange[] {
  const union: { from: DayNumber; to: DayNumber }[] = [];
  const inOrder = ranges
    .filter((range) => range.from <= range.to)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (const range of inOrder) {
    const last = union.at(-1);
    if (last !== undefined && range.from <= last.to + 1) last.to = Math.max(last.to, range.to);
    else union.push({ from: range.from, to: range.to });
  }
  return union;
}

/** Days of `period` inside any of `ranges`, each day counted once however many hold it. */
export function unionOverlapDays(ranges: readonly DayRange[], period: DayRange): number {
  return disjointOverlapDays(disjointUnion(ranges), period);
}

/** Days of `period` inside any of `disjoint`, ranges that do not overlap (`disjointUnion`). */
export function disjointOverlapDays(disjoint: readonly DayRange[], period: DayRange): number {
  let days = 0;
  for (const range of disjoint) days += overlapDays(range, period);
  return days;
}

/** The 1 April to 31 March year that holds `date`. */
export function financialYearOf(date: IsoDate): { readonly from: IsoDate; readonly to: IsoDate } {
  const year = Number(date.slice(0, 4));
  const start = date.slice(5) >= '04-01' ? year : year - 1;
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

/** The four quarters of the financial year starting on 1 April of `startYear`. */
export function quartersOf(
  startYear: number,
): readonly { readonly from: IsoDate; readonly to: IsoDate }[] {
  const next = startYear + 1;
  return [
    { from: `${startYear}-04-01`, to: `${startYear}-06-30` },
    { from: `${startYear}-07-01`, to: `${startYear}-09-30` },
    { from: `${startYear}-10-01`, to: `${startYear}-12-31` },
    { from: `${next}-01-01`, to: `${next}-03-31` },
  ];
}

/** `date` moved into `range`: its first day when before it, its last when after. */
export function clampInto(date: IsoDate, range: DayRange): IsoDate {
  const day = dayNumber(date);
  if (day < range.from) return isoDate(range.from);
  if (day > range.to) return isoDate(range.to);
  return date;
}
