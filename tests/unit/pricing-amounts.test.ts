import { describe, expect, it } from 'vitest';
import { anchorCard, expense, report, sleepIn, visits } from '../helpers/builders';

// split-rates card: 52.143 weeks; PA employer costs: insurance 90.00 a year, payroll 7.50 a
// week, training 20.00 a month.

describe('rule 6: expenses by frequency', () => {
  it('a weekly amount is its own weekly cost and × weeks a year, rounded, annually', () => {
    const amount = report({ expenses: [expense({ amount: '35.00', frequency: 'weekly' })] })
      .amounts[0];
    expect(amount).toMatchObject({ weekly: '35.00', annual: '1825.01', oneOff: '0.00' }); // 1825.005
  });

  it('a monthly amount is × 12 a year, and that ÷ weeks a year, rounded, weekly', () => {
    const amount = report({ expenses: [expense({ amount: '40.50', frequency: 'monthly' })] })
      .amounts[0];
    expect(amount).toMatchObject({ weekly: '9.32', annual: '486.00' }); // 486 / 52.143 = 9.3205
  });

  it('an annual amount is ÷ weeks a year, rounded, weekly', () => {
    const amount = report({ expenses: [expense({ amount: '61.00', frequency: 'annual' })] })
      .amounts[0];
    expect(amount).toMatchObject({ weekly: '1.17', annual: '61.00' });
  });

  it('a one-off amount never recurs: it counts in the one-off total only', () => {
    const priced = report({
      expenses: [expense({ amount: '1800.00', frequency: 'one-off', kind: 'investment' })],
    });
    expect(priced.amounts[0]).toMatchObject({
      weekly: '0.00',
      annual: '0.00',
      oneOff: '1800.00',
      kind: 'investment',
    });
    expect(priced.totals).toEqual({
      weekly: '0.00',
      annual: '0.00',
      oneOff: '1800.00',
      firstYear: '1800.00',
    });
  });
});

describe('rule 6: PA employer costs', () => {
  it('apply once when the budget has any PA line, however many', () => {
    const priced = report({
      lines: [visits({ id: 'a', resource: 'personal-assistant' }), sleepIn({ id: 'b' })],
    });
    const employer = priced.amounts.filter((a) => a.source === 'employer-cost');
    expect(employer.map((a) => [a.id, a.weekly, a.annual])).toEqual([
      ['insurance', '1.73', '90.00'],
      ['payroll', '7.50', '391.07'],
      ['training', '4.60', '240.00'],
    ]);
  });

  it('do not apply without a PA line', () => {
    const priced = report({ lines: [visits({ resource: 'registered-provider' })] });
    expect(priced.amounts).toEqual([]);
  });

  it('count under the personal-assistant resource and the general domain', () => {
    const priced = report({
      lines: [visits({ resource: 'personal-assistant', minutes: 60, days: ['mon'] })],
    });
    // line 12.00 × 1.1507 = 13.8084 → 13.81; employer 1.73 + 7.50 + 4.60 = 13.83
    expect(priced.byResource['personal-assistant']).toMatchObject({ weekly: '27.64' });
    expect(priced.byDomain['general']).toMatchObject({ weekly: '13.83', annual: '721.07' });
    expect(priced.byDomain['personal-care']).toMatchObject({ weekly: '13.81' });
  });
});

describe('rule 7: totals', () => {
  it('the weekly total is the sum of the rounded weekly amounts', () => {
    const priced = report({
      lines: [
        visits({ id: 'a', minutes: 20, days: ['mon'] }),
        visits({ id: 'b', minutes: 20, days: ['tue'] }),
      ],
    });
    expect(priced.lines.map((l) => l.weekly)).toEqual(['6.67', '6.67']);
    expect(priced.totals.weekly).toBe('13.34'); // not round(13.333…) = 13.33
  });

  it('the annual total is the sum of the rounded annual amounts, not weekly total × weeks', () => {
    const priced = report({
      lines: [
        visits({ id: 'a', minutes: 20, days: ['mon'] }),
        visits({ id: 'b', minutes: 20, days: ['tue'] }),
      ],
    });
    expect(priced.lines.map((l) => l.annual)).toEqual(['347.79', '347.79']);
    expect(priced.totals.annual).toBe('695.58'); // 13.34 × 52.143 would be 695.59
  });

  it('the first-year total is the annual total plus the one-off total', () => {
    const priced = report({
      lines: [visits({ days: ['mon'] })],
      expenses: [expense({ id: 'hoist', amount: '1800.00', frequency: 'one-off' })],
    });
    expect(priced.totals).toEqual({
      weekly: '20.00',
      annual: '1042.86',
      oneOff: '1800.00',
      firstYear: '2842.86',
    });
  });

  it('recurring expenses count under the expenses resource and their own domain, or general', () => {
    const priced = report({
      expenses: [
        expense({ id: 'a', domain: 'social', amount: '10.00' }),
        expense({ id: 'b', domain: undefined, amount: '5.00' }),
      ],
    });
    expect(priced.byResource['expenses']).toMatchObject({ weekly: '15.00' });
    expect(priced.byDomain['social']).toMatchObject({ weekly: '10.00' });
    expect(priced.byDomain['general']).toMatchObject({ weekly: '5.00' });
  });

  it('every domain of the card and every resource appears, even at nothing', () => {
    const priced = report({});
    expect(Object.keys(priced.byDomain)).toEqual(
      expect.arrayContaining([
        'personal-care',
        'domestic',
        'social',
        'education',
        'work',
        'general',
      ]),
    );
    expect(Object.keys(priced.byResource)).toEqual([
      'registered-provider',
      'personal-assistant',
      'unpaid-carer',
      'community',
      'expenses',
    ]);
  });
});

describe('the public anchors', () => {
  it('28 hours at the Homecare Association 2025-26 minimum price of £32.14 is £899.92 a week', () => {
    const priced = report(
      {
        lines: [visits({ minutes: 240, days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] })],
      },
      anchorCard(),
    );
    expect(priced.totals.weekly).toBe('899.92');
  });

  it('seven PA sleep-ins at £77.95 are £545.65 a week', () => {
    const priced = report(
      { lines: [sleepIn({ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] })] },
      anchorCard(),
    );
    expect(priced.lines[0]?.weekly).toBe('545.65');
  });

  it('20 PA hours at £13.75 plus £61 a year insurance and £7.50 a week payroll is £283.67 a week', () => {
    const priced = report(
      {
        lines: [
          visits({
            resource: 'personal-assistant',
            minutes: 240,
            days: ['mon', 'tue', 'wed', 'thu', 'fri'],
          }),
        ],
      },
      anchorCard(),
    );
    expect(priced.totals.weekly).toBe('283.67'); // 275.00 + 61 / 52.143 = 1.17 + 7.50
  });
});
