/**
 * A page loaded when first shown, with the English messages of such pages
 * (i18n/app-i18n.ts, `loadPageMessages`) and their stylesheet. Unlike React.lazy, once its
 * module has arrived (on a first visit, or through `preload`) it renders at once without
 * suspending again, so a page opened after the app has fetched it never flashes
 * "Loading…"; and `preload` lets
 * the app (and the tests) fetch pages ahead of need.
 */
import { createElement, use, type ComponentType, type ReactPromise } from 'react';
import { loadPageMessages } from '../i18n/app-i18n';

let pageStyles: Promise<unknown> | undefined;

/**
 * The stylesheet of the pages loaded on demand (styles/pages.scss): NHS.UK components
 * and rules that nothing at start-up uses, kept out of the stylesheet the first page
 * waits for. Fetched once, with the first such page or part, which waits for it, so none
 * ever shows unstyled; a failed fetch may be tried again.
 */
function loadPageStyles(): Promise<unknown> {
  pageStyles ??= import('./styles/pages.scss').catch((error: unknown) => {
    pageStyles = undefined;
    throw error;
  });
  return pageStyles;
}

export interface LazyPage<P extends object> {
  (props: P): ReturnType<typeof createElement>;
  preload(): Promise<void>;
}

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  return lazyComponent(() =>
    Promise.all([load(), loadPageMessages(), loadPageStyles()]).then(([component]) => component),
  );
}

/**
 * A part of a start-up page loaded when first shown, whose words are in the start-up
 * messages (so it does not wait for the pages' messages): the start page's saved budgets,
 * priced, which a first visit (nothing saved) never shows. It waits for the pages'
 * stylesheet (their review tags are styled there).
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  return lazyComponent(() =>
    Promise.all([load(), loadPageStyles()]).then(([component]) => component),
  );
}

/** How many times a module is asked for before its page says it could not be opened. */
export const LOAD_ATTEMPTS = 3;
/** The pause before asking again, doubled each time: a server or service worker busy a moment. */
const RETRY_PAUSE_MS = 250;

/**
 * Fetches a module, asking again after a pause when a fetch fails: a fetch can fail for
 * a moment on a busy laptop or a network that drops, and a page must not stay unopened
 * for that. (Browsers that keep a failed module in their module map fail the later tries
 * at once; the page's "Try again" and a reload, which is always safe as every change is
 * saved as it is made, remain.)
 */
export async function loadWithRetries<T>(
  load: () => Promise<T>,
  attempts = LOAD_ATTEMPTS,
  pauseMs = RETRY_PAUSE_MS,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs * 2 ** (attempt - 1)));
    }
  }
}

/**
 * Counts the times the person asked for failed pages again: a module that failed to arrive
 * is kept (so React, drawing the page again by itself, meets the same failure and the page
 * says so) until the next of these, when it is fetched afresh.
 */
let askedAgain = 0;

/** Lets every page whose module failed be fetched afresh when next drawn ("Try again", or another page). */
export function forgetFailedPages(): void {
  askedAgain += 1;
}

function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let pending: ReactPromise<ComponentType<P>> | undefined;
  let pendingSince = askedAgain;
  // One promise for the module, made once and marked when it settles (React reads `status`
  // and `value` first), so every render, React's replay after it resolves included, passes
  // `use` the same promise, and once it is here `use` returns the module without suspending.
  const module = (): ReactPromise<ComponentType<P>> => {
    const failedBefore = pending?.status === 'rejected' && pendingSince < askedAgain;
    if (pending !== undefined && !failedBefore) return pending;
    const promise = loadWithRetries(load);
    const tracked: ReactPromise<ComponentType<P>> = promise;
    // Marked in handlers that return nothing: returning `tracked` (what Object.assign
    // gives back) would make the promise `then` makes follow it, and a failed fetch would
    // be reported as a rejection nobody handled.
    promise.then(
      (component) => {
        Object.assign(tracked, { status: 'fulfilled', value: component });
      },
      (reason: unknown) => {
        Object.assign(tracked, { status: 'rejected', reason });
      },
    );
    pendingSince = askedAgain;
    return (pending = tracked);
  };
  function Page(props: P) {
    // `use` on every render, never conditionally: it suspends (Suspense shows the app's
    // "Loading…") until the module is here, and throws the failure for PageErrorBoundary.
    return createElement(use(module()), props);
  }
  return Object.assign(Page, {
    // Fetched ahead of need: a failure is forgotten, so the page fetches it when opened.
    preload: () => {
      const promise = module();
      return Promise.resolve(promise).then(
        () => undefined,
        (error: unknown) => {
          if (pending === promise) pending = undefined;
          throw error;
        },
      );
    },
  });
}
