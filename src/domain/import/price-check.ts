/**
 * The source's own figures for a line (an hourly or nightly rate, a weekly cost, hours a
 * week) against the tool's price of the same line on the card. The tool's pricing is the
 * only arithmetic: every figure here comes from `priceLine`, and each difference is
 * listed, never smoothed over.
 */
import type Decimal from 'decimal.js';
import type { Day } from '../days';
import { Dec, roundHoursForDisplay, roundToPenny } from '../money';
import type { PricedLine } from '../pricing/line';
import type { RowLine } from './rows';

export const CHECKED_FIGURES = ['rate', 'weekly', 'hours'] as const;
export type CheckedFigure = (typeof CHECKED_FIGURES)[number];

export interface PriceDifference {
  readonly row: number;
  readonly person: string;
  readonly line: string;
  readonly figure: CheckedFigure;
  /** The days whose rate differs, for a rate; empty for the weekly cost and hours. */
  readonly days: readonly Day[];
  /** As the source says it, and as the tool prices it: two decimals each. */
  readonly stated: string;
  readonly priced: string;
  /** priced − stated: above 0 when the tool's price is higher. */
  readonly difference: string;
}

export function priceDifferences(
  row: RowLine,
  person: string,
  priced: PricedLine,
): PriceDifference[] {
  const found: PriceDifference[] = [];
  const add = (figure: CheckedFigure, days: readonly Day[], stated: Decimal, tool: Decimal) => {
    if (stated.eq(tool)) return;
    found.push({
      row: row.row,
      person,
      line: priced.line.id,
      figure,
      days,
      stated: stated.toFixed(2),
      priced: tool.toFixed(2),
      difference: tool.minus(stated).toFixed(2),
    });
  };
  const { rate, weekly, hours } = row.stated;
  if (rate !== undefined) {
    // A stated rate is a price to the penny: the card's rate (a PA's with on-costs) rounded once to compare.
    for (const segment of priced.segments)
      add('rate', segment.days, rate, roundToPenny(segment.rate));
  }
  if (weekly !== undefined) add('weekly', [], weekly, priced.weekly);
  if (hours !== undefined) add('hours', [], hours, new Dec(roundHoursForDisplay(priced.hours)));
  return found;
}
