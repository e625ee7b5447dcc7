/** A husband's unpaid care: half an hour of help on five weeknights, and meals every day. */
import { visits } from './builders';

export function nightHelp(carer: string) {
  return visits({
    id: 'night',
    activity: 'Help to the toilet at night',
    resource: 'unpaid-carer',
    carer,
    minutes: 30,
    period: 'night',
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  });
}

export function meals(carer: string) {
  return visits({
    id: 'meals',
    activity: 'Meals',
    resource: 'unpaid-carer',
    carer,
    minutes: 180,
    days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  });
}
