#!/usr/bin/env node
// Does a warm start compile the wasm again? Loads a screen once (the service worker installs and
// caches the build), loads it again a few times, then traces one more load and counts V8's wasm
// events: `v8.wasm.moduleCacheHit` and `wasm.Deserialize` mean Chrome's code cache served the
// compiled module; `wasm.CompileLazy` is compiling on the main thread at first call, as on a
// cold load. Also lists that load's main-thread tasks over 3 ms (wall and CPU). Against a served
// release build (the service worker is in release builds only):
//   node scripts/static-server.mjs /tmp/dist 4400 &
//   node bench/warm-start.mjs http://127.0.0.1:4400 /history [loads-before=3]
import { seededPage } from "./seeded-page.mjs";

const [origin, path = "/", loadsArg = "3"] = process.argv.slice(2);
if (!origin) {
  console.error("usage: node bench/warm-start.mjs ORIGIN [PATH] [LOADS_BEFORE]");
  process.exit(2);
}
const { browser, page } = await seededPage(origin, path);
try {
  await page.goto(origin + path);
  await page.waitForSelector("main h1");
  await page.evaluate(() => navigator.serviceWorker?.ready.then(() => true));
  for (let i = 0; i < Number(loadsArg); i++) {
    await page.goto(origin + path);
    await page.waitForSelector("main h1");
    await page.waitForTimeout(2000);
  }
  await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.wasm", "toplevel"] });
  await page.goto(origin + path);
  await page.waitForSelector("main h1");
  const controlled = await page.evaluate(() => navigator.serviceWorker?.controller != null);
  await page.waitForTimeout(1500);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;

  console.log(`${path}, load ${Number(loadsArg) + 2} of the tab; served by the service worker: ${controlled}`);
  for (const name of ["v8.wasm.moduleCacheHit", "wasm.Deserialize", "wasm.CompileLazy", "wasm.FinishStreaming"]) {
    const found = events.filter((e) => e.name === name);
    const ms = found.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
    console.log(`  ${name.padEnd(24)} ${String(found.length).padStart(4)} events ${ms.toFixed(1).padStart(7)} ms`);
  }
  const mains = events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const busy = (t) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === "RunTask").reduce((s, e) => s + (e.dur ?? 0), 0);
  const main = mains.sort((a, b) => busy(b) - busy(a))[0];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.dur);
  const tasks = onMain.filter((e) => e.name === "RunTask" && e.dur > 3000).sort((a, b) => a.ts - b.ts);
  const start = tasks[0]?.ts ?? 0;
  console.log("  main-thread tasks over 3 ms: start, wall, CPU, the longest events inside (ms, nested ones overlap)");
  for (const t of tasks) {
    const by = {};
    for (const e of onMain) {
      if (e !== t && e.ts >= t.ts && e.ts < t.ts + t.dur && !["ThreadControllerImpl::RunTask", "Receive mojo message"].includes(e.name)) {
        by[e.name] = (by[e.name] ?? 0) + e.dur / 1000;
      }
    }
    const top = Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, v]) => `${n} ${v.toFixed(0)}`).join(", ");
    console.log(`    ${((t.ts - start) / 1000).toFixed(0).padStart(5)} ms ${(t.dur / 1000).toFixed(1).padStart(6)} ms ${((t.tdur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${top}`);
  }
} finally {
  await browser.close();
}
