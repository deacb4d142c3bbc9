/* Déclic service worker, generated at build time by src/integrations/offline.ts.
 * Strategy:
 * - install: store every page and asset of this version (reusing unchanged files already stored by the
 *   previous version, so an update only downloads what changed); Pyodide and other large files are
 *   stored on first use (or from « Préparer pour utiliser hors ligne »);
 * - a new version waits until the reader chooses « Recharger » (never forced mid-quiz);
 * - pages and assets are served from the cache first (fast on slow networks, works offline);
 * - a page not stored yet, when offline, gets the French offline page.
 * The worker never touches localStorage or IndexedDB: pupils' saved work survives every update. */
/* global self, caches, fetch, Response, URL */
const MANIFEST = self.__DECLIC_MANIFEST__;
const BASE = MANIFEST.base;
const SITE_CACHE = `declic-site-${MANIFEST.version}`;
const LAZY_CACHE = `declic-lazy-${MANIFEST.lazyVersion}`;
const MANIFEST_KEY = `${BASE}__declic-manifest__`;
const OFFLINE_PAGE = `${BASE}hors-ligne/`;
const lazyUrls = new Set(MANIFEST.lazy.map((entry) => BASE + entry.url));

async function previousSiteCache() {
  const names = (await caches.keys()).filter((name) => name.startsWith('declic-site-') && name !== SITE_CACHE);
  for (const name of names.reverse()) {
    const cache = await caches.open(name);
    const stored = await cache.match(MANIFEST_KEY);
    if (stored) return { cache, manifest: await stored.json() };
  }
  return null;
}

async function install() {
  const cache = await caches.open(SITE_CACHE);
  const previous = await previousSiteCache();
  const previousHashes = new Map((previous?.manifest.precache ?? []).map((entry) => [entry.url, entry.hash]));
  const queue = [...MANIFEST.precache];
  // A few downloads at a time: kind to slow school networks.
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const url = BASE + entry.url;
      if (previous && previousHashes.get(entry.url) === entry.hash) {
        const reused = await previous.cache.match(url);
        if (reused) {
          await cache.put(url, reused);
          continue;
        }
      }
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      await cache.put(url, response);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  await cache.put(`${BASE}offline-manifest.json`, new Response(JSON.stringify(MANIFEST), { headers: { 'Content-Type': 'application/json' } }));
  await cache.put(MANIFEST_KEY, new Response(JSON.stringify(MANIFEST), { headers: { 'Content-Type': 'application/json' } }));
}

self.addEventListener('install', (event) => {
  event.waitUntil(install());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        const stale = (name.startsWith('declic-site-') && name !== SITE_CACHE) || (name.startsWith('declic-lazy-') && name !== LAZY_CACHE);
        if (stale) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

async function fromCache(cacheName, request) {
  const cache = await caches.open(cacheName);
  return cache.match(request, { ignoreSearch: true, ignoreVary: true });
}

async function lazyFirst(request) {
  const cached = await fromCache(LAZY_CACHE, request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(LAZY_CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

async function page(request) {
  const cached = await fromCache(SITE_CACHE, request);
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    const offline = await fromCache(SITE_CACHE, OFFLINE_PAGE);
    if (offline) return offline;
    throw error;
  }
}

async function asset(request) {
  const cached = await fromCache(SITE_CACHE, request);
  return cached ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (lazyUrls.has(url.pathname)) event.respondWith(lazyFirst(request));
  else if (request.mode === 'navigate') event.respondWith(page(request));
  else event.respondWith(asset(request));
});
