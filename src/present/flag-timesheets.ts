/**
 * What is behind "A personal assistant working more hours than agreed"
 * (`pa-hours-over-contract`) on the payments page the flag links to: not payments but
 * timesheet days. For each week the flag names (its `weekStarts`, 7 days from the plan's
 * start), the assistant, the days worked with their hours, and the week's hours. Nothing
 * here decides a flag; the weeks are the flag's own.
 */
import { dayNumber } from '../domain/calendar';
import type { Flag } from '../domain/ledger/flags';
import type { Ledger } from '../domain/ledger/ledger-schema';
import { Dec } from '../domain/money';
import type { Budget } from '../domain/schema/budget';
import type { DocumentFormat } from './format';
import type { FigureTable } from './summary';

export function flagTimesheets(
  flags: readonly Flag[],
  ledger: Ledger,
  budget: Budget,
  format: DocumentFormat,
): FigureTable | null {
  const { t } = format;
  const rows = flags
    .filter((flag) => flag.id === 'pa-hours-over-contract')
    .flatMap((flag) => {
      const id = flag.assistants[0];
      const name = budget.assistants?.find((assistant) => assistant.id === id)?.name ?? id ?? '';
      const starts = String(flag.values.weekStarts ?? '')
        .split(' ')
        .filter((start) => start !== '');
      return starts.map((start) => {
        const from = dayNumber(start);
        const days = ledger.timesheets
          .filter((entry) => {
            const day = dayNumber(entry.date);
            return entry.assistant === id && day >= from && day < from + 7;
          })
          .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        const total = days.reduce((sum, entry) => sum.plus(entry.hours), new Dec(0));
        return {
          id: `${id ?? ''}:${start}`,
          cells: [
            name,
            format.date(start),
            days
              .map((entry) =>
                t('spending.flagHours.day', {
                  date: format.date(entry.date),
                  hours: format.hours(new Dec(entry.hours)),
                }),
              )
              .join('; '),
            format.hours(total),
          ],
        };
      });
    });
  return rows.length === 0
    ? null
    : {
        caption: t('spending.flagHours.caption'),
        columns: [
          { heading: t('spending.flagHours.assistant'), numeric: false },
          { heading: t('spending.flagHours.week'), numeric: false },
          { heading: t('spending.flagHours.days'), numeric: false },
          { heading: t('spending.flagHours.hours'), numeric: true },
        ],
        rows,
      };
}
