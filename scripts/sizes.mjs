// What a phone downloads, by the rules scripts/size (the CI gate) and scripts/bench (the report)
// share: every file of a build with its raw, gzip -9 and (optionally) brotli q11 size, and
// whether it is part of the first load. KB = 1000 bytes.
//
// The first load is index.html, what its tags reference (scripts, stylesheets, the loader's
// data-js/data-wasm) minus icons and the manifest, wasm-bindgen's snippets (the glue imports
// them) and the split loader __wasm_split-*.js (the glue imports it at start). The route parts
// it fetches on demand (chunk_*.wasm, split_*.wasm) are not.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** The files index.html loads itself, relative to the build's root. */
export function referencedByIndex(dir) {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const base = html.match(/<base\b[^>]*\bhref="([^"]*)"/i)?.[1] ?? "/";
  const names = new Set(["index.html"]);
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    if (/\brel="?(icon|apple-touch-icon|manifest|mask-icon)"?/i.test(tag)) continue;
    for (const [, url] of tag.matchAll(/\b(?:src|href|data-js|data-wasm)="([^"]+)"/gi)) {
      if (/^[a-z]+:|^\/\//i.test(url)) continue; // other origins: the CSP would block them anyway
      const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, "");
      names.add(path.split(/[?#]/)[0]);
    }
  }
  return names;
}

/**
 * Every file of the build in `dir`, largest (gzip) first:
 * `{ name, raw, gzip, brotli, firstLoad, part }` (`brotli` is NaN when `brotli` is false: q11
 * takes seconds on a large .wasm; `part` marks a route part fetched on demand).
 */
export function measureBuild(dir, { brotli = true } = {}) {
  const index = referencedByIndex(dir);
  return walk(dir)
    .map((p) => {
      const data = readFileSync(p);
      const name = relative(dir, p).split("\\").join("/");
      return {
        name,
        raw: data.length,
        gzip: gzipSync(data, { level: 9 }).length,
        brotli: brotli ? brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length : NaN,
        firstLoad: index.has(name) || name.startsWith("snippets/") || /^__wasm_split-[0-9a-f]+\.js$/.test(name),
        part: /^(chunk|split)_.*\.wasm$/.test(name),
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
}
