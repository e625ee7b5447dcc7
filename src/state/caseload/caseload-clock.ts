/**
 * Today on the app's clock (state/clock.ts), as the caseload page reads it: the day every budget is
 * priced as at until someone chooses another. A test sets `today` to hold the day still.
 */
import { today } from '../clock';

export const caseloadClock: { today: () => string } = {
  today: () => today(),
};
