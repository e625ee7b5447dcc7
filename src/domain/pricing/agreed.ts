/**
 * Rates agreed for one line (pricing rule 17), set against the card: what the same line
 * costs at the card's rates, and how much more or less the agreed figure makes it.
 */
import { subtractMoney, type Money } from '../money';
import type { RateCard } from '../schema/rate-card';
import type { NeedLine } from '../schema/budget';
import { priceLineByShape, type PricedLine } from './line';
import { weeksPerYearOf } from './per-card';

/** The line without its agreed rate or pay, and so at the card's rates. */
export function atCardRates(line: NeedLine): NeedLine {
  const { agreedRate: _rate, agreedPay: _pay, agreedSource: _source, ...rest } = line;
  return rest;
}

export interface AgreedDifference {
  /** The line priced at the card's rates, shared and spread as the line is. */
  readonly cardWeekly: Money;
  readonly cardAnnual: Money;
  /** The line's cost − its cost at the card's rates: negative when the agreed figure is lower. */
  readonly weekly: Money;
  readonly annual: Money;
}

/** Null for a line at the card's rates; otherwise both prices and the difference, each rounded once. */
export function agreedDifference(priced: PricedLine, card: RateCard): AgreedDifference | null {
  const { line } = priced;
  if (line.agreedRate === undefined && line.agreedPay === undefined) return null;
  const atCard = priceLineByShape(atCardRates(line), card, weeksPerYearOf(card));
  return {
    cardWeekly: atCard.weekly,
    cardAnnual: atCard.annual,
    weekly: subtractMoney(priced.weekly, atCard.weekly),
    annual: subtractMoney(priced.annual, atCard.annual),
  };
}
