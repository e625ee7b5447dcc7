/**
 * A page loaded when first shown, with the English messages of such pages
 * (i18n/app-i18n.ts, `loadPageMessages`). Unlike React.lazy, once its module has arrived (on a
 * first visit, or through `preload`) it renders at once without suspending again, so a
 * page opened after the app has fetched it never flashes "Loading…"; and `preload` lets
 * the app (and the tests) fetch pages ahead of need.
 */
import { createElement, use, type ComponentType } from 'react';
import { loadPageMessages } from '../i18n/app-i18n';

export interface LazyPage<P extends object> {
  (props: P): ReturnType<typeof createElement>;
  preload(): Promise<void>;
}

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  return lazyComponent(() =>
    Promise.all([load(), loadPageMessages()]).then(([component]) => component),
  );
}

/**
 * A part of a start-up page loaded when first shown, whose words are in the start-up
 * messages (so it does not wait for the pages' messages): the start page's saved budgets,
 * priced, which a first visit (nothing saved) never shows.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  return lazyComponent(load);
}

function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then((component) => {
      loaded = component;
    }));
  function Page(props: P) {
    // `use` suspends on the one cached promise until the module is here (Suspense shows
    // the app's "Loading…" meanwhile); after that the page renders directly.
    if (loaded === undefined) use(preload());
    return createElement(loaded as ComponentType<P>, props);
  }
  return Object.assign(Page, { preload });
}
