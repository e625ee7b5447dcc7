/**
 * Registers the service worker that keeps a copy of the whole built app (scripts, styles,
 * the PDF renderer and its fonts, the rate cards inside the scripts) so it opens and works
 * with no network after the first visit. It is made by the build (vite-plugin-pwa,
 * vite.config.ts), so it is registered in production builds only.
 *
 * A new version is left waiting (no skipWaiting, no reload): the page says it is ready,
 * and the browser starts it when the app is next opened.
 */
import { markUpdateReady } from './update-ready';

export function registerServiceWorker(
  container: ServiceWorkerContainer | undefined = navigator.serviceWorker,
): void {
  if (container === undefined) return; // an old browser, or a private window that forbids it
  container
    .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
    .then((registration) => watchForUpdates(container, registration))
    .catch(() => {
      // Without a service worker the app still works online, exactly as before: nothing to tell.
    });
}

/** Only a worker that arrives while another already controls the page is an update. */
export function watchForUpdates(
  container: ServiceWorkerContainer,
  registration: ServiceWorkerRegistration,
): void {
  const isUpdate = () => container.controller !== null;
  if (registration.waiting !== null && isUpdate()) markUpdateReady();
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && isUpdate()) markUpdateReady();
    });
  });
}
