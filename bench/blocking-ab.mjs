#!/usr/bin/env node
// Which of two builds keeps the main thread busier on a cold load of one screen, measured in
// CPU time rather than wall time. On this 2-core shared machine a main-thread task's wall time
// is often several times its CPU time (the thread waits for a core while the browser's other
// threads and processes run), so Lighthouse's TBT, and any wall-clock figure, swings by
// hundreds of ms between runs of one build. A task's thread time (`tdur` in Chromium's trace)
// barely moves, and is what a change to the app changes.
//   node scripts/static-server.mjs /tmp/dist-a 4401 &  node scripts/static-server.mjs /tmp/dist-b 4402 &
//   node bench/blocking-ab.mjs /history 7 http://127.0.0.1:4401 http://127.0.0.1:4402
// Builds load in turn (A, B, A, B, ...), storage seeded as scripts/bench seeds it. Per build,
// the median over the runs of: "blocking", Lighthouse's rule on CPU time (each task after the
// first paint counted 4x, as its simulated throttling does, its part over 50 ms summed); the
// longest task after the first paint; the main thread's total; all in CPU ms. Playwright's own
// scripts (its wait for the heading) are left out of the first two (bench/main-thread.mjs):
// they took 11-18 ms of CPU a load, as much as the app's longest task. For comparing builds,
// not a TBT figure.
import { median } from "../scripts/bench-browser.mjs";
import { seededPage } from "./seeded-page.mjs";
import { blockingFigures, tasksAfterFirstPaint } from "./main-thread.mjs";

const [path, runsArg, ...origins] = process.argv.slice(2);
const runs = Number(runsArg);
if (!path?.startsWith("/") || !runs || !origins.length) {
  console.error("usage: node bench/blocking-ab.mjs PATH RUNS ORIGIN [ORIGIN...]");
  process.exit(2);
}

// A new browser for every load, as Lighthouse does: nothing compiled or cached carries over.
async function once(origin) {
  const { browser, page } = await seededPage(origin, path);
  try {
    await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "loading"] });
    await page.goto(origin + path);
    await page.waitForSelector("main h1", { timeout: 60_000 });
    await page.waitForTimeout(1500);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const fcp = events.find((e) => e.name === "firstContentfulPaint");
    const total = events
      .filter((e) => e.name === "RunTask" && e.pid === fcp.pid && e.tid === fcp.tid && e.tdur != null)
      .reduce((sum, task) => sum + task.tdur / 1000, 0);
    const { blockingCpuMs, longestCpuMs } = blockingFigures(tasksAfterFirstPaint(events));
    return { blocking: blockingCpuMs, longest: longestCpuMs, total };
  } finally {
    await browser.close();
  }
}

const results = Object.fromEntries(origins.map((o) => [o, []]));
for (let i = 0; i < runs; i++) for (const origin of origins) results[origin].push(await once(origin));
console.log(`${path}: median of ${runs} cold loads per build, main-thread CPU time (ms)`);
for (const origin of origins) {
  const fig = (k) => median(results[origin].map((x) => x[k])).toFixed(0);
  console.log(`  ${origin}  blocking (4x rule) ${fig("blocking").padStart(4)}  longest task ${fig("longest").padStart(3)}  total ${fig("total").padStart(4)}`);
}
