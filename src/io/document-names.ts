/**
 * File names for the documents made from a budget: the same slug as the budget file
 * ("support-plan-for-ann-example"), so the JSON, PDF and CSV of one plan sort together.
 */
import type { Budget } from '../domain/schema/budget';
import { budgetFileName } from './budget-file';

function withExtension(budget: Budget, extension: string, withoutNames: boolean): string {
  return budgetFileName(budget, withoutNames).replace(/\.json$/, extension);
}

/** "support-plan-for-ann-example.pdf" */
export function budgetPdfFileName(budget: Budget, withoutNames = false): string {
  return withExtension(budget, '.pdf', withoutNames);
}

/** "support-plan-for-ann-example.csv" */
export function budgetCsvFileName(budget: Budget, withoutNames = false): string {
  return withExtension(budget, '.csv', withoutNames);
}

/** The exports for other systems (docs/exports.md), by their `--format` names. */
export type ExportKind = 'phb-schedule' | 'payroll' | 'service-agreement';

/** "support-plan-for-ann-example-payroll.csv" */
export function budgetExportFileName(
  budget: Budget,
  kind: ExportKind,
  withoutNames = false,
): string {
  return withExtension(budget, `-${kind}.csv`, withoutNames);
}
