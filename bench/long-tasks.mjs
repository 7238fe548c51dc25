#!/usr/bin/env node
// What blocks the main thread while a screen starts: every task of the page's main thread over a
// threshold, with what it spent its time on, from a Chromium trace. Lighthouse gives one TBT
// figure; this shows which task it comes from (instantiation, start-up, a lazy screen's parts,
// the first render, a timer). Run against a served release build:
//   node scripts/static-server.mjs dist 4400 &
//   node bench/long-tasks.mjs http://127.0.0.1:4400 /workout [cpu-slowdown=4] [threshold-ms=25]
// The page gets a set-up profile first (and a 24-session history for /history...; seeded-page.mjs), like
// scripts/bench's Lighthouse runs; the CPU slowdown defaults to Lighthouse's 4x. Figures on a
// shared machine vary from run to run: compare several runs, and look at the shape.
// Playwright's own injected scripts show up as tasks of "EvaluateScript" and are left out.
import { seededPage } from "./seeded-page.mjs";

const [origin, path = "/", slowdown = "4", thresholdMs = "25"] = process.argv.slice(2);
if (!origin) {
  console.error("usage: node bench/long-tasks.mjs ORIGIN [PATH] [CPU_SLOWDOWN] [THRESHOLD_MS]");
  process.exit(2);
}
const { browser, context, page } = await seededPage(origin, path);
try {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(slowdown) });
  await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.wasm", "toplevel"] });
  await page.goto(origin + path);
  await page.waitForSelector("main h1", { timeout: 60_000 });
  await page.waitForTimeout(3000); // what follows the first render (timers, late parts)
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;

  // The renderer's main thread: the CrRendererMain with the most task time.
  const mains = events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const busy = (t) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === "RunTask").reduce((s, e) => s + (e.dur ?? 0), 0);
  const main = mains.sort((a, b) => busy(b) - busy(a))[0];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.dur);
  const tasks = onMain.filter((e) => e.name === "RunTask").sort((a, b) => a.ts - b.ts);
  const start = tasks[0]?.ts ?? 0;
  let blocking = 0;
  let longest = 0;
  console.log(`${path} at ${slowdown}x CPU: main-thread tasks over ${thresholdMs} ms`);
  // Wall time and the thread's CPU time: on a busy machine a task can wait for a core for much
  // of its wall time (bench/blocking-ab.mjs compares builds on CPU time for that reason).
  console.log("   start  duration    cpu  where the time went (ms, nested events overlap)");
  for (const task of tasks) {
    const ms = task.dur / 1000;
    if (ms < Number(thresholdMs)) continue;
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts < task.ts + task.dur);
    const by = {};
    for (const e of inside) by[e.name] = (by[e.name] ?? 0) + e.dur / 1000;
    if ((by.EvaluateScript ?? 0) > ms / 2) continue; // Playwright's injected scripts
    const top = Object.entries(by)
      .filter(([name]) => !["ThreadControllerImpl::RunTask", "Receive mojo message"].includes(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([name, v]) => `${name} ${v.toFixed(0)}`)
      .join(", ");
    if (ms > 50) blocking += ms - 50;
    longest = Math.max(longest, ms);
    const cpu = task.tdur == null ? "?" : (task.tdur / 1000).toFixed(0);
    console.log(`${((task.ts - start) / 1000).toFixed(0).padStart(6)} ms ${ms.toFixed(0).padStart(6)} ms ${cpu.padStart(6)}  ${top}`);
  }
  console.log(`longest task ${longest.toFixed(0)} ms; blocking time (each task's part over 50 ms, summed) ${blocking.toFixed(0)} ms`);
} finally {
  await browser.close();
}
