/**
 * The timetable of one need line as the exports write it (docs/exports.md): day codes,
 * the time of day in the budget file's own words, minutes, visits, dates and how often,
 * and the card's (or the agreed) figures the line is priced from. Nothing here does
 * arithmetic on money: every figure is one the card, the file or the pricing gives.
 */
import { DAYS, isWeekend, type Day } from '../../domain/days';
import { roundHoursForDisplay, toMoneyText } from '../../domain/money';
import type { PricedLine } from '../../domain/pricing/line';
import { lineRates } from '../../domain/pricing/rates';
import type { NeedLine } from '../../domain/schema/budget';
import type { RateCard } from '../../domain/schema/rate-card';
import { number, text, type Cell } from '../csv';

/** "Mon Tue Wed": the three-letter day codes, Monday first, separated by spaces. */
export const DAY_CODES: Readonly<Record<Day, string>> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

export function dayCodes(days: readonly Day[]): string {
  return DAYS.filter((day) => days.includes(day))
    .map((day) => DAY_CODES[day])
    .join(' ');
}

/** A visits line's `period` (`day` or `night`), or `sleep-in` for a sleep-in line. */
export type TimeOfDay = 'day' | 'night' | 'sleep-in';

export function timeOfDay(line: NeedLine): TimeOfDay {
  return line.kind === 'visits' ? line.period : 'sleep-in';
}

/** A whole number as a cell, or an empty cell when the line has none. */
export function count(value: number | undefined): Cell {
  return value === undefined ? text('') : number(String(value));
}

/** Minutes per visit, visits a day: empty on a sleep-in, which counts nights. */
export function visitCells(line: NeedLine): [Cell, Cell] {
  return line.kind === 'visits'
    ? [count(line.minutes), count(line.visitsPerDay)]
    : [text(''), text('')];
}

/** From, until, every N weeks, weeks a year: empty where the file has none. */
export function whenCells(line: NeedLine): [Cell, Cell, Cell, Cell] {
  return [
    text(line.from ?? ''),
    text(line.until ?? ''),
    count(line.frequency?.everyWeeks),
    count(line.frequency?.weeksAYear),
  ];
}

/** The hours and the cost of a line's average week, as the pricing gives them. */
export function weekCells(priced: PricedLine): [Cell, Cell] {
  return [number(roundHoursForDisplay(priced.hours)), number(toMoneyText(priced.weekly))];
}

/**
 * The figures a paid line is priced from, before a PA's on-costs: the card's (the line's
 * provider, the standard rates or the PA pay) or the figure agreed for the line. Each is
 * a two-decimal figure as the card or the file writes it, so none is worked out here.
 */
export interface LineFigures {
  /** The hourly rate on the line's weekdays, or null when it has none or is a sleep-in. */
  readonly weekday: string | null;
  /** The hourly rate on the line's Saturdays and Sundays, or null when it has none. */
  readonly weekend: string | null;
  /** The rate a night, on a sleep-in only. */
  readonly night: string | null;
}

const NO_FIGURES: LineFigures = { weekday: null, weekend: null, night: null };

export function lineFigures(line: NeedLine, card: RateCard): LineFigures {
  const rates = lineRates(line, card);
  if (rates === null) return NO_FIGURES;
  if (line.kind === 'sleep-in') return { ...NO_FIGURES, night: rates.base.sleepIn.toFixed(2) };
  const byDay = rates.base[line.period];
  return {
    weekday: line.days.some((day) => !isWeekend(day)) ? byDay.weekday.toFixed(2) : null,
    weekend: line.days.some(isWeekend) ? byDay.weekend.toFixed(2) : null,
    night: null,
  };
}

export const moneyOrEmpty = (figure: string | null): Cell =>
  figure === null ? text('') : number(figure);
