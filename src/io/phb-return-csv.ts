/**
 * The quarterly PHB return as CSV (docs/phb-return.md), in the layout a commissioner
 * submits: a title row, then one table per count with a row per PHB cohort, a column per
 * funding route and totals both ways; then the social-care personal budgets, counted
 * apart; then the ids of the budgets without a plan start. A blank row separates tables.
 * The app's download and `npm run price -- --cohort ... --format phb-return-csv` give
 * these same bytes.
 */
import type { TFunction } from 'i18next';
import {
  cohortTotal,
  PHB_COHORTS,
  RETURN_COUNTS,
  type PhbReturn,
} from '../domain/caseload/phb-return';
import { FUNDING_ROUTES } from '../domain/schema/budget-values';
import { number, text, toCsv, type Cell } from './csv';

export function phbReturnCsv(counted: PhbReturn, t: TFunction): string {
  return toCsv(phbReturnRows(counted, t));
}

/** The return's rows, a blank row between tables: the CSV's, and the text report's (caseload-text.ts). */
export function phbReturnRows(counted: PhbReturn, t: TFunction): Cell[][] {
  const key = (name: string) => `caseload.phbReturn.${name}`;
  const period = t(key('period'), { quarter: counted.quarter, from: counted.from, to: counted.to });
  const count = (n: number) => number(String(n));
  const rows: Cell[][] = [[text(t(key('csvTitle'), { period }))]];
  for (const name of RETURN_COUNTS) {
    const table = counted.counts[name];
    rows.push([]);
    rows.push([text(t(key(`count.${name}`)))]);
    rows.push([
      text(t(key('column.cohort'))),
      ...FUNDING_ROUTES.map((route) => text(t(key(`route.${route}`)))),
      text(t(key('column.total'))),
    ]);
    for (const cohort of PHB_COHORTS) {
      const routes = table[cohort];
      rows.push([
        text(t(key(`cohort.${cohort}`))),
        ...FUNDING_ROUTES.map((route) => count(routes[route])),
        count(cohortTotal(routes)),
      ]);
    }
    const routeTotals = FUNDING_ROUTES.map((route) =>
      PHB_COHORTS.reduce((sum, cohort) => sum + table[cohort][route], 0),
    );
    rows.push([text(t(key('allPhbs'))), ...routeTotals.map(count), count(counted.totals[name])]);
  }
  rows.push(
    [],
    [text(t(key('personalBudgets.heading')))],
    [text(t(key('column.count'))), text(t(key('column.budgets')))],
  );
  for (const name of RETURN_COUNTS)
    rows.push([text(t(key(`count.${name}`))), count(counted.personalBudgets[name])]);
  rows.push([], [text(t(key('undated.heading')))], [text(t(key('column.id')))]);
  for (const id of counted.undated) rows.push([text(id)]);
  return rows;
}
