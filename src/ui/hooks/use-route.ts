import { useSyncExternalStore } from 'react';
import { asOfInHash, parseRoute, type Route } from '../routes';

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
