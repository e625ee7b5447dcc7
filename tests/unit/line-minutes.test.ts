/**
 * A line's minutes are worked out once (src/domain/hours.ts): the pricing, the carer's
 * hours and the 168-hour rule all count the same week, and the 1,440-minute rule counts
 * one worker's day.
 */
import { describe, expect, it } from 'vitest';
import { minutesAWeek, overADay, visitMinutesADay } from '../../src/domain/hours';
import { budget, carer, price, visits } from '../helpers/builders';
import { readBudget } from '../../src/domain/read';

const carerLine = visits({
  resource: 'unpaid-carer',
  carer: 'c1',
  minutes: 45,
  visitsPerDay: 3,
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
});

describe("a line's minutes", () => {
  it('are minutes × visits a day × workers × days, in pricing and in the carer’s hours alike', () => {
    expect(minutesAWeek(carerLine)).toBe(675);
    const pricing = price({ carers: [carer()], lines: [carerLine] });
    expect(pricing.lines[0]?.minutes).toBe(675);
    expect(pricing.carers[0]?.hours.toString()).toBe('11.25');
    const paid = visits({ workers: 2, visitsPerDay: 2, minutes: 30, days: ['sat', 'sun'] });
    expect(price({ lines: [paid] }).lines[0]?.minutes).toBe(minutesAWeek(paid));
    expect(minutesAWeek(paid)).toBe(240);
  });

  it('a day holds 1,440 minutes of one worker’s visits, however many workers come', () => {
    expect(visitMinutesADay({ minutes: 720, visitsPerDay: 2 })).toBe(1440);
    expect(overADay({ minutes: 720, visitsPerDay: 2 })).toBe(false);
    expect(overADay({ minutes: 721, visitsPerDay: 2 })).toBe(true);
    const doubled = visits({ minutes: 720, visitsPerDay: 2, workers: 2 });
    expect(readBudget(budget({ lines: [doubled] })).ok).toBe(true);
    const over = visits({ minutes: 721, visitsPerDay: 2 });
    const read = readBudget(budget({ lines: [over] }));
    expect(read.ok ? [] : read.problems.map((p) => p.key)).toContain('validation.overADay');
  });

  it('a carer gives at most the 168 hours of a week, counted as the pricing counts them', () => {
    const day = (minutes: number) =>
      visits({
        ...carerLine,
        minutes,
        visitsPerDay: 1,
        days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      });
    // 7 days of 1,440 minutes is the whole week: allowed; one line more is not.
    const full = day(1440);
    expect(minutesAWeek(full)).toBe(168 * 60);
    expect(readBudget(budget({ carers: [carer()], lines: [full] })).ok).toBe(true);
    const more = readBudget(
      budget({
        carers: [carer()],
        lines: [full, { ...visits({ ...carerLine, minutes: 1 }), id: 'l2' }],
      }),
    );
    expect(more.ok ? [] : more.problems.map((p) => p.key)).toContain('validation.carerOverAWeek');
  });
});
