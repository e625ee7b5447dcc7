/**
 * The commissioner's rows of the caseload CSVs (docs/commissioner.md): cost avoided
 * against traditional packages and the cost in the year in the summary's long layout
 * (section, item, measure, value), and each budget's own figures in the table. Kept apart from
 * caseload-csv.ts, which calls these, so each file says one thing.
 */
import type { TFunction } from 'i18next';
import type { CaseloadEntry } from '../domain/caseload/entry';
import { IN_YEAR_PERIODS } from '../domain/caseload/in-year';
import type { CaseloadSummary } from '../domain/caseload/summary';
import { number, text, type Cell } from './csv';

const key = (name: string) => `commissioner.csv.${name}`;

export function commissionerSummaryRows(summary: CaseloadSummary, t: TFunction): Cell[][] {
  const rows: Cell[][] = [];
  const row = (section: string, item: string, measure: string, value: Cell) =>
    rows.push([text(t(key(`section.${section}`))), text(item), text(t(key(`measure.${measure}`))), value]);
  const all = t('caseload.csv.allBudgets');
  const avoidance = summary.traditional;
  row('costAvoidance', all, 'traditionalWeekly', number(avoidance.traditionalWeekly));
  row('costAvoidance', all, 'traditionalAnnual', number(avoidance.traditionalAnnual));
  row('costAvoidance', all, 'planAnnual', number(avoidance.planAnnual));
  row('costAvoidance', all, 'avoided', number(avoidance.avoided));
  row('costAvoidance', all, 'avoidedPercent', avoidance.percent === null ? text('') : number(avoidance.percent));
  row('costAvoidance', all, 'recorded', number(String(avoidance.recorded)));
  row('costAvoidance', all, 'costMoreCount', number(String(avoidance.costMore.length)));
  const { inYear } = summary;
  for (const period of IN_YEAR_PERIODS) {
    const { from, to, total } = inYear.periods[period];
    const item = t(key('periodItem'), { period: t(`commissioner.inYear.period.${period}`, { quarter: inYear.quarter }), from, to });
    row('inYear', item, 'cost', number(total));
  }
  for (const budget of avoidance.costMore) {
    const item = `${budget.file} (${budget.id})`;
    row('costMore', item, 'annual', number(budget.annual));
    row('costMore', item, 'traditionalAnnual', number(budget.traditionalAnnual));
    row('costMore', item, 'over', number(budget.over));
  }
  return rows;
}

export const COMMISSIONER_TABLE_COLUMNS = ['cohort', 'traditionalAnnual', 'basis', 'avoided', 'avoidedPercent'] as const;

export function commissionerTableHeadings(t: TFunction): Cell[] {
  return [
    ...COMMISSIONER_TABLE_COLUMNS.map((column) => text(t(key(`column.${column}`)))),
    ...IN_YEAR_PERIODS.map((period) => text(t(key(`column.${period}`)))),
  ];
}

export function commissionerTableCells(entry: CaseloadEntry, t: TFunction): Cell[] {
  const { traditional } = entry;
  return [
    text(t(`caseload.phbReturn.cohort.${entry.cohort}`)),
    number(traditional.annual),
    text(t(key(`basis.${traditional.basis}`))),
    number(traditional.avoided),
    traditional.percent === null ? text('') : number(traditional.percent),
    ...IN_YEAR_PERIODS.map((period) => number(entry.inYear[period])),
  ];
}
