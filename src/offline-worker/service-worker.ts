/**
 * The service worker: keeps a copy of every file of the built app, so that after the
 * first visit the app opens and works with no network (a home visit without signal).
 *
 * - The build writes the list of files and a version made from their contents
 *   (the service-worker plugin in vite.config.ts): the app's scripts and styles, the PDF renderer
 *   loaded only when a PDF is made, its Noto Sans fonts, the shipped rate cards (inside
 *   the scripts) and the page itself.
 * - All are fetched while installing; a new version waits (no skipWaiting) until no page
 *   of the old one is open, so nothing ever reloads under someone's half-typed work.
 * - Only this origin's files are answered; nothing is asked of any other site.
 */

// The DOM library types the page, not a worker: these are the few worker types used here.
interface WorkerEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerFetchEvent extends WorkerEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: WorkerEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: WorkerFetchEvent) => void): void;
}

/** Written in by the build: paths relative to the app's base, and a hash of their contents. */
declare const __PRECACHE_FILES__: readonly string[];
declare const __PRECACHE_VERSION__: string;

const worker = self as unknown as WorkerScope;
const CACHE_PREFIX = 'support-budget-builder-';
const CACHE = `${CACHE_PREFIX}${__PRECACHE_VERSION__}`;
const BASE = new URL('./', worker.location.href);
const FILES = new Set(__PRECACHE_FILES__.map((file) => new URL(file, BASE).href));
const PAGE = new URL('index.html', BASE).href;

worker.addEventListener('install', (event) => {
  // cache: 'reload' skips the browser's HTTP cache, so the copy is the server's current file.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        cache.addAll([...FILES].map((url) => new Request(url, { cache: 'reload' }))),
      ),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      // The first version takes the open page at once, so a page opened once and then
      // taken offline can still load the PDF renderer. A later version only activates
      // when no page of the old one is open, so this never swaps code under a page.
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.hash = '';
  // Addresses are #routes on one page, so every page of the app is index.html.
  const key = request.mode === 'navigate' && url.href.startsWith(BASE.href) ? PAGE : url.href;
  if (!FILES.has(key)) return; // not ours: the browser fetches it as if there were no worker
  event.respondWith(
    caches
      .open(CACHE)
      .then(async (cache) => (await cache.match(key, { ignoreSearch: true })) ?? fetch(request)),
  );
});
