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
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / MS_A_DAY;
}

export function isoDate(day: DayNumber): IsoDate {
  return new Date(day * MS_A_DAY).toISOString().slice(0, 10);
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
  const both = intersect(range, period);
  return daysInclusive(both.from, both.to);
}

/** Days of `period` inside any of `ranges`, each day counted once however many hold it. */
export function unionOverlapDays(ranges: readonly DayRange[], period: DayRange): number {
  const inside = ranges
    .map((range) => intersect(range, period))
    .filter((range) => range.from <= range.to)
    .sort((a, b) => a.from - b.from);
  let days = 0;
  let reached = -Infinity;
  for (const range of inside) {
    const from = Math.max(range.from, reached + 1);
    if (range.to >= from) {
      days += range.to - from + 1;
      reached = range.to;
    }
  }
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
