// The offline copy of the page when it is served over http(s) (a page opened from disk needs none, and cannot
// register one): the page's own files, each fetched from its folder when it can be (so a new build is taken at once)
// and from the cache when it cannot (no network, the server gone). Nothing else is fetched or kept: a roster the
// clerk drops never passes through here, it is read from disk by the page.
const CACHE = 'jl-web';
const FILES = ['./', 'index.html', 'web.js', 'web.css', 'manifest.webmanifest', 'icon.svg'];

interface ExtendableEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(r: Promise<Response>): void;
}
interface ServiceWorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEvent) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  readonly location: Location;
}
const worker = self as unknown as ServiceWorkerScope;

worker.addEventListener('install', (e) => e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => worker.skipWaiting())));
worker.addEventListener('activate', (e) => e.waitUntil(worker.clients.claim()));
worker.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== worker.location.origin) return;
  e.respondWith(
    fetch(e.request).then(
      (response) => {
        if (response.ok) {
          const copy = response.clone();
          void caches.open(CACHE).then((c) => c.put(e.request, copy));
        }
        return response;
      },
      () => caches.match(e.request).then((cached) => cached ?? Response.error()),
    ),
  );
});
