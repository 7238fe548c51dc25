// Reading a wasm module's functions for the bench/ scripts: each defined function's body size
// and its name from the "name" section (cargo's wasm keeps names; so does a release build made
// with SPLIT_KEEP_NAMES=1, in dist/), and the crate a name belongs to.
import { readFileSync } from "node:fs";

/**
 * `{ bytes, imports, bodies, names, sections }`: `bodies[i]` is the size of function
 * `i + imports` (functions are numbered after the imported ones), `names` maps a function's
 * index to its name.
 */
export function readModule(file) {
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
  return { bytes: b.length, imports, bodies, names, sections };
}

// Names come as rustc's legacy symbols with $-escapes (`_$LT$T$u20$as$u20$a..B$GT$::f`), as
// "crate::path::f", or v0-mangled (`_RNv...Cs<hash>_<len><crate>...`).
export function path(name) {
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
export function crate(name) {
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

