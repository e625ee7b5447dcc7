/**
 * Weeks of budget held as people read them (docs/ledger.md, "Weeks of budget held"): one
 * decimal place, half-up, unless one place would put the figure on the other side of a
 * line the words compare it with, or on it. Then as many more places as it takes, so the
 * figure and its words agree: 3.96 weeks is "3.96 weeks … less than 4", never "4.0 weeks …
 * less than 4", and 8.04 weeks over a limit of 8 is never "8.0 weeks: more than 8".
 */
import { Dec, type Dec as Decimal } from '../money';
import type { FlagPolicy } from './policy';

/** The weeks of budget councils expect an account to hold: at least this many… */
export const COUNCIL_LEAST_WEEKS = 4;
/** …and no more than this many (the words of the What's left page name both). */
export const COUNCIL_MOST_WEEKS = 8;

/** Past this the figure is shown in full: no line is that close to a real balance. */
const MOST_PLACES = 12;

export function weeksShown(weeks: Decimal, policy: Pick<FlagPolicy, 'surplusWeeks'>): string {
  const lines = [new Dec(COUNCIL_LEAST_WEEKS), new Dec(COUNCIL_MOST_WEEKS), policy.surplusWeeks];
  for (let places = 1; places <= MOST_PLACES; places++) {
    const shown = weeks.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
    if (lines.every((line) => shown.comparedTo(line) === weeks.comparedTo(line)))
      return shown.toFixed(places);
  }
  return weeks.toFixed();
}
