/* global self, caches, fetch, URL */
// Keeps the data checker usable offline: on install it stores /kiem-tra/ and every script the page
// reaches (the island, its chunks, the validation worker), found by following the scripts' imports;
// afterwards the page comes from the network when there is one and from this cache when there is not.
const CACHE = "kiem-tra-v1";
const PAGE = "/kiem-tra/";
const SCRIPT = /(?:\.\.?\/|\/_astro\/)[\w.@~-]+\.js/g;

async function precache() {
  const cache = await caches.open(CACHE);
  const page = await fetch(PAGE, { cache: "no-store" });
  if (!page.ok) return;
  await cache.put(PAGE, page.clone());
  const html = await page.text();
  const queue = [...html.matchAll(/(?:component-url|renderer-url|src|href)="([^"]+\.(?:js|css|svg))"/g)].map((m) => new URL(m[1], self.location.origin).href);
  const seen = new Set();
  while (queue.length > 0) {
    const url = queue.pop();
    if (seen.has(url) || new URL(url).origin !== self.location.origin) continue;
    seen.add(url);
    const response = await fetch(url);
    if (!response.ok) continue;
    await cache.put(url, response.clone());
    if (url.endsWith(".js")) for (const m of (await response.text()).matchAll(SCRIPT)) queue.push(new URL(m[0], url).href);
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // Hashed scripts never change: the cache first. The page: the network first, so a new build shows.
  if (url.pathname.startsWith("/_astro/")) {
    event.respondWith(
      caches.match(request).then(
        (hit) =>
          hit ??
          fetch(request).then((response) => {
            if (response.ok) void caches.open(CACHE).then((c) => c.put(request, response.clone()));
            return response;
          }),
      ),
    );
  } else if (url.pathname === PAGE || url.pathname === `${PAGE}index.html`) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) void caches.open(CACHE).then((c) => c.put(PAGE, response.clone()));
          return response;
        })
        .catch(() => caches.match(PAGE)),
    );
  }
});
