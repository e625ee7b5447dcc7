/**
 * The as-at day and its form on the task list of a budget with dates, with the summary's
 * words, which the task list's own chunk leaves out. Fetched with the builder's pages
 * (lazy-builder-pages.tsx), so the task list draws it with the rest rather than a moment
 * later, moving the tasks down. The summary and What's left pages, whose chunks carry
 * those words, import summary-as-at.tsx itself.
 */
import { lazyPage } from '../lazy-page';

export const SummaryAsAt = lazyPage(() =>
  import('./summary-as-at').then((module) => module.SummaryAsAt),
);
