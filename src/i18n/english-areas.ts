/**
 * Which English message areas the app bundles into its start-up script and which it loads
 * with its pages (app-i18n.ts, `loadPageMessages`). The areas here are used only by pages
 * loaded on demand (the builder's pages, the summary and its documents and PDF); the start
 * page, the task list and the app's frame use the others. A test holds that the two lists
 * cover every area of english.ts once.
 */
export const PAGE_AREAS = ['lines', 'carers', 'expenses', 'forms', 'summary', 'documents', 'pdf'] as const;
export type PageArea = (typeof PAGE_AREAS)[number];
