/**
 * Pages few people open on a visit, loaded when first shown rather than at start-up: the
 * caseload (commissioners), settings, the passphrase lock, the accessibility statement,
 * the rate cards (see, import, make) and a budget's revisions, comparisons, re-pricing
 * and the commissioner's view (used at reviews, not while building). The offline copy
 * precaches every file of the build, so they open offline too; app-shell-routes.tsx shows
 * "Loading…" while one arrives, and `preloadPages` fetches them all once the app is idle.
 */
import { lazyPage } from './lazy-page';

export const CaseloadPage = lazyPage(() =>
  import('./caseload/caseload-page').then((module) => module.CaseloadPage),
);
export const BenchmarksPage = lazyPage(() =>
  import('./caseload/benchmarks-page').then((module) => module.BenchmarksPage),
);
export const MonitoringPage = lazyPage(() =>
  import('./monitoring/monitoring-page').then((module) => module.MonitoringPage),
);
export const ImportPage = lazyPage(() =>
  import('./importing/import-page').then((module) => module.ImportPage),
);
export const SettingsPage = lazyPage(() =>
  import('./settings/settings-page').then((module) => module.SettingsPage),
);
export const PassphrasePage = lazyPage(() =>
  import('./settings/passphrase-page').then((module) => module.PassphrasePage),
);
export const AccessibilityPage = lazyPage(() =>
  import('./site/accessibility-page').then((module) => module.AccessibilityPage),
);
export const RateCardsPage = lazyPage(() =>
  import('./rate-cards/rate-cards-page').then((module) => module.RateCardsPage),
);
export const RateCardPage = lazyPage(() =>
  import('./rate-cards/rate-card-page').then((module) => module.RateCardPage),
);
export const RateCardImportPage = lazyPage(() =>
  import('./rate-cards/rate-card-import-page').then((module) => module.RateCardImportPage),
);
export const RateCardSheetPage = lazyPage(() =>
  import('./rate-cards/rate-card-sheet-page').then((module) => module.RateCardSheetPage),
);
export const RateCardMakePage = lazyPage(() =>
  import('./rate-cards/rate-card-make-page').then((module) => module.RateCardMakePage),
);
export const RevisionsPage = lazyPage(() =>
  import('./revisions/revisions-page').then((module) => module.RevisionsPage),
);
export const RevisionPage = lazyPage(() =>
  import('./revisions/revision-page').then((module) => module.RevisionPage),
);
export const ComparePage = lazyPage(() =>
  import('./revisions/compare-page').then((module) => module.ComparePage),
);
export const RepricePage = lazyPage(() =>
  import('./revisions/reprice-page').then((module) => module.RepricePage),
);
/** What has been spent and what is left, the payments, and importing a statement. */
export const SpendingPage = lazyPage(() =>
  import('./spending/spending-page').then((module) => module.SpendingPage),
);
/** The way from a budget's task list and summary to its spending: loaded with the spending's words. */
export const SpendingLink = lazyPage(() =>
  import('./spending/spending-link').then((module) => module.SpendingLink),
);
export const CommissionerPage = lazyPage(() =>
  import('./settings/commissioner-page').then((module) => module.CommissionerPage),
);

const ALL = [
  CaseloadPage,
  BenchmarksPage,
  MonitoringPage,
  ImportPage,
  SettingsPage,
  PassphrasePage,
  AccessibilityPage,
  RateCardsPage,
  RateCardPage,
  RateCardImportPage,
  RateCardSheetPage,
  RateCardMakePage,
  RevisionsPage,
  RevisionPage,
  ComparePage,
  RepricePage,
  CommissionerPage,
  SpendingPage,
  SpendingLink,
];

/** Fetches every page loaded on demand, so none waits when it is first opened. */
export function preloadPages(): Promise<void> {
  return Promise.all(ALL.map((page) => page.preload())).then(() => undefined);
}
