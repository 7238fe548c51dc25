#!/usr/bin/env node
// What V8 compiles on the main thread during a cold load: every `wasm.CompileLazy` of the trace
// (a function compiled at its first call), mapped to the function's name and size in the main
// module, summed by crate. On a cold load this compiling is most of each start-up task
// (bench/warm-start.mjs shows the same tasks without it), and its cost goes with the number of
// functions first called more than with their bytes. Needs a release build that keeps names:
//   SPLIT_KEEP_NAMES=1 trunk build --release --dist /tmp/dist-named
//   node scripts/static-server.mjs /tmp/dist-named 4400 &
//   node bench/lazy-compile.mjs http://127.0.0.1:4400 / /tmp/dist-named/rotation-rehab-*_bg.wasm [top=12]
// Only the main module's functions are named: on a lazy screen, the compiles of its parts (other
// modules, their own numbering) show as "(another module)". Times are the trace's wall times
// on a shared machine: compare counts and bytes between builds, the times only roughly.
import { crate, path, readModule } from "./wasm-module.mjs";
import { seededPage } from "./seeded-page.mjs";

const [origin, screen = "/", file, topArg = "12"] = process.argv.slice(2);
if (!origin || !file) {
  console.error("usage: node bench/lazy-compile.mjs ORIGIN PATH MAIN_MODULE.wasm [TOP]");
  process.exit(2);
}
const top = Number(topArg);
const { imports, bodies, names } = readModule(file);
if (names.size === 0) console.warn(`${file} has no names: build with SPLIT_KEEP_NAMES=1`);

const { browser, page } = await seededPage(origin, screen);
let events;
try {
  await browser.startTracing(page, { categories: ["v8.wasm", "devtools.timeline"] });
  await page.goto(origin + screen);
  await page.waitForSelector("main h1", { timeout: 60_000 });
  await page.waitForTimeout(1500); // what follows the first render
  events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
} finally {
  await browser.close();
}

// A module's compiles come between its instantiation and the next module's: the main module is
// the first instantiated, so any compile after a second instantiation may be another module's.
const instantiations = events.filter((e) => e.name === "wasm.SyncInstantiate").map((e) => e.ts).sort((a, b) => a - b);
const partsFrom = instantiations[1] ?? Infinity;
const compiles = events
  .filter((e) => e.name === "wasm.CompileLazy" && e.args?.func_index != null)
  .map((e) => {
    const index = e.args.func_index;
    const size = bodies[index - imports];
    const inMain = e.ts < partsFrom && size != null;
    const name = inMain ? (names.get(index) ?? `func[${index}]`) : "(another module)";
    return { ms: (e.dur ?? 0) / 1000, size: inMain ? size : 0, name, crate: inMain ? crate(name) : "(another module)" };
  });

const sum = (rows, key) => rows.reduce((s, r) => s + r[key], 0);
const main = compiles.filter((c) => c.crate !== "(another module)");
const code = bodies.reduce((a, c) => a + c, 0);
console.log(`${screen}: ${compiles.length} functions compiled lazily, ${sum(compiles, "ms").toFixed(1)} ms in all`);
console.log(`  main module: ${main.length} of its ${bodies.length} functions, ${(sum(main, "size") / 1000).toFixed(1)} of ${(code / 1000).toFixed(1)} KB of code, ${sum(main, "ms").toFixed(1)} ms`);
const byCrate = new Map();
for (const c of compiles) {
  const row = byCrate.get(c.crate) ?? { n: 0, size: 0, ms: 0 };
  row.n += 1;
  row.size += c.size;
  row.ms += c.ms;
  byCrate.set(c.crate, row);
}
console.log("\n  by crate:      functions      KB       ms");
for (const [name, r] of [...byCrate].sort((a, b) => b[1].n - a[1].n).slice(0, top)) {
  console.log(`  ${name.slice(0, 16).padEnd(16)} ${String(r.n).padStart(7)} ${(r.size / 1000).toFixed(1).padStart(7)} ${r.ms.toFixed(1).padStart(8)}`);
}
console.log("\n  largest functions compiled (KB, name):");
for (const c of main.sort((a, b) => b.size - a.size).slice(0, top)) console.log(`  ${(c.size / 1000).toFixed(1).padStart(6)}  ${path(c.name).slice(0, 110)}`);
