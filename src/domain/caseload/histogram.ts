/**
 * The distribution of annual costs as bands of equal width starting at £0. The width is
 * the smallest "round" amount (1, 2, 2.5 or 5 times a power of ten, from £500) that
 * covers every budget up to the outlier threshold in at most ten bands; budgets above
 * the last band fall in one open band ("£X and over"), so one very costly plan cannot
 * squash every other bar into the first.
 */
import { Dec, type Money } from '../money';
import { countFrom, type SortedAmounts } from './statistics';

export interface Band {
  /** The lowest annual cost in the band (included). */
  readonly from: Money;
  /** The band's upper bound (not included); null for the open band at the end. */
  readonly to: Money | null;
  readonly count: number;
}

export const MAX_BANDS = 10;
const STEPS = ['1', '2', '2.5', '5'];
const SMALLEST_WIDTH = new Dec(500);

/** `sorted`: the annual totals from lowest; `upTo`: the highest amount to cover with bands. */
export function histogramOf(sorted: SortedAmounts, upTo: Money): Band[] {
  if (sorted.length === 0) return [];
  const width = bandWidth(upTo);
  // Enough bands to hold `upTo` itself (bands include their lower bound, not their upper).
  const bandCount = Math.min(MAX_BANDS, upTo.div(width).floor().toNumber() + 1);
  // How many amounts lie from each band's end on: a band holds those from its start less
  // those from its end. The first band also holds anything below it, so the bands' counts
  // always add up to the number of amounts.
  const fromEnd = Array.from({ length: bandCount }, (_, index) =>
    countFrom(sorted, width.times(index + 1)),
  );
  const bands: Band[] = fromEnd.map((later, index) => ({
    from: width.times(index) as Money,
    to: width.times(index + 1) as Money,
    count: (index === 0 ? sorted.length : (fromEnd[index - 1] as number)) - later,
  }));
  const open = fromEnd.at(-1) as number;
  return open > 0
    ? [...bands, { from: width.times(bandCount) as Money, to: null, count: open }]
    : bands;
}

export function bandWidth(upTo: Money): Dec {
  for (let power = new Dec(100); ; power = power.times(10)) {
    for (const step of STEPS) {
      const width = power.times(step);
      if (width.lt(SMALLEST_WIDTH)) continue;
      if (upTo.lt(width.times(MAX_BANDS))) return width;
    }
  }
}

/** Bar lengths for drawing only: each count as a share of the largest, from 0 to 1. */
export function sharesOfLargestCount(counts: readonly number[]): number[] {
  const largest = Math.max(0, ...counts);
  return counts.map((count) => (largest === 0 ? 0 : count / largest));
}
