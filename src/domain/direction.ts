/**
 * Which way a difference goes: every output says a difference in words ("£120.00 less")
 * rather than with a minus sign, and every rule that asks whether a figure went up or down
 * asks here.
 */
import type Decimal from 'decimal.js';

export type Direction = 'less' | 'more' | 'same';

export function directionOf(amount: Decimal): Direction {
  return amount.isZero() ? 'same' : amount.isNegative() ? 'less' : 'more';
}
