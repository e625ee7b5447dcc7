/**
 * The timesheet days behind an hours-over-contract flag, as the payments page the flag
 * links to shows them: a row for each week over (the domain's `weeksOverBehind`), with
 * the assistant by name, the week, each day with its hours, and the week's hours.
 */
import type { Flag } from '../domain/ledger/flags';
import { weeksOverBehind } from '../domain/ledger/hours-behind';
import type { Ledger } from '../domain/ledger/ledger-schema';
import { Dec } from '../domain/money';
import type { DocumentFormat } from './format';
import type { SpendingNames } from './spending-names';
import type { FigureTable } from './summary';

export function flagTimesheets(
  flags: readonly Flag[],
  ledger: Ledger,
  names: SpendingNames,
  format: DocumentFormat,
): FigureTable | null {
  const { t } = format;
  const weeks = weeksOverBehind(flags, ledger);
  if (weeks.length === 0) return null;
  return {
    caption: t('spending.flagHours.caption'),
    columns: [
      { heading: t('spending.flagHours.assistant'), numeric: false },
      { heading: t('spending.flagHours.week'), numeric: false },
      { heading: t('spending.flagHours.days'), numeric: false },
      { heading: t('spending.flagHours.hours'), numeric: true },
    ],
    rows: weeks.map((week) => ({
      id: `${week.assistant}:${week.weekFrom}`,
      cells: [
        names.assistant(week.assistant),
        format.date(week.weekFrom),
        week.days
          .map((entry) =>
            t('spending.flagHours.day', {
              date: format.date(entry.date),
              hours: format.hours(new Dec(entry.hours)),
            }),
          )
          .join('; '),
        format.hours(week.hours),
      ],
    })),
  };
}
