#!/usr/bin/env node
// Where the app's wasm bytes go, by crate: a twiggy-like look without twiggy. It reads cargo's
// wasm (before wasm-bindgen and wasm-opt, which drop the names), so the shares are indicative:
// wasm-opt -Oz shrinks and inlines unevenly. Usage (after a release build, e.g. scripts/bench):
//   node bench/wasm-sizes.mjs [target/wasm32-unknown-unknown/release/rotation-rehab.wasm] [top=25]
// To see which app module each generic instantiation serves, build with v0 symbol names into a
// separate target directory (about 3 minutes cold) and set DEPTH for the module path's length:
//   CARGO_TARGET_DIR=/tmp/target-v0 RUSTFLAGS="--cfg=web_sys_unstable_apis --cfg=erase_components \
//     -C symbol-mangling-version=v0" cargo build --release --target wasm32-unknown-unknown
//   DEPTH=5 node bench/wasm-sizes.mjs /tmp/target-v0/wasm32-unknown-unknown/release/rotation-rehab.wasm 60
import { crate, path, readModule } from "./wasm-module.mjs";

const file = process.argv[2] ?? "target/wasm32-unknown-unknown/release/rotation-rehab.wasm";
const top = Number(process.argv[3] ?? 25);
const { bytes, imports, bodies, names, sections } = readModule(file);

// With v0 mangling (`-C symbol-mangling-version=v0`) a generic function's name carries its type
// arguments, so a view's tachys and reactive_graph code can be traced to the app module whose
// closure or view type it was instantiated for: the first `rotation_rehab` path in the name.
function appModule(name, depth = Number(process.env.DEPTH ?? 3)) {
  const at = name.indexOf("14rotation_rehab");
  if (!/^_?R/.test(name) || at < 0) return null;
  const parts = [];
  let i = at + "14rotation_rehab".length;
  while (parts.length < depth && i < name.length) {
    if (name[i] === "s" && /^s[0-9A-Za-z]*_/.test(name.slice(i))) {
      i = name.indexOf("_", i) + 1; // disambiguator
      continue;
    }
    const m = name.slice(i).match(/^(\d+)_?/);
    if (!m) break;
    const n = Number(m[1]);
    const start = i + m[0].length;
    parts.push(name.slice(start, start + n));
    i = start + n;
  }
  return parts.join("::") || "(crate root)";
}

const total = bodies.reduce((a, c) => a + c, 0);
const byCrate = new Map();
const fns = [];
bodies.forEach((size, i) => {
  const n = names.get(i + imports) ?? `func[${i + imports}]`;
  const c = crate(n);
  byCrate.set(c, (byCrate.get(c) ?? 0) + size);
  fns.push([size, path(n)]);
});
const kb = (n) => (n / 1000).toFixed(1).padStart(8);
console.log(`${file}: ${(bytes / 1000).toFixed(0)} KB, code ${(total / 1000).toFixed(0)} KB in ${bodies.length} functions`);
console.log("\nsections:");
for (const s of sections.sort((a, c) => c.len - a.len)) console.log(`${kb(s.len)} KB  ${s.name}`);
console.log("\ncode by crate (first path segment; generics land in the crate that defines the function):");
for (const [c, size] of [...byCrate].sort((a, d) => d[1] - a[1]).slice(0, top)) console.log(`${kb(size)} KB ${((size / total) * 100).toFixed(1).padStart(5)}%  ${c}`);
const byModule = new Map();
let traced = 0;
bodies.forEach((size, i) => {
  const m = appModule(names.get(i + imports) ?? "");
  if (m === null) return;
  traced += size;
  byModule.set(m, (byModule.get(m) ?? 0) + size);
});
if (traced > 0) {
  console.log(`\ncode instantiated for the app, by module (v0 names; ${kb(traced).trim()} KB of ${kb(total).trim()} KB traced):`);
  for (const [m, size] of [...byModule].sort((a, d) => d[1] - a[1]).slice(0, top)) console.log(`${kb(size)} KB ${((size / total) * 100).toFixed(1).padStart(5)}%  ${m}`);
}
console.log("\nlargest functions:");
for (const [size, n] of fns.sort((a, c) => c[0] - a[0]).slice(0, top)) console.log(`${kb(size)} KB  ${n.slice(0, 140)}`);
