// The kiosk's service worker, served at /kiosk/sw.js so its scope covers every /kiosk/<id>. It keeps the screen's
// page, assets and last good attract content, so a reload or a restarted Chromium while the server is away shows
// the last screen instead of Chromium's error page (which no page script can leave).
const VERSION = new URL(self.location.href).searchParams.get('v') || '0';
const CACHE = `kiosk-${VERSION}`;
const ASSETS = [
  `/kiosk/assets/kiosk.css?v=${VERSION}`,
  `/kiosk/assets/kiosk.js?v=${VERSION}`,
  '/kiosk/assets/keyboard.js',
  '/kiosk/assets/lockdown.js',
  '/kiosk/assets/updates.js',
  '/kiosk/assets/vendor/simple-keyboard.js',
  '/kiosk/assets/vendor/simple-keyboard.css',
  '/kiosk/assets/vendor/keyboard-swedish.js',
  '/assets/htmx.min.js',
  '/assets/weather-icons.svg',
];
/** A hung server must not hold the screen: after this long the cached copy answers. */
const NETWORK_MS = 8000;
/** Shown only when the server is away and nothing was cached yet (the very first start); it tries again by itself. */
const WAITING_PAGE = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta http-equiv="refresh" content="30">
<title>Upptäck</title><style>body{margin:0;height:100vh;display:grid;place-items:center;font:2.5rem system-ui,sans-serif;
background:#0b5a8a;color:#fff;text-align:center}</style></head><body><p>Skärmen startar strax …<br><span lang="en">The screen
is starting …</span></p></body></html>`;

async function put(request, response) {
  const cache = await caches.open(CACHE);
  await cache.put(request, response);
}

async function fromNetwork(request) {
  const response = await fetch(request, { signal: AbortSignal.timeout(NETWORK_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response;
}

self.addEventListener('install', (event) => {
  // One asset that fails (a server restarting) must not cost the whole worker: the rest is cached as it is used.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.allSettled(ASSETS.map((url) => cache.add(new Request(url, { cache: 'reload' })))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      // The page that registered this worker loaded before it existed: keep it now, so the first offline reload works.
      // Kept before the worker takes the page over, not after: a server that went away in between left a controlled
      // screen with no copy, and a reload then showed the waiting page instead of the screen (seen on a busy machine).
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      await Promise.allSettled(windows.filter((w) => new URL(w.url).pathname.startsWith('/kiosk/')).map((w) => fromNetwork(w.url).then((r) => put(w.url, r))));
      await self.clients.claim();
    })(),
  );
});

/**
 * The page: fresh when the server answers, else the last good copy, else a page that waits and tries again. A refusal
 * with nothing cached (no public URL set, an unknown screen) is shown as it is: it tells IT what to do.
 */
async function page(request) {
  let answer = null;
  try {
    answer = await fetch(request, { signal: AbortSignal.timeout(NETWORK_MS) });
    if (answer.ok) {
      await put(request, answer.clone());
      return answer;
    }
  } catch {
    // the server is away: the cache answers
  }
  const cached = await caches.match(request, { ignoreVary: true });
  return cached ?? answer ?? new Response(WAITING_PAGE, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/** Attract content: fresh, else the last good copy marked stale (the screen shows "Uppdaterad 14:05"). */
async function lastGood(request) {
  try {
    const response = await fromNetwork(request);
    await put(request, response.clone());
    return response;
  } catch {
    const cached = await caches.match(request, { ignoreVary: true });
    if (!cached) return new Response('', { status: 503 });
    const headers = new Headers(cached.headers);
    headers.set('X-Kiosk-Stale', '1');
    return new Response(await cached.blob(), { status: 200, headers });
  }
}

/** Assets: fresh when possible (a deployment's new script), the cached copy when not. */
async function asset(request) {
  try {
    const response = await fromNetwork(request);
    await put(request, response.clone());
    return response;
  } catch {
    return (await caches.match(request, { ignoreVary: true })) ?? Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && url.pathname.startsWith('/kiosk/')) event.respondWith(page(request));
  else if (/^\/kiosk\/[a-z0-9-]+\/attract$/.test(url.pathname)) event.respondWith(lastGood(request));
  else if (url.pathname.startsWith('/kiosk/assets/') || url.pathname === '/assets/htmx.min.js' || url.pathname === '/assets/weather-icons.svg') {
    event.respondWith(asset(request));
  }
  // Everything else (the version check, search, events) goes to the network as usual: a failure there is news.
});
