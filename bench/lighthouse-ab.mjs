#!/usr/bin/env node
// Lighthouse on one screen of two (or more) builds in turn (A, B, A, B, ...), set up as
// scripts/bench sets up its runs (same Chromium flags, seeded storage, mobile, simulated
// throttling). Single runs of one build differ by a few hundred ms of TBT on this shared machine,
// so compare medians of runs taken side by side, never two separate runs:
//   node scripts/static-server.mjs /tmp/dist-a 4401 &  node scripts/static-server.mjs /tmp/dist-b 4402 &
//   node bench/lighthouse-ab.mjs /workout 5 http://127.0.0.1:4401 http://127.0.0.1:4402
// bench/blocking-ab.mjs compares CPU time instead: steadier, but blind to contention.
import { lighthouseScreen, median, seedFor } from "../scripts/bench-browser.mjs";

const [path, runsArg, ...origins] = process.argv.slice(2);
const runs = Number(runsArg);
if (!path?.startsWith("/") || !runs || !origins.length) {
  console.error("usage: node bench/lighthouse-ab.mjs PATH RUNS ORIGIN [ORIGIN...]");
  process.exit(2);
}
const seed = seedFor(path);
const all = Object.fromEntries(origins.map((o) => [o, []]));
for (let i = 0; i < runs; i++) {
  for (const origin of origins) all[origin].push(await lighthouseScreen(origin + path, seed, 1, () => {}));
}
console.log(`${path}: ${runs} Lighthouse runs per build, taken in turn`);
for (const origin of origins) {
  const r = all[origin];
  console.log(
    `  ${origin}  performance ${r.map((x) => x.performance).join(", ")}; TBT ${r.map((x) => Math.round(x.tbtMs)).join(", ")} ms;` +
      ` median TBT ${Math.round(median(r.map((x) => x.tbtMs)))} ms`,
  );
}
