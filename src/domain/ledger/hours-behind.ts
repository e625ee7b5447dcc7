/**
 * What is behind "a personal assistant working more hours than agreed"
 * (`pa-hours-over-contract`): not payments but timesheet days. For each week the flag
 * names (its `weekStarts`, 7 days from the plan's start), the assistant, the days worked
 * in it in date order, and the week's hours, summed as the flag sums them. The weeks are
 * the flag's own; nothing here decides a flag. Pure.
 */
import { dayNumber } from '../calendar';
import { Dec } from '../money';
import { byCodeUnits } from '../code-unit-order';
import type { Flag } from './flags';
import type { Ledger, TimesheetEntry } from './ledger-schema';

export interface WeekOver {
  readonly assistant: string;
  readonly weekFrom: string;
  readonly days: readonly TimesheetEntry[];
  readonly hours: Dec;
}

export function weeksOverBehind(flags: readonly Flag[], ledger: Ledger): WeekOver[] {
  return flags
    .filter((flag) => flag.id === 'pa-hours-over-contract')
    .flatMap((flag) => {
      const assistant = flag.assistants[0] ?? '';
      const starts = String(flag.values.weekStarts ?? '')
        .split(' ')
        .filter((start) => start !== '');
      return starts.map((weekFrom) => {
        const from = dayNumber(weekFrom);
        const days = ledger.timesheets
          .filter((entry) => {
            const day = dayNumber(entry.date);
            return entry.assistant === assistant && day >= from && day < from + 7;
          })
          .sort((a, b) => byCodeUnits(a.date, b.date));
        const hours = days.reduce((sum, entry) => sum.plus(entry.hours), new Dec(0));
        return { assistant, weekFrom, days, hours };
      });
    });
}
