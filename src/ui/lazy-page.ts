/**
 * A page loaded when first shown, with the English messages of such pages
 * (i18n/app-i18n.ts, `loadPageMessages`). Unlike React.lazy, once its module has arrived (on a
 * first visit, or through `preload`) it renders at once without suspending again, so a
 * page opened after the app has fetched it never flashes "Loading…"; and `preload` lets
 * the app (and the tests) fetch pages ahead of need.
 */
import { createElement, use, type ComponentType, type ReactPromise } from 'react';
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
  let pending: ReactPromise<ComponentType<P>> | undefined;
  // One promise for the module, made once and marked when it settles (React reads `status`
  // and `value` first), so every render, React's replay after it resolves included, passes
  // `use` the same promise, and once it is here `use` returns the module without suspending.
  const module = (): ReactPromise<ComponentType<P>> => {
    if (pending !== undefined) return pending;
    const promise = load();
    const tracked: ReactPromise<ComponentType<P>> = promise;
    promise.then(
      (component) => Object.assign(tracked, { status: 'fulfilled', value: component }),
      (reason: unknown) => Object.assign(tracked, { status: 'rejected', reason }),
    );
    return (pending = tracked);
  };
  function Page(props: P) {
    // `use` on every render, never conditionally: it suspends (Suspense shows the app's
    // "Loading…") until the module is here.
    return createElement(use(module()), props);
  }
  return Object.assign(Page, {
    preload: () => Promise.resolve(module()).then(() => undefined),
  });
}
