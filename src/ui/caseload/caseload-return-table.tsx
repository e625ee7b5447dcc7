/** One count of the PHB return: a row per cohort, a column per funding route, totals both ways. */
import type { TFunction } from 'i18next';
import { cohortTotal, PHB_COHORTS, type CohortCounts } from '../../domain/caseload/phb-return';
import { FUNDING_ROUTES } from '../../domain/schema/budget-values';
import { Table, type TableRow } from '../components/table';

export interface CaseloadReturnTableProps {
  readonly caption: string;
  readonly table: CohortCounts;
  /** The count over every cohort and route: the return's own total. */
  readonly total: number;
  readonly t: TFunction;
  readonly count: (n: number) => string;
}

export function CaseloadReturnTable({ caption, table, total, t, count }: CaseloadReturnTableProps) {
  const key = (name: string) => `caseload.phbReturn.${name}`;
  const rows: TableRow[] = PHB_COHORTS.map((cohort) => ({
    key: cohort,
    cells: [
      t(key(`cohort.${cohort}`)),
      ...FUNDING_ROUTES.map((route) => count(table[cohort][route])),
      count(cohortTotal(table[cohort])),
    ],
  }));
  const routeTotals = FUNDING_ROUTES.map((route) =>
    PHB_COHORTS.reduce((sum, cohort) => sum + table[cohort][route], 0),
  );
  rows.push({ key: 'total', cells: [t(key('allPhbs')), ...routeTotals.map(count), count(total)] });
  return (
    <Table
      caption={caption}
      captionSize="s"
      firstCellIsHeader
      responsive
      columns={[
        { heading: t(key('column.cohort')) },
        ...FUNDING_ROUTES.map((route) => ({ heading: t(key(`route.${route}`)), numeric: true })),
        { heading: t(key('column.total')), numeric: true },
      ]}
      rows={rows}
    />
  );
}
