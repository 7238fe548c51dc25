// What a Chromium trace says about the page's main thread after its first paint: the figures
// behind Lighthouse's Total Blocking Time, on wall time and on the thread's CPU time. Shared by
// scripts/bench (on Lighthouse's own trace of each run) and bench/blocking-ab.mjs.
//
// Why both: on this 2-core shared machine a task's wall time is often well over its CPU time
// (the thread waits for a core while other processes run), and Lighthouse's simulated TBT
// starts from wall times. The CPU time is what a change to the app changes.

/** Lighthouse's rule: each task counted 4x (its simulated CPU slowdown), its part over 50 ms. */
export const SLOWDOWN = 4;
const BLOCKING_MS = 50;

/**
 * The renderer main thread's tasks from the first contentful paint on, leaving out tasks that
 * are mostly a script injected by the tool driving the page (Playwright's `waitForSelector`
 * and `evaluate`, `EvaluateScript` in the trace): the page did not ask for those.
 */
export function tasksAfterFirstPaint(events) {
  const fcp = events.find((e) => e.name === "firstContentfulPaint");
  if (!fcp) throw new Error("the trace has no firstContentfulPaint");
  const onThread = events.filter((e) => e.pid === fcp.pid && e.tid === fcp.tid && e.dur);
  return onThread
    .filter((e) => e.name === "RunTask" && e.ts >= fcp.ts)
    .filter((task) => {
      const injected = onThread
        .filter((e) => e.name === "EvaluateScript" && e.ts >= task.ts && e.ts < task.ts + task.dur)
        .reduce((sum, e) => sum + e.dur, 0);
      return injected <= task.dur / 2;
    });
}

/**
 * `{ blockingWallMs, blockingCpuMs, longestWallMs, longestCpuMs }` over `tasks`: the 4x rule
 * summed on each time, and the longest task by each (all at 1x, in ms).
 */
export function blockingFigures(tasks) {
  const over = (ms) => Math.max(0, ms * SLOWDOWN - BLOCKING_MS);
  const wall = tasks.map((t) => t.dur / 1000);
  const cpu = tasks.map((t) => (t.tdur ?? t.dur) / 1000);
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  return {
    blockingWallMs: sum(wall.map(over)),
    blockingCpuMs: sum(cpu.map(over)),
    longestWallMs: Math.max(0, ...wall),
    longestCpuMs: Math.max(0, ...cpu),
  };
}
