/**
 * Today on the device's calendar, as the caseload page reads it: the day every budget is
 * priced as at until someone chooses another. A test sets `today` to hold the day still.
 */
import { localIsoDate } from '../../domain/local-date';

export const caseloadClock: { today: () => string } = {
  today: () => localIsoDate(new Date()),
};
