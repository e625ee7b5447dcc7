import { describe, expect, it } from 'vitest';
import type { Day } from '../../src/domain/days';
import { carer, report, sleepIn, visits } from '../helpers/builders';

// split-rates card policy: notice 20 h, high 35 h, very high 50 h, 3 nights, age 70.
// Relief rates: PA 12.00 × 1.1507 = 13.8084 an hour, 80.00 × 1.1507 = 92.056 a night;
// provider 20.00 an hour, 100.00 a night.
const WEEK: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function carerLine(minutesADay: number, days: Day[], fields: Parameters<typeof visits>[0] = {}) {
  return visits({
    id: `v${minutesADay}${days.join('')}`,
    resource: 'unpaid-carer',
    carer: 'c1',
    minutes: minutesADay,
    days,
    ...fields,
  });
}

function carerReport(lines: ReturnType<typeof visits | typeof sleepIn>[], who = carer()) {
  const result = report({ carers: [who], lines }).carers[0];
  if (result === undefined) throw new Error('no carer in report');
  return result;
}

describe('carer hours flags', () => {
  it('carer-hours-notice at 20 hours, the threshold itself [H2.1]', () => {
    expect(carerReport([carerLine(240, ['mon', 'tue', 'wed', 'thu', 'fri'])]).flags).toEqual([
      'carer-hours-notice',
    ]);
  });

  it('no hours flag just under 20 hours [H2.2]', () => {
    expect(carerReport([carerLine(239, ['mon', 'tue', 'wed', 'thu', 'fri'])]).flags).toEqual([]);
  });

  it('carer-hours-high at 35 hours, and not notice as well', () => {
    expect(carerReport([carerLine(420, ['mon', 'tue', 'wed', 'thu', 'fri'])]).flags).toEqual([
      'carer-hours-high',
    ]);
  });

  it('carer-hours-notice, not high, just under 35 hours', () => {
    expect(carerReport([carerLine(419, ['mon', 'tue', 'wed', 'thu', 'fri'])]).flags).toEqual([
      'carer-hours-notice',
    ]);
  });

  it('carer-hours-very-high at 50 hours, the only hours flag [H2.3]', () => {
    expect(carerReport([carerLine(600, ['mon', 'tue', 'wed', 'thu', 'fri'])]).flags).toEqual([
      'carer-hours-very-high',
    ]);
  });

  it('says what it found, the threshold, and what would bring the carer under it', () => {
    const result = carerReport([carerLine(480, ['mon', 'tue', 'wed', 'thu', 'fri'])]); // 40 h
    expect(result.details[0]).toEqual({
      id: 'carer-hours-high',
      severity: 'warning',
      measure: 'hours',
      found: '40.00',
      threshold: '35',
      // under 35 means below it: 5 h leaves exactly 35, so 5¼ h (next quarter hour)
      toMove: { hours: '5.25', nights: 0, paWeekly: '72.49', providerWeekly: '105.00' },
    });
  });
});

describe('carer nights, breaks and willingness', () => {
  it('carer-nights at 3 nights, counting sleep-ins and waking nights on distinct days [H2.4]', () => {
    const result = carerReport([
      sleepIn({ id: 'a', resource: 'unpaid-carer', carer: 'c1', days: ['mon', 'tue'] }),
      carerLine(60, ['tue', 'wed'], { period: 'night' }),
    ]);
    expect(result.nightsWeekly).toBe(3);
    expect(result.flags).toEqual(['carer-nights']);
    expect(result.details[0]?.toMove).toEqual({
      hours: '0.00',
      nights: 1,
      paWeekly: '92.06',
      providerWeekly: '100.00',
    });
  });

  it('no nights flag at 2 nights', () => {
    const result = carerReport([
      sleepIn({ resource: 'unpaid-carer', carer: 'c1', days: ['mon', 'tue'] }),
    ]);
    expect(result.flags).toEqual([]);
  });

  it('carer-no-break when they care on all 7 days, relieved by their lightest day [H2.5]', () => {
    const result = carerReport([carerLine(60, WEEK), carerLine(30, ['sun'], { id: 'extra' })]);
    expect(result.caringDays).toBe(7);
    expect(result.flags).toEqual(['carer-no-break']);
    expect(result.details[0]?.toMove).toMatchObject({
      hours: '1.00',
      nights: 0,
      providerWeekly: '20.00',
    });
  });

  it('no break flag with one day off in the week', () => {
    expect(carerReport([carerLine(60, WEEK.slice(0, 6))]).flags).toEqual([]);
  });

  it('carer-not-willing when even a sleep-in relies on a carer not willing and able [H2.6]', () => {
    const result = carerReport(
      [sleepIn({ resource: 'unpaid-carer', carer: 'c1', days: ['sat'] })],
      carer({ willingAndAble: false }),
    );
    expect(result.flags).toEqual(['carer-not-willing']);
    expect(result.details[0]).toMatchObject({
      severity: 'serious',
      toMove: { nights: 1, providerWeekly: '100.00' },
    });
  });

  it('no not-willing flag for a carer the plan does not rely on', () => {
    expect(carerReport([], carer({ willingAndAble: false })).flags).toEqual([]);
  });
});

describe('older or unwell carers', () => {
  const twentyHours = () => [carerLine(240, ['mon', 'tue', 'wed', 'thu', 'fri'])];

  it('carer-older-or-unwell at age 70 with 20 hours', () => {
    expect(carerReport(twentyHours(), carer({ age: 70 })).flags).toEqual([
      'carer-hours-notice',
      'carer-older-or-unwell',
    ]);
  });

  it('not at age 69', () => {
    expect(carerReport(twentyHours(), carer({ age: 69 })).flags).toEqual(['carer-hours-notice']);
  });

  it('for a carer with their own health condition, at any age', () => {
    expect(carerReport(twentyHours(), carer({ age: 30, ownHealthCondition: true })).flags).toEqual([
      'carer-hours-notice',
      'carer-older-or-unwell',
    ]);
  });

  it('not for an older carer under the notice threshold', () => {
    expect(
      carerReport([carerLine(239, ['mon', 'tue', 'wed', 'thu', 'fri'])], carer({ age: 80 })).flags,
    ).toEqual([]);
  });
});

describe('carer hours', () => {
  it('count only that carer’s unpaid lines, not paid or community lines', () => {
    const priced = report({
      carers: [carer(), carer({ id: 'c2', name: 'Jo' })],
      lines: [
        carerLine(60, ['mon']),
        visits({ id: 'jo', resource: 'unpaid-carer', carer: 'c2', minutes: 30, days: ['mon'] }),
        visits({ id: 'paid', resource: 'registered-provider', minutes: 600, days: ['mon'] }),
      ],
    });
    expect(priced.carers.map((c) => [c.id, c.hoursWeekly])).toEqual([
      ['c1', '1.00'],
      ['c2', '0.50'],
    ]);
  });
});
