// Rotation Rehab's service worker: the whole release build, cached, so the app opens and runs
// with no network, deep links included. Plain JS on purpose (a worker compiled to wasm is
// unreliable, see /work/shared/TOOLCHAIN.md).
//
// This file is a template. Trunk copies it to dist/sw.js and scripts/precache.mjs (a post_build
// hook) fills in VERSION and PRECACHE for release builds; debug builds (`trunk serve`) get no
// worker at all. The app registers it only when index.html carries <meta name="sw-version">,
// which the same hook adds.
//
// Update flow (the Workbox / vite-plugin-pwa "prompt" convention): a new version installs in the
// background and then waits; the app shows "Update available" and, when the person agrees, posts
// {type: "SKIP_WAITING"}; the new worker activates and the page reloads once on
// `controllerchange`. Nothing here reloads or takes over by itself.
//
// The new worker then also controls the app's other tabs, which still run the old code until
// they reload, and ask for the old version's file names (a screen they have not opened yet) that
// the host no longer has. So the version active before stays cached for one more version and
// answers what the new one lacks; activating removes the one two versions back. A version that
// waited and was never taken goes when a newer one installs.
"use strict";

const VERSION = "dev"; // replaced by scripts/precache.mjs
const PRECACHE = []; // replaced by scripts/precache.mjs: [path relative to this file, revision]

// Caches belong to the origin, not to the scope: two copies of the app on one host (/rehab/ and
// /rehab-beta/) must not delete each other's, so the name carries the scope.
const SCOPE = new URL("./", self.location.href).href;
const PREFIX = `rotation-rehab ${new URL(SCOPE).pathname} `;
const CACHE = PREFIX + VERSION;
// index.html is kept under the scope URL ("./"): what navigations get, whatever their path.
const INDEX = SCOPE;
const REVISION_HEADER = "X-Precache-Revision";
// The record of which versions' caches to keep: {active, previous}, cache names. A cache of its
// own (a version begins with 16 hex digits, so this name is no version's), under a URL that no
// file of the build has (precache() looks in every cache).
const VERSIONS = PREFIX + "versions";
const VERSIONS_KEY = new URL("sw-versions", SCOPE).href;
const REVISIONS = new Map(PRECACHE.map(([path, revision]) => [new URL(path, SCOPE).href, revision]));

self.addEventListener("install", (event) => {
  // No skipWaiting(): a new version waits until the app asks (see the message handler).
  event.waitUntil(
    precache().then(removeAbandoned, async (error) => {
      await caches.delete(CACHE); // no half-filled cache; the browser retries on a later visit
      throw error;
    }),
  );
});

/** The version that waited before this one will never be taken now: this one replaces it.
 *  Tidying only: a failure here must not fail the install (no update would ever land). */
async function removeAbandoned() {
  try {
    const { active, previous } = await versions();
    // No record: the active version predates it, and which cache is its is unknown.
    if (active) await removeCachesBut([CACHE, active, previous]);
  } catch {
    // Left for the next install.
  }
}

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    [...REVISIONS].map(async ([url, revision]) => {
      // A file that did not change since the version in use is copied, not downloaded again.
      const old = await caches.match(url);
      if (old && old.headers.get(REVISION_HEADER) === revision) {
        await cache.put(url, old);
        return;
      }
      // `reload`: past the HTTP cache, so an unhashed name (index.html, loader.js) is fresh.
      const response = await fetch(url, { cache: "reload", credentials: "same-origin" });
      if (!response.ok) throw new Error(`precaching ${url}: HTTP ${response.status}`);
      await cache.put(url, await withRevision(response, revision));
    }),
  );
}

/** A copy of `response` that remembers its revision and has no redirect flag (hosts that redirect
 *  index.html to "./" would otherwise make the cached copy unusable for navigations). */
async function withRevision(response, revision) {
  const headers = new Headers(response.headers);
  headers.set(REVISION_HEADER, revision);
  // The body below is already decoded: the network's encoding and length no longer apply.
  headers.delete("Content-Encoding");
  headers.delete("Content-Length");
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const { active, previous } = await versions();
      const before = active === CACHE ? previous : active;
      const record = JSON.stringify({ active: CACHE, previous: before ?? null });
      await (await caches.open(VERSIONS)).put(VERSIONS_KEY, new Response(record));
      // The one version now two back, and only it: a newer version may be installing into its
      // own cache already. Anything else left over goes at the next install.
      if (previous && previous !== before && previous !== CACHE) await caches.delete(previous);
      // Take the pages of the first visit too, so the app works offline from then on.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  url.hash = "";
  if (REVISIONS.has(url.href)) {
    event.respondWith(cached(url.href, request));
  } else if (request.mode === "navigate" && url.href.startsWith(SCOPE)) {
    // A deep link (/exercises/pallof-hold): the app's routes are not files, the app decides.
    event.respondWith(cached(INDEX, request));
  } else if (url.href.startsWith(SCOPE)) {
    // Not this version's: a tab still running the version before, asking for its own files.
    event.respondWith(kept(url.href, request));
  }
  // Anything else goes to the network as if there were no worker.
});

async function cached(key, request) {
  const cache = await caches.open(CACHE);
  // Missing only if the browser evicted the cache: the network may still have it.
  return (await cache.match(key)) ?? fetch(request);
}

/** From any of this scope's caches (each install leaves only the kept ones), else the network. */
async function kept(key, request) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === VERSIONS) continue;
    const response = await (await caches.open(name)).match(key);
    if (response) return response;
  }
  return fetch(request);
}

/** The record of the active version and the one before ({} before the first activation). */
async function versions() {
  const response = await caches.match(VERSIONS_KEY, { cacheName: VERSIONS });
  return response ? response.json() : {};
}

/** Deletes this scope's version caches but these (null and undefined stand for none). The
 *  record is read again before each deletion: a version waiting until now may have been taken
 *  ("Reload" in a tab) while this ran, and its cache is then the one serving the pages. */
async function removeCachesBut(keep) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === VERSIONS || keep.includes(name)) continue;
    const { active, previous } = await versions();
    if (name !== active && name !== previous) await caches.delete(name);
  }
}

self.addEventListener("message", (event) => {
  const type = event.data?.type;
  if (type === "SKIP_WAITING") {
    self.skipWaiting();
  } else if (type === "GET_VERSION") {
    event.ports[0]?.postMessage(VERSION);
  }
});
