/**
 * Which English message areas the app bundles into its start-up script and which it loads
 * with its pages (app-i18n.ts, `loadPageMessages`). The areas here are used only by pages
 * loaded on demand (the builder's pages, the summary and its documents and PDF, and the
 * caseload, revision, rate-card and accessibility pages; `report`, the words of the text
 * report, the CSVs and the command line, which the app uses only in its CSV download); the
 * start page, the task list and the app's frame use the others. The few words those show about the pages loaded on
 * demand (their links, the task list's revision links and old-card notice) are kept in
 * the start-up areas (start.caseload, budget.revisionLinks, budget.cardNotice…). A test
 * holds that the two lists cover every area of english.ts once; the size check of
 * `npm test` holds start-up code to the keys of the start-up areas.
 */
export const PAGE_AREAS = [
  'lines',
  'carers',
  'expenses',
  'outcomes',
  'reviews',
  'forms',
  'summary',
  'report',
  'documents',
  'pdf',
  'caseload',
  'commissioner',
  'revisions',
  'rateCards',
  'accessibility',
  'packages',
  'importing',
  'planCover',
  'ledger',
  'spending',
] as const;
export type PageArea = (typeof PAGE_AREAS)[number];
