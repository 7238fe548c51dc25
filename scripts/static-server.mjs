#!/usr/bin/env node
// A tiny static host for dist/, dependency-free, used by Playwright (playwright.config.ts) and
// benchmarks. It behaves like the static hosts the app is published to, so tests see what users
// get:
//   - files under an optional base path (the app built with `--public-url /rehab/` is served at
//     /rehab/), with the MIME types browsers insist on (application/wasm for streaming compile);
//   - single-page fallback: a path that is no file gets index.html with status 200 (Netlify's
//     `/* /index.html 200`; GitHub Pages does the same with a 404.html copy), so deep links and
//     reloads on a route work. A missing *asset* (a name with an extension, not a page request)
//     stays a 404 so a broken reference fails loudly instead of returning HTML;
//   - gzip when the client accepts it, as every real host compresses (matters for Lighthouse);
//   - `Cache-Control: no-cache`: always revalidate, so a rebuilt dist/ is never served stale.
//
// Usage: node scripts/static-server.mjs [dir=dist] [port=4173] [base=/]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const [dirArg = "dist", portArg = "4173", baseArg = "/"] = process.argv.slice(2);
const root = resolve(dirArg);
const port = Number(portArg);
const base = `/${baseArg.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
const host = process.env.HOST ?? "127.0.0.1";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".mp3": "audio/mpeg",
  ".ogg": "audio/ogg",
  ".wav": "audio/wav",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".webmanifest", ".map", ".svg", ".txt", ".xml"]);

const gzipCache = new Map(); // path -> { mtimeMs, body }: compress each file version once

async function fileAt(path) {
  try {
    const info = await stat(path);
    if (info.isFile()) return { path, info };
    if (info.isDirectory()) return fileAt(join(path, "index.html"));
  } catch {
    // not there: the caller decides between fallback and 404
  }
  return null;
}

async function send(req, res, status, file) {
  const ext = extname(file.path).toLowerCase();
  let body = await readFile(file.path);
  const headers = {
    "Content-Type": MIME[ext] ?? "application/octet-stream",
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
    "Last-Modified": file.info.mtime.toUTCString(),
    Vary: "Accept-Encoding",
  };
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
    const hit = gzipCache.get(file.path);
    if (hit?.mtimeMs === file.info.mtimeMs) body = hit.body;
    else {
      body = gzipSync(body, { level: 9 });
      gzipCache.set(file.path, { mtimeMs: file.info.mtimeMs, body });
    }
    headers["Content-Encoding"] = "gzip";
  }
  headers["Content-Length"] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

function plain(res, status, text, extra = {}) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-cache", ...extra });
  res.end(text);
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== "GET" && req.method !== "HEAD") return plain(res, 405, "method not allowed\n", { Allow: "GET, HEAD" });
    const url = new URL(req.url, "http://localhost");
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return plain(res, 400, "bad request\n");
    }
    // Like a host serving the app in a sub-folder: /rehab -> /rehab/, nothing outside it.
    if (base !== "/" && pathname === base.slice(0, -1)) return plain(res, 301, "", { Location: base + url.search });
    if (!pathname.startsWith(base)) return plain(res, 404, "not found\n");
    const target = resolve(root, `.${sep}${pathname.slice(base.length)}`);
    if (target !== root && !target.startsWith(root + sep)) return plain(res, 404, "not found\n");

    const file = await fileAt(target);
    if (file) return send(req, res, 200, file);
    // SPA fallback for page requests; a missing asset stays a 404.
    const isAsset = extname(pathname) !== "" && !(req.headers.accept ?? "").includes("text/html");
    const index = isAsset ? null : await fileAt(join(root, "index.html"));
    if (index) return send(req, res, 200, index);
    return plain(res, 404, "not found\n");
  } catch (err) {
    console.error(err);
    if (!res.headersSent) plain(res, 500, "internal error\n");
    else res.destroy();
  }
});

server.listen(port, host, () => {
  console.log(`serving ${root} at http://${host}:${port}${base}`);
});
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections(); // keep-alive sockets would otherwise hold close() open
  });
}
