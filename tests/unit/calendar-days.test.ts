/**
 * Days are counted digit by digit, without a Date (src/domain/calendar.ts): the answers
 * must be the Date's own, for every day a file can hold and for the odd days a Date rolls on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, isoDate } from '../../src/domain/calendar';

const MS_A_DAY = 86_400_000;
const byDate = (date: string): number => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / MS_A_DAY;
};
const dateOf = (day: number): string => new Date(day * MS_A_DAY).toISOString().slice(0, 10);

describe('days without a Date', () => {
  it('reads and writes every day from the year 100 to 9999 as a Date does', () => {
    fc.assert(
      fc.property(fc.integer({ min: byDate('0100-01-01'), max: byDate('9999-12-31') }), (day) => {
        const date = dateOf(day);
        expect(isoDate(day)).toBe(date);
        expect(dayNumber(date)).toBe(day);
      }),
      { numRuns: 5000 },
    );
  });

  it('counts leap days and the turn of each century as the Gregorian calendar does', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2024-02-29') - dayNumber('2024-02-28')).toBe(1);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-29')).toBe(1);
    expect(dayNumber('2100-03-01') - dayNumber('2100-02-28')).toBe(1);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(isoDate(dayNumber('2000-02-28') + 1)).toBe('2000-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('rolls a day past the month on as Date.UTC does, and leaves other text to the Date', () => {
    for (const text of ['2025-02-30', '2025-01-00', '2025-13-01', '0099-03-01', '2025-1-01'])
      expect(dayNumber(text)).toBe(byDate(text));
  });

  it('writes days outside the four-digit years as the Date does', () => {
    for (const day of [byDate('9999-12-31') + 1, -800_000]) expect(isoDate(day)).toBe(dateOf(day));
  });
});
