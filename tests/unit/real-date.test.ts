/**
 * The hand-written readers check a date's day by arithmetic (`isRealPatternDate`), the
 * schema by a round trip through `Date` (`isRealDate`): the same answer for every text
 * the date pattern lets through, on every year from 0000 to 9999 (leap years, centuries,
 * and the years before 100 that `Date` reads as 1900 onwards), at every month's edges.
 */
import { describe, expect, it } from 'vitest';
import { DATE_PATTERN, isRealDate, isRealPatternDate } from '../../src/domain/schema/fields';

const two = (n: number) => String(n).padStart(2, '0');

describe('a date checked by arithmetic', () => {
  it('is real exactly when the round trip through Date says so', () => {
    const differing: string[] = [];
    let real = 0;
    for (let year = 0; year <= 9999; year++) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 27, 28, 29, 30, 31]) {
          const text = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
          if (!DATE_PATTERN.test(text)) differing.push(`${text} (not a date's pattern)`);
          const expected = isRealDate(text);
          if (expected) real++;
          if (isRealPatternDate(text) !== expected) differing.push(text);
        }
      }
    }
    expect(differing).toEqual([]);
    // Both answers occur: 9,900 years of 12 months with days 1, 27 and 28, and more.
    expect(real).toBeGreaterThan(9900 * 12 * 3);
    expect(isRealPatternDate('2024-02-29')).toBe(true);
    expect(isRealPatternDate('2100-02-29')).toBe(false);
    expect(isRealPatternDate('2000-02-29')).toBe(true);
    expect(isRealPatternDate('0099-01-01')).toBe(false);
  }, 60_000);
});
