/**
 * The team's ranked monitoring view as CSV (docs/ledger.md, "For the team"): one row per
 * budget, in the page's order, with stable English column names and flag ids, whatever
 * the page's language, so a spreadsheet or a script reading it never breaks. The page's
 * download and `npm run price -- monitor --cohort --format csv` give these same bytes.
 */
import type { MonitorEntry } from '../domain/ledger/caseload-monitor';
import { number, text, toCsv, type Cell } from './csv';

export const MONITOR_CSV_COLUMNS = [
  'rank',
  'file',
  'budget_id',
  'person',
  'reference',
  'as_of',
  'flag_count',
  'most_serious_flag',
  'flags',
  'amount_at_stake',
  'year_budget',
  'planned_to_date',
  'spent',
  'projected_outturn',
  'balance',
  'weeks_held',
  'flagged_transactions',
] as const;

export function monitorCaseloadCsv(ranked: readonly MonitorEntry[]): string {
  const rows = ranked.map((entry, index): Cell[] => [
    number(String(index + 1)),
    text(entry.file),
    text(entry.id),
    text(entry.person),
    text(entry.reference),
    text(entry.asOf),
    number(String(entry.flags.length)),
    text(entry.flags[0]?.id ?? ''),
    text(entry.flags.map((flag) => flag.id).join(';')),
    number(entry.atStake),
    number(entry.yearBudget),
    number(entry.plannedToDate),
    number(entry.spent),
    number(entry.projectedOutturn),
    number(entry.balance),
    entry.weeksHeld === null ? text('') : number(entry.weeksHeld),
    text(Object.keys(entry.behind).join(';')),
  ]);
  return toCsv([MONITOR_CSV_COLUMNS.map((column) => text(column)), ...rows]);
}
