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
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? "target/wasm32-unknown-unknown/release/rotation-rehab.wasm";
const top = Number(process.argv[3] ?? 25);
const b = readFileSync(file);
let p = 8;
const leb = () => {
  let r = 0;
  let s = 0;
  let x;
  do {
    x = b[p++];
    r += (x & 0x7f) * 2 ** s;
    s += 7;
  } while (x & 0x80);
  return r;
};
const str = () => {
  const n = leb();
  const v = b.subarray(p, p + n).toString();
  p += n;
  return v;
};

let imports = 0;
const bodies = []; // [size] for defined functions, in order
const names = new Map();
const sections = [];
while (p < b.length) {
  const id = b[p++];
  const len = leb();
  const start = p;
  const end = start + len;
  let name = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount"][id];
  if (id === 0) name = `custom:${str()}`;
  sections.push({ name, len });
  if (id === 2) {
    const n = leb();
    for (let i = 0; i < n; i++) {
      str();
      str();
      const kind = b[p++];
      if (kind === 0) (leb(), imports++);
      else if (kind === 1) (p++, leb() & 1 ? (leb(), leb()) : leb());
      else if (kind === 2) (leb() & 1 ? (leb(), leb()) : leb());
      else if (kind === 3) p += 2;
    }
  } else if (id === 10) {
    const n = leb();
    for (let i = 0; i < n; i++) {
      const size = leb();
      bodies.push(size);
      p += size;
    }
  } else if (name === "custom:name") {
    while (p < end) {
      const sub = b[p++];
      const sublen = leb();
      const subend = p + sublen;
      if (sub === 1) {
        const n = leb();
        for (let i = 0; i < n; i++) {
          const idx = leb();
          names.set(idx, str());
        }
      }
      p = subend;
    }
  }
  p = end;
}

// Names come as rustc's legacy symbols with $-escapes (`_$LT$T$u20$as$u20$a..B$GT$::f`), as
// "crate::path::f", or v0-mangled (`_RNv...Cs<hash>_<len><crate>...`).
function path(name) {
  if (name.startsWith("_ZN")) {
    const parts = [];
    let i = 3;
    while (i < name.length && /\d/.test(name[i])) {
      let j = i;
      while (/\d/.test(name[j])) j++;
      const n = Number(name.slice(i, j));
      parts.push(name.slice(j, j + n));
      i = j + n;
    }
    name = parts.filter((x) => !/^h[0-9a-f]{16}$/.test(x)).join("::");
  }
  return name
    .replace(/^_(?=\$)/, "")
    .replace(/\$LT\$/g, "<")
    .replace(/\$GT\$/g, ">")
    .replace(/\$u20\$/g, " ")
    .replace(/\$RF\$/g, "&")
    .replace(/\$C\$/g, ",")
    .replace(/\$u7b\$/g, "{")
    .replace(/\$u7d\$/g, "}")
    .replace(/\$u27\$/g, "'")
    .replace(/\.\./g, "::");
}
function crate(name) {
  if (/^_?R/.test(name) && /Cs[0-9A-Za-z]+_\d/.test(name)) {
    const m = name.match(/Cs[0-9A-Za-z]+_(\d+)/);
    const at = name.indexOf(m[0]) + m[0].length;
    return name.slice(at, at + Number(m[1]));
  }
  const d = path(name);
  // <Type as Trait>::f or <impl Trait for Type>::f: the type's crate if it has a path (a
  // generic parameter such as F or T has none), else the trait's.
  const qualified = d.match(/^<(?:impl )?([^<>]*?(?:<.*?>)?) (?:as|for) ([A-Za-z_][\w]*)(?:::|[<>])/);
  if (qualified) {
    const [, a, b] = qualified;
    const first = a.replace(/^[&*]+(?:mut |const )?/, "").match(/^([a-z_][\w]*)::/);
    return first ? first[1] : b;
  }
  return d.match(/^([A-Za-z_][\w]*)/)?.[1] ?? "?";
}

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
console.log(`${file}: ${(b.length / 1000).toFixed(0)} KB, code ${(total / 1000).toFixed(0)} KB in ${bodies.length} functions`);
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
