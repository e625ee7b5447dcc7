/**
 * The ledger's red flags at and just under each threshold (docs/ledger.md), with the
 * defaults and with thresholds from a card's monitoring policy. Each flag names what is
 * behind it.
 */
import { describe, expect, it } from 'vitest';
import type { Flag } from '../../src/domain/ledger/flags';
import type { Ledger } from '../../src/domain/ledger/ledger-schema';
import { readRateCard } from '../../src/domain/read';
import type { MonitoringPolicy, RateCard } from '../../src/domain/schema/rate-card';
import { dayCentre, englandCard, monitored } from '../helpers/ledger-setup';

const plan = { start: '2026-04-01', end: '2027-03-31' };
const pay = (
  id: string,
  date: string,
  amount: string,
  match?: Ledger['transactions'][number]['match'],
) => ({
  id,
  date,
  amount,
  payee: 'Payee',
  description: '',
  ...(match === undefined ? {} : { match }),
});
const assistants = [{ id: 'jo', name: 'Jo Example', contractedHoursWeekly: '16' }];
const paLine = {
  id: 'l1',
  domain: 'personal-care',
  activity: 'Lunch',
  resource: 'personal-assistant',
  assistant: 'jo',
  workers: 1,
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  kind: 'visits',
  minutes: 60,
  visitsPerDay: 1,
  period: 'day',
} as const;
const providerLine = {
  ...paLine,
  id: 'p1',
  resource: 'registered-provider',
  assistant: undefined,
} as const;

function flagsOf(
  budget: Record<string, unknown>,
  ledger: Record<string, unknown>,
  asOf: string,
  card?: RateCard,
): Flag[] {
  return [...monitored(budget, ledger, asOf, card).monitoring.flags];
}
const ids = (flags: readonly Flag[]) => flags.map((found) => found.id);

function cardWith(policy: MonitoringPolicy): RateCard {
  const read = readRateCard({ ...englandCard(), policy: { monitoring: policy } });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value;
}

describe('overspend-pace (projected outturn at least 5% over)', () => {
  // A 28-day plan: the year is the plan, £400.00; as at its last day, projected = spent.
  const short = { plan: { start: '2026-04-01', end: '2026-04-28' }, expenses: [dayCentre] };
  const spent = (amount: string) => ({ transactions: [pay('t1', '2026-04-10', amount)] });
  it('at 5% over (420.00 of 400.00) it is raised, with the figures', () => {
    const flags = flagsOf(short, spent('420.00'), '2026-04-28');
    expect(flags).toEqual([
      {
        id: 'overspend-pace',
        values: {
          projected: '420.00',
          budget: '400.00',
          over: '20.00',
          percent: '5.0',
          threshold: '5',
        },
        transactions: [],
        lines: [],
        assistants: [],
      },
    ]);
  });
  it('just under (419.99) it is not', () => {
    expect(ids(flagsOf(short, spent('419.99'), '2026-04-28'))).toEqual([]);
  });
  it('the card may set its own percent', () => {
    const card = cardWith({ overspendPercent: '10', source: 'Test council direct payment policy' });
    expect(ids(flagsOf(short, spent('439.99'), '2026-04-28', card))).toEqual([]);
    expect(ids(flagsOf(short, spent('440.00'), '2026-04-28', card))).toEqual(['overspend-pace']);
  });
});

describe('surplus (balance over 8 weeks of budget)', () => {
  const budget = { plan, expenses: [dayCentre] };
  const received = (amount: string) => ({ receipts: [{ id: 'r1', date: '2026-04-01', amount }] });
  it('at exactly 8 weeks (800.00 at 100.00 a week) it is not raised', () => {
    expect(ids(flagsOf(budget, received('800.00'), '2026-04-02'))).toEqual([]);
  });
  it('a penny over 8 weeks it is', () => {
    expect(ids(flagsOf(budget, received('800.01'), '2026-04-02'))).toEqual(['surplus']);
  });
});

describe('unplanned-spend', () => {
  const budget = { plan, expenses: [dayCentre] };
  const unplanned = (amount: string) => ({
    transactions: [pay('k1', '2026-04-05', amount, { kind: 'unplanned', confirmed: true })],
  });
  it('by default any unplanned spending is raised, naming the transactions', () => {
    const [found] = flagsOf(budget, unplanned('0.01'), '2026-04-10');
    expect(found).toMatchObject({
      id: 'unplanned-spend',
      transactions: ['k1'],
      values: { total: '0.01', count: 1 },
    });
  });
  it('with a card threshold of 50.00: raised at 50.00, not at 49.99', () => {
    const card = cardWith({
      unplannedAmount: '50.00',
      source: 'Test council direct payment policy',
    });
    expect(ids(flagsOf(budget, unplanned('50.00'), '2026-04-10', card))).toEqual([
      'unplanned-spend',
    ]);
    expect(ids(flagsOf(budget, unplanned('49.99'), '2026-04-10', card))).toEqual([]);
  });
  it('a suggestion not confirmed is not unplanned spending', () => {
    const suggested = {
      transactions: [pay('k1', '2026-04-05', '80.00', { kind: 'unplanned', confirmed: false })],
    };
    expect(ids(flagsOf(budget, suggested, '2026-04-10'))).toEqual([]);
  });
});

describe('pa-hours-over-contract (contract, or 48 a week)', () => {
  const week = (hours: readonly string[]) => ({
    // Jo's week from the plan's start, Wednesday 2026-04-01 to Tuesday 2026-04-07; timesheet evidence keeps care flags quiet.
    timesheets: hours.map((value, index) => ({
      assistant: 'jo',
      date: `2026-04-0${index + 1}`,
      hours: value,
    })),
    transactions: [
      pay('w', '2026-04-03', '10.00', { kind: 'employer-cost', id: 'insurance', confirmed: true }),
    ],
  });
  const budget = { plan, assistants, lines: [paLine] };
  it('at the contract (16 hours) it is not raised', () => {
    expect(ids(flagsOf(budget, week(['8', '8']), '2026-04-07'))).toEqual([]);
  });
  it('a quarter-hour over the contract it is, naming the assistant and the week', () => {
    const [found] = flagsOf(budget, week(['8', '8.25']), '2026-04-07');
    expect(found).toMatchObject({
      id: 'pa-hours-over-contract',
      assistants: ['jo'],
      values: { weekFrom: '2026-04-01', hours: '16.25', contract: '16' },
    });
  });
  it('with no contracted hours, 48 a week is the limit: 48 is not over, 48.25 is', () => {
    const zeroHours = { ...budget, assistants: [{ ...assistants[0], contractedHoursWeekly: '0' }] };
    expect(ids(flagsOf(zeroHours, week(['24', '24']), '2026-04-07'))).toEqual([]);
    expect(ids(flagsOf(zeroHours, week(['24', '24', '0.25']), '2026-04-07'))).toEqual([
      'pa-hours-over-contract',
    ]);
  });
});

describe('employer-costs-missing (3 months with nothing paid)', () => {
  const budget = { plan, assistants, lines: [paLine] };
  // Timesheets every fortnight keep the care flag quiet; only employer costs are in question.
  const timesheets = Array.from({ length: 12 }, (_, index) => ({
    assistant: 'jo',
    date: `2026-${String(4 + Math.floor(index / 2)).padStart(2, '0')}-${index % 2 === 0 ? '05' : '20'}`,
    hours: '5',
  }));
  const insurance = {
    timesheets,
    transactions: [
      pay('i1', '2026-05-10', '90.00', { kind: 'employer-cost', id: 'insurance', confirmed: true }),
    ],
  };
  it('3 months after the last payment it is raised', () => {
    const [found] = flagsOf(budget, insurance, '2026-08-10');
    expect(found).toMatchObject({
      id: 'employer-costs-missing',
      values: { months: 3, since: '2026-05-11', last: '2026-05-10' },
      lines: ['l1'],
    });
  });
  it('a day under 3 months it is not', () => {
    expect(ids(flagsOf(budget, insurance, '2026-08-09'))).toEqual([]);
  });
  it('a payroll period ending in the months counts as payroll paid', () => {
    const payroll = {
      timesheets,
      payroll: [
        {
          assistant: 'jo',
          from: '2026-05-01',
          to: '2026-05-31',
          grossPay: '300.00',
          employerNi: '0.00',
          pension: '9.00',
          fee: '30.00',
        },
      ],
    };
    expect(ids(flagsOf(budget, payroll, '2026-08-30'))).toEqual([]);
    expect(ids(flagsOf(budget, payroll, '2026-08-31'))).toEqual(['employer-costs-missing']);
  });
});

describe('employer-costs-missing waits for the plan and the ledger to have run 3 months', () => {
  const employer = (found: readonly Flag[]) => ids(found).includes('employer-costs-missing');
  const paidIn = (date: string) => ({
    receipts: [{ id: 'r1', date, amount: '1000.00', from: 'Council' }],
  });
  it('a plan begun on 15 April has run 3 months on 14 July: raised then, not the day before', () => {
    const budget = {
      plan: { start: '2026-04-15', end: '2027-04-14' },
      assistants,
      lines: [paLine],
    };
    expect(employer(flagsOf(budget, paidIn('2026-04-15'), '2026-07-13'))).toBe(false);
    expect(employer(flagsOf(budget, paidIn('2026-04-15'), '2026-07-14'))).toBe(true);
  });
  it('an empty ledger says nothing of what was paid: never raised, however long the plan has run', () => {
    const budget = { plan, assistants, lines: [paLine] };
    expect(employer(flagsOf(budget, {}, '2026-07-01'))).toBe(false);
    expect(employer(flagsOf(budget, {}, '2027-03-31'))).toBe(false);
  });
  it('a ledger begun on 10 September has run 3 months on 9 December: raised then, not the day before', () => {
    const budget = { plan, assistants, lines: [paLine] };
    expect(employer(flagsOf(budget, paidIn('2026-09-10'), '2026-12-08'))).toBe(false);
    const [found] = flagsOf(budget, paidIn('2026-09-10'), '2026-12-09').filter(
      (one) => one.id === 'employer-costs-missing',
    );
    expect(found).toMatchObject({ values: { months: 3, since: '2026-09-10', last: '' } });
  });
  it('any dated record begins the ledger: a timesheet, a payroll period or a payment', () => {
    const budget = { plan, assistants, lines: [paLine] };
    const records = [
      { timesheets: [{ assistant: 'jo', date: '2026-09-10', hours: '2' }] },
      { transactions: [pay('w1', '2026-09-10', '50.00')] },
    ];
    for (const ledger of records) {
      expect(employer(flagsOf(budget, ledger, '2026-12-08'))).toBe(false);
      expect(employer(flagsOf(budget, ledger, '2026-12-09'))).toBe(true);
    }
  });
});

describe('spend-after-end (more than 28 days after a line ended)', () => {
  const budget = { plan, lines: [{ ...providerLine, until: '2026-06-30' }], expenses: [dayCentre] };
  const late = (date: string) => ({
    transactions: [pay('x1', date, '55.00', { kind: 'line', id: 'p1', confirmed: true })],
  });
  it('28 days after the end it is not raised (arrears)', () => {
    expect(ids(flagsOf(budget, late('2026-07-28'), '2026-07-30'))).toEqual([]);
  });
  it('29 days after it is, naming the transaction and the line', () => {
    const [found] = flagsOf(budget, late('2026-07-29'), '2026-07-30');
    expect(found).toMatchObject({
      id: 'spend-after-end',
      transactions: ['x1'],
      lines: ['p1'],
      values: { count: 1, total: '55.00', days: 28 },
    });
  });
});

describe('care-not-delivered (4 weeks with nothing paid or worked)', () => {
  const budget = { plan, lines: [providerLine] };
  const paid = {
    transactions: [pay('c1', '2026-05-01', '300.00', { kind: 'line', id: 'p1', confirmed: true })],
  };
  it('4 weeks after the last payment it is raised, naming the line', () => {
    const [found] = flagsOf(budget, paid, '2026-05-29');
    expect(found).toMatchObject({
      id: 'care-not-delivered',
      lines: ['p1'],
      values: { count: 1, weeks: 4, since: '2026-05-02' },
    });
  });
  it('a day under 4 weeks it is not', () => {
    expect(ids(flagsOf(budget, paid, '2026-05-28'))).toEqual([]);
  });
  it("an assistant's timesheet is evidence their line was given", () => {
    const pa = { plan, assistants, lines: [paLine] };
    const worked = {
      timesheets: [{ assistant: 'jo', date: '2026-04-20', hours: '2' }],
      transactions: [
        pay('i', '2026-04-02', '90.00', {
          kind: 'employer-cost',
          id: 'insurance',
          confirmed: true,
        }),
      ],
    };
    expect(ids(flagsOf(pa, worked, '2026-05-17'))).toEqual([]);
    expect(ids(flagsOf(pa, worked, '2026-05-18'))).toEqual(['care-not-delivered']);
  });
});
