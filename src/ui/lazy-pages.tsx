/**
 * Pages few people open on a visit, loaded when first shown rather than at start-up: the
 * caseload (commissioners), settings, the passphrase lock, the accessibility statement,
 * the rate cards (see, import, make) and a budget's revisions, comparisons, re-pricing
 * and the commissioner's view (used at reviews, not while building). The offline copy precaches every file of the build, so they open offline
 * too; app-shell-routes.tsx shows "Loading…" while one arrives.
 */
import { lazy } from 'react';

export const CaseloadPage = lazy(() =>
  import('./pages/caseload-page').then((module) => ({ default: module.CaseloadPage })),
);
export const SettingsPage = lazy(() =>
  import('./pages/settings-page').then((module) => ({ default: module.SettingsPage })),
);
export const PassphrasePage = lazy(() =>
  import('./pages/passphrase-page').then((module) => ({ default: module.PassphrasePage })),
);
export const AccessibilityPage = lazy(() =>
  import('./pages/accessibility-page').then((module) => ({ default: module.AccessibilityPage })),
);
export const RateCardsPage = lazy(() =>
  import('./pages/rate-cards-page').then((module) => ({ default: module.RateCardsPage })),
);
export const RateCardPage = lazy(() =>
  import('./pages/rate-card-page').then((module) => ({ default: module.RateCardPage })),
);
export const RateCardImportPage = lazy(() =>
  import('./pages/rate-card-import-page').then((module) => ({
    default: module.RateCardImportPage,
  })),
);
export const RateCardMakePage = lazy(() =>
  import('./pages/rate-card-make-page').then((module) => ({ default: module.RateCardMakePage })),
);
export const RevisionsPage = lazy(() =>
  import('./pages/revisions-page').then((module) => ({ default: module.RevisionsPage })),
);
export const RevisionPage = lazy(() =>
  import('./pages/revision-page').then((module) => ({ default: module.RevisionPage })),
);
export const ComparePage = lazy(() =>
  import('./pages/compare-page').then((module) => ({ default: module.ComparePage })),
);
export const RepricePage = lazy(() =>
  import('./pages/reprice-page').then((module) => ({ default: module.RepricePage })),
);
export const CommissionerPage = lazy(() =>
  import('./pages/commissioner-page').then((module) => ({ default: module.CommissionerPage })),
);
