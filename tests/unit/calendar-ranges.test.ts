/**
 * Days of a period inside runs of days (src/domain/calendar.ts): counted from the runs made
 * disjoint once, as a caseload's employer costs are, they must be the days counted one by one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  disjointUnion,
  overlapDays,
  unionOverlapDays,
  type DayRange,
} from '../../src/domain/calendar';

/** A run of days in a small window, so runs overlap, touch and hold each other; some open-ended or empty. */
const end = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom(-Infinity, Infinity) },
);
const range: fc.Arbitrary<DayRange> = fc.record({ from: end, to: end });
const period = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }))
  .map(([a, b]): DayRange => ({ from: Math.min(a, b), to: Math.max(a, b) }));

/** The days of `period` some range holds, looked at one day at a time. */
function countedDayByDay(ranges: readonly DayRange[], within: DayRange): number {
  let days = 0;
  for (let day = within.from; day <= within.to; day++)
    if (ranges.some((r) => r.from <= day && day <= r.to)) days++;
  return days;
}

describe('days inside runs of days', () => {
  it('counts each day of a period once however many runs hold it', () => {
    fc.assert(
      fc.property(fc.array(range, { maxLength: 6 }), period, (ranges, within) => {
        expect(unionOverlapDays(ranges, within)).toBe(countedDayByDay(ranges, within));
      }),
    );
  });

  it('makes runs that are in order, apart and hold the same days', () => {
    fc.assert(
      fc.property(fc.array(range, { maxLength: 6 }), period, (ranges, within) => {
        const union = disjointUnion(ranges);
        union.slice(1).forEach((later, index) => {
          // Apart: a day at least between each run and the next.
          expect(later.from).toBeGreaterThan((union[index] as DayRange).to + 1);
        });
        const each = union.reduce((sum, r) => sum + overlapDays(r, within), 0);
        expect(each).toBe(countedDayByDay(ranges, within));
      }),
    );
  });

  it('counts a run inside a period, around it and beside it', () => {
    expect(overlapDays({ from: 3, to: 5 }, { from: 0, to: 10 })).toBe(3);
    expect(overlapDays({ from: -Infinity, to: Infinity }, { from: 0, to: 10 })).toBe(11);
    expect(overlapDays({ from: 11, to: 20 }, { from: 0, to: 10 })).toBe(0);
  });
});
