/**
 * The builder's own pages, loaded when first shown rather than at start-up: about the
 * budget, a domain and its need lines, carers, expenses, the summary and deleting. The
 * start page and the task list stay in the start-up script, so the first page and the
 * way into a budget show at once; the rest are fetched as soon as the first page is up
 * (`preloadBuilderPages`, before the rarely used pages of lazy-pages.tsx), so they are
 * normally here before anyone opens one, and app-shell-routes.tsx shows "Loading…" if not.
 * Every file of the build is in the offline copy, so they open offline too.
 */
import { lazyPage } from './lazy-page';

export const AboutPage = lazyPage(() => import('./pages/about-page').then((module) => module.AboutPage));
export const DomainPage = lazyPage(() => import('./pages/domain-page').then((module) => module.DomainPage));
export const LinePage = lazyPage(() => import('./pages/line-page').then((module) => module.LinePage));
export const CarersPage = lazyPage(() => import('./pages/carers-page').then((module) => module.CarersPage));
export const CarerPage = lazyPage(() => import('./pages/carer-page').then((module) => module.CarerPage));
export const ExpensesPage = lazyPage(() => import('./pages/expenses-page').then((module) => module.ExpensesPage));
export const ExpensePage = lazyPage(() => import('./pages/expense-page').then((module) => module.ExpensePage));
export const SummaryPage = lazyPage(() => import('./pages/summary-page').then((module) => module.SummaryPage));
export const DeletePage = lazyPage(() => import('./pages/delete-page').then((module) => module.DeletePage));

const ALL = [AboutPage, DomainPage, LinePage, CarersPage, CarerPage, ExpensesPage, ExpensePage, SummaryPage, DeletePage];

/** Fetches every builder page, so none waits when first opened. */
export function preloadBuilderPages(): Promise<void> {
  return Promise.all(ALL.map((page) => page.preload())).then(() => undefined);
}
