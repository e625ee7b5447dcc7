/**
 * The review columns of the caseload table CSV (docs/plan-around-money.md): each budget's
 * next review and whether it is due or overdue on the day the table is made. Kept apart
 * from caseload-csv.ts, which calls these.
 */
import type { TFunction } from 'i18next';
import type { CaseloadRow } from '../domain/caseload/caseload-row';
import { entryReviewState } from '../domain/caseload/reviews';
import { text, type Cell } from './csv';
import type { MessageKey } from '../i18n/message-keys';

export function reviewTableHeadings(t: TFunction): Cell[] {
  return [text(t('reviews.csv.nextReview')), text(t('reviews.csv.reviewState'))];
}

/** The next review as YYYY-MM-DD (blank when none), and "Due", "Overdue" or blank. */
export function reviewTableCells(entry: CaseloadRow, t: TFunction, today: string): Cell[] {
  const state = entryReviewState(entry.reviews, today);
  return [
    text(entry.reviews.nextReview ?? ''),
    text(
      state === 'due' || state === 'overdue'
        ? t(`reviews.state.${state}` as const satisfies MessageKey)
        : '',
    ),
  ];
}
