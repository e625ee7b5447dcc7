import { describe, expect, it } from 'vitest';
import { carer, report, sleepIn, visits } from '../helpers/builders';

// split-rates card: provider day 20.00 weekday / 30.00 weekend, night 25.00 / 35.00,
// sleep-in 100.00; p1 18/27 day, 22/32 night, sleep-in 90; PA pay 12/15 day, 14/16 night,
// sleep-in 80, on-costs 12.07% + 3% = 15.07%; 52.143 weeks a year.

describe('rule 1: hours of a visits line', () => {
  it('are minutes × visits a day × workers × days / 60 [H1.1]', () => {
    const line = report({
      lines: [visits({ minutes: 45, visitsPerDay: 2, workers: 2, days: ['mon', 'tue', 'wed'] })],
    }).lines[0];
    expect(line?.hoursWeekly).toBe('9.00');
  });

  it('are shown half-up to two places, while costs use the exact hours', () => {
    const line = report({ lines: [visits({ minutes: 20, days: ['mon'] })] }).lines[0];
    expect(line?.hoursWeekly).toBe('0.33');
    expect(line?.weekly).toBe('6.67'); // 20/60 × 20.00 = 6.666…, not 0.33 × 20 = 6.60
  });
});

describe('rule 2: the rate of a day', () => {
  it('is the weekday rate Monday to Friday and the weekend rate on Saturday and Sunday [H5.1]', () => {
    const lines = report({
      lines: [
        visits({ id: 'wk', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }),
        visits({ id: 'we', days: ['sat', 'sun'] }),
      ],
    }).lines;
    expect(lines.map((l) => l.weekly)).toEqual(['100.00', '60.00']);
  });

  it('is the night rate for a waking night [H1.3]', () => {
    const line = report({
      lines: [visits({ period: 'night', minutes: 600, days: ['mon', 'sat'] })],
    }).lines[0];
    expect(line?.weekly).toBe('600.00'); // 10 h × 25.00 + 10 h × 35.00
  });

  it("is the chosen provider's own rate, not the standard rate", () => {
    const line = report({ lines: [visits({ provider: 'p1', days: ['mon', 'sun'] })] }).lines[0];
    expect(line?.weekly).toBe('45.00'); // 18.00 + 27.00
  });

  it("is a PA's pay plus the on-costs, unrounded", () => {
    const line = report({
      lines: [visits({ resource: 'personal-assistant', minutes: 600, days: ['mon'] })],
    }).lines[0];
    expect(line?.weekly).toBe('138.08'); // 10 × 12.00 × 1.1507 = 138.084
  });

  it('costs nothing for an unpaid carer or the community, though their hours count [H5.2]', () => {
    const priced = report({
      carers: [carer()],
      lines: [
        visits({ id: 'carer', resource: 'unpaid-carer', carer: 'c1' }),
        visits({ id: 'club', resource: 'community' }),
      ],
    });
    expect(priced.lines.map((l) => [l.weekly, l.annual, l.hoursWeekly])).toEqual([
      ['0.00', '0.00', '1.00'],
      ['0.00', '0.00', '1.00'],
    ]);
    expect(priced.hoursWeekly).toMatchObject({ 'unpaid-carer': '1.00', community: '1.00' });
  });
});

describe('rule 3: the weekly cost of a visits line', () => {
  it('is rounded once, on the sum over its days, not day by day', () => {
    // 20 min on 3 weekdays at 20.00: 3 × 6.666… = 20.00 exactly; day by day 3 × 6.67 = 20.01
    const line = report({ lines: [visits({ minutes: 20, days: ['mon', 'tue', 'wed'] })] }).lines[0];
    expect(line?.weekly).toBe('20.00');
  });

  it('doubles for double-handed care: two workers, twice the hours [H1.2]', () => {
    const line = report({ lines: [visits({ workers: 2, minutes: 30, days: ['mon'] })] }).lines[0];
    expect(line).toMatchObject({ hoursWeekly: '1.00', weekly: '20.00' });
  });
});

describe('rule 4: a sleep-in', () => {
  it('costs the nightly allowance, not hours', () => {
    const line = report({
      lines: [sleepIn({ resource: 'registered-provider', days: ['fri', 'sat'] })],
    }).lines[0];
    expect(line).toMatchObject({ hoursWeekly: '0.00', nightsWeekly: 2, weekly: '200.00' });
  });

  it("by a PA carries the PA's on-costs", () => {
    const line = report({ lines: [sleepIn({ days: ['fri'] })] }).lines[0];
    expect(line?.weekly).toBe('92.06'); // 80.00 × 1.1507 = 92.056
  });

  it('counts each worker: two people sleeping in are two allowances', () => {
    const line = report({
      lines: [sleepIn({ resource: 'registered-provider', workers: 2, days: ['mon'] })],
    }).lines[0];
    expect(line).toMatchObject({ nightsWeekly: 2, weekly: '200.00' });
  });
});

describe('rule 5: the annual cost of a line', () => {
  it('is the rounded weekly cost × weeks a year, rounded', () => {
    const line = report({ lines: [visits({ minutes: 20, days: ['mon'] })] }).lines[0];
    expect(line?.annual).toBe('347.79'); // 6.67 × 52.143 = 347.79381
  });
});
