import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createAppI18n } from './i18n/app-i18n';
import { loadShippedRateCards } from './io/shipped';
import { startDeviceSession } from './state/device-session';
import { preloadStoredStateChecks } from './state/persistence';
import { deviceStorage } from './state/store';
import { App } from './ui/app';
import { preloadPageOf } from './ui/app-shell-routes';
import { parseRoute } from './ui/routes';
import { StartFailedPage } from './ui/site/start-failed-page';
import {
  lateAfter,
  reloadForLateStart,
  START_WAIT_MS,
  startedInTime,
  tabSession,
} from './ui/site/start-wait';
import { preloadBuilderPages } from './ui/lazy-builder-pages';
import { preloadPages } from './ui/lazy-pages';
import { StartBudgetItem } from './ui/start/start-budget-list';
import { registerServiceWorker } from './ui/offline/register-service-worker';
import { initialLanguage } from './ui/hooks/use-language';
import './ui/styles/main.scss';

// NHS.UK frontend's CSS keeps some behaviour (hiding unchosen radios' follow-up content,
// scroll shadows) for pages where its script runs; the React components do that work here.
document.body.classList.add('nhsuk-frontend-supported');

// One writing tab, reading again when another saves, and asking the browser to keep data.
startDeviceSession();

// Opened on a page other than the start page (a reload, a bookmark): that page, and the
// checks of the saved data it shows, are fetched now, beside the saved data, the cards and
// the language, rather than once they are read. Ahead of need only: a fetch cut short is
// tried again when it is needed. (The start page fetches neither: a first visit opens there.)
const firstRoute = parseRoute(window.location.hash);
if (firstRoute.page !== 'start') {
  void preloadStoredStateChecks();
  void preloadPageOf(firstRoute).catch(() => undefined);
}

// On the start page, a returning visit lists its saved budgets: their part (and the pages'
// shared modules it needs) is fetched once the device is found to hold something and the
// checks are here, while the saved data is read, rather than once it has been read and the
// page asks. Fetched beside the checks instead, it slowed them and the page's heading.
if (firstRoute.page === 'start')
  deviceStorage.onSavedFound(() => void StartBudgetItem.preload().catch(() => undefined));

// The shipped rate cards, fetched beside the language and the saved data (see io/shipped.ts);
// a fetch cut short is tried once more.
const shippedCards = loadShippedRateCards().catch(() => loadShippedRateCards());

async function start(root: HTMLElement): Promise<void> {
  // Chosen, and its messages loaded, before the first render, so the page never shows in
  // the other language first. Should Welsh fail to load, the app opens in English (its
  // messages are in this script, so that cannot fail).
  const parts = Promise.all([
    createAppI18n(initialLanguage()).catch(() => createAppI18n('en')),
    shippedCards.then(
      () => 'loaded' as const,
      () => 'failed' as const,
    ),
  ]);
  // A fetch that never ends must not leave the page blank (ui/site/start-wait.ts).
  const settled = await Promise.race([parts, lateAfter(START_WAIT_MS)]);
  if (settled === 'late' && reloadForLateStart(tabSession(), Date.now())) {
    window.location.reload();
    return;
  }
  const [i18n, cards] = settled === 'late' ? [await createAppI18n('en'), 'failed'] : settled;
  document.documentElement.lang = i18n.language;
  // The saved budgets and this tab's role are not waited for here: the start page is drawn
  // at once and the app shell holds back what needs them (ui/app.tsx). Cards that could
  // not be had even the second time give a page that says so, never a blank one.
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        {cards === 'loaded' ? <App /> : <StartFailedPage />}
      </I18nextProvider>
    </StrictMode>,
  );
  // React draws the page in tasks of its own, so the browser is idle only once it is up.
  const idle = () => afterFirstPage(settled !== 'late');
  if ('requestIdleCallback' in window) window.requestIdleCallback(idle, { timeout: 5000 });
  else setTimeout(idle, 2000);
}

/**
 * Once the first page is up and the browser is idle: the offline copy is asked for, and the
 * pages loaded on demand are fetched, so none shows "Loading…" when first opened (and all
 * are in the offline copy already): the start page's saved budgets and the builder's pages
 * first, as the next page opened is nearly always one of them. The service worker waits
 * for this because installing it fetches and stores every file of the build: begun with the
 * page, that work took the cores of a slow laptop from the first page, some 100 ms of it at
 * the bench's 4x slowdown (docs/performance.md, "Eleventh round").
 */
function afterFirstPage(inTime: boolean): void {
  // A start in time forgets a reload for a late one; here, as it reads session storage.
  if (inTime) startedInTime(tabSession());
  // The service worker exists only in a build; the dev server must never be cached.
  if (import.meta.env.PROD) registerServiceWorker();
  // Ahead of need only: a fetch cut short (the page reloading, the network gone) is tried
  // again when the page is opened. The checks of saved data come first, and with them the
  // model every page shares (zod, decimal.js and src/domain, a chunk of its own): run
  // together with the pages' shared modules they made one task of about half a second at
  // the bench's 4x slowdown, in which a click on the start page waited; run first, alone,
  // they are one task and the pages' modules another (docs/performance.md, sixteenth round).
  void preloadStoredStateChecks()
    .then(() => StartBudgetItem.preload())
    .then(preloadBuilderPages)
    .then(preloadPages)
    .catch(() => undefined);
}

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
void start(root);
