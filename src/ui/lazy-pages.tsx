/**
 * Pages few people open on a visit, loaded when first shown rather than at start-up: the
 * caseload (commissioners), settings, the passphrase lock and the accessibility
 * statement. The offline copy precaches every file of the build, so they open offline
 * too; app-shell-routes.tsx shows "Loading…" while one arrives.
 */
import { lazy } from 'react';

export const CaseloadPage = lazy(() => import('./pages/caseload-page').then((module) => ({ default: module.CaseloadPage })));
export const SettingsPage = lazy(() => import('./pages/settings-page').then((module) => ({ default: module.SettingsPage })));
export const PassphrasePage = lazy(() => import('./pages/passphrase-page').then((module) => ({ default: module.PassphrasePage })));
export const AccessibilityPage = lazy(() =>
  import('./pages/accessibility-page').then((module) => ({ default: module.AccessibilityPage })),
);
