/**
 * Two revisions of one plan with figures worked out by hand on the split-rates card
 * (weekday £20, weekend £30 an hour; PA £12 and £15 plus 15.07% on-costs; 52.143 weeks).
 */
import type { Budget } from '../../src/domain/schema/budget';
import { budget, carer, expense, visits } from './builders';

/** l1 provider 5 h (£100.00), l2 Sam 21 h unpaid, e1 £10.00 a week: £110.00 a week, £5,735.73 a year. */
export function planA(): Budget {
  return budget({
    carers: [carer({ id: 'c1', name: 'Sam' })],
    lines: [
      visits({ id: 'l1', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }),
      visits({
        id: 'l2',
        domain: 'domestic',
        activity: 'Meals and housework',
        resource: 'unpaid-carer',
        carer: 'c1',
        minutes: 180,
        days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      }),
    ],
    expenses: [expense({ id: 'e1', amount: '10.00' })],
  });
}

/**
 * l1 every day (5 h × £20 + 2 h × £30 = £160.00), l2 gone, l3 a PA 3 h on weekdays
 * (£41.43) bringing employer costs, e1 £12.00: £227.26 a week, £11,849.95 a year.
 */
export function planB(): Budget {
  const a = planA();
  return {
    ...a,
    lines: [
      visits({ id: 'l1', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }),
      visits({
        id: 'l3',
        domain: 'social',
        activity: 'Swimming',
        resource: 'personal-assistant',
        minutes: 90,
        days: ['mon', 'wed'],
      }),
    ],
    expenses: [expense({ id: 'e1', amount: '12.00' })],
  };
}
