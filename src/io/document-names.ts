/**
 * File names for the documents made from a budget: the same slug as the budget file
 * ("support-plan-for-ann-example"), so the JSON, PDF and CSV of one plan sort together.
 */
import type { Budget } from '../domain/schema/budget';
import { budgetFileName } from './budget-file';

function withExtension(budget: Budget, extension: string): string {
  return budgetFileName(budget).replace(/\.json$/, extension);
}

/** "support-plan-for-ann-example.pdf" */
export function budgetPdfFileName(budget: Budget): string {
  return withExtension(budget, '.pdf');
}

/** "support-plan-for-ann-example.csv" */
export function budgetCsvFileName(budget: Budget): string {
  return withExtension(budget, '.csv');
}
