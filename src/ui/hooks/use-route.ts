import { useSyncExternalStore } from 'react';
import { asOfInHash, backInHash, parseRoute, type BackPage, type Route } from '../routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current page, from the URL's hash; re-renders when it changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

/** The as-at day chosen for the page (`?asOf=` in the address), or undefined for today moved into the plan. */
export function useAsOf(): string | undefined {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return asOfInHash(hash);
}

/** The budget page this one was reached from (`?back=` in the address), if it said. */
export function useBack(): BackPage | undefined {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return backInHash(hash);
}
