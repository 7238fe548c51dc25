// The browser half of scripts/bench: Lighthouse, axe and the runtime measures (Playwright with
// Debian's Chromium). scripts/bench.mjs builds, serves and reports; this file only measures.
// Every function takes the served origin and returns plain data (what goes into latest.json).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { KEYS, historyDocument, makeSessions, profileDocument } from "../e2e/data/make-history.mjs";
import { blockingFigures, tasksAfterFirstPaint } from "../bench/main-thread.mjs";

export const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium";
// TOOLCHAIN.md: the flags Lighthouse needs with Debian's Chromium here.
const LH_CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];
// playwright.config.ts: the same browser and phone for everything Playwright measures.
const PW_LAUNCH = {
  executablePath: CHROME,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
};
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

const median = (xs) => {
  const s = xs.filter((x) => typeof x === "number" && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Storage a set-up person has: the profile, and optionally a history. */
export function seedDocs({ history = null, profile = profileDocument() } = {}) {
  const docs = { [KEYS.profile]: profile };
  if (history) docs[KEYS.history] = historyDocument(history);
  return docs;
}

/** The sessions stored before History's screens are measured: twelve weeks, two a week (24). */
export const benchHistory = () => makeSessions({ weeks: 12, perWeek: 2 });

/** What is stored before the screen at `path` is measured (by scripts/bench and the bench/
 * A/B scripts alike): a set-up profile, and for History's screens `benchHistory()`. */
export function seedFor(path) {
  return path.startsWith("/history") ? seedDocs({ history: benchHistory() }) : seedDocs();
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

/**
 * One Lighthouse run (mobile, simulated throttling: Lighthouse's defaults) on a fresh Chromium
 * profile. With `seed`, the storage is written first from a blank page of the same origin
 * (Playwright over the DevTools port of the Chromium that Lighthouse then drives), and
 * Lighthouse is told not to clear it (`disableStorageReset`). The blank page is a route
 * answered by Playwright, so no app file is fetched (and cached) before Lighthouse loads it.
 */
async function lighthouseOnce(url, seed) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: LH_CHROME_FLAGS, logLevel: "silent" });
  try {
    if (seed) {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
      const context = browser.contexts()[0];
      const page = await context.newPage();
      const blank = new URL("/__bench-seed", url).href;
      await page.route(blank, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>seed</title>" }));
      await page.goto(blank);
      await page.evaluate((docs) => {
        localStorage.clear();
        for (const [k, v] of Object.entries(docs)) localStorage.setItem(k, v);
      }, seed);
      await page.close();
      await browser.close(); // over CDP: disconnects, the browser stays for Lighthouse
    }
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", disableStorageReset: !!seed });
    // The whole report, for its diagnostics (long tasks, main-thread breakdown): BENCH_LHR_DIR=dir.
    if (process.env.BENCH_LHR_DIR) {
      const name = `${new URL(url).pathname.replace(/\W+/g, "_")}-${Date.now()}.json`;
      writeFileSync(join(process.env.BENCH_LHR_DIR, name), result.report);
    }
    return { lhr: result.lhr, mainThread: blockingFigures(tasksAfterFirstPaint(result.artifacts.Trace.traceEvents)) };
  } finally {
    await chrome.kill();
  }
}

function summarizeLhr({ lhr, mainThread }) {
  const cat = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const num = (id) => lhr.audits[id]?.numericValue ?? null;
  // Audits that cost points: scored below 1 in a category (manual and n/a audits excluded).
  const failing = {};
  for (const [id, c] of Object.entries(lhr.categories)) {
    failing[id] = c.auditRefs
      .filter((r) => r.weight > 0)
      .map((r) => lhr.audits[r.id])
      .filter((a) => a && a.score !== null && a.score < 1 && !["manual", "notApplicable", "informative"].includes(a.scoreDisplayMode))
      .map((a) => a.id);
  }
  let lcpElement = null;
  try {
    const d = lhr.audits["largest-contentful-paint-element"]?.details;
    const node = d?.items?.[0]?.items?.[0]?.node ?? d?.items?.[0]?.node;
    lcpElement = node ? `${node.snippet} ${node.nodeLabel ? `("${node.nodeLabel.slice(0, 60)}")` : ""}`.trim() : null;
  } catch {
    // older or newer shapes: leave it out
  }
  return {
    performance: cat("performance"),
    accessibility: cat("accessibility"),
    bestPractices: cat("best-practices"),
    seo: cat("seo"),
    fcpMs: num("first-contentful-paint"),
    lcpMs: num("largest-contentful-paint"),
    tbtMs: num("total-blocking-time"),
    cls: num("cumulative-layout-shift"),
    speedIndexMs: num("speed-index"),
    // From Lighthouse's own trace of this run (bench/main-thread.mjs): its TBT starts from wall
    // times, which on a busy machine include waiting for a core; the CPU times do not.
    ...mainThread,
    lcpElement,
    failing,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    warnings: lhr.runWarnings ?? [],
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment?.hostUserAgent ?? null,
  };
}

/** Lighthouse `runs` times on one URL; each figure is the median of the runs. */
export async function lighthouseScreen(url, seed, runs, log) {
  const all = [];
  for (let i = 0; i < runs; i++) {
    const t = Date.now();
    all.push(summarizeLhr(await lighthouseOnce(url, seed)));
    log(`  lighthouse ${url} run ${i + 1}/${runs}: perf ${all.at(-1).performance}, LCP ${Math.round(all.at(-1).lcpMs)} ms (${((Date.now() - t) / 1000).toFixed(0)} s)`);
  }
  const out = { ...all[0], runs };
  for (const k of ["performance", "accessibility", "bestPractices", "seo", "fcpMs", "lcpMs", "tbtMs", "cls", "speedIndexMs", "benchmarkIndex", "blockingWallMs", "blockingCpuMs", "longestWallMs", "longestCpuMs"]) {
    out[k] = median(all.map((r) => r[k]));
  }
  if (runs > 1) {
    out.perRun = all.map(({ performance, lcpMs, tbtMs, cls, fcpMs, longestWallMs, longestCpuMs }) => ({ performance, lcpMs, tbtMs, cls, fcpMs, longestWallMs, longestCpuMs }));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Playwright helpers

export async function launchBrowser() {
  return chromium.launch(PW_LAUNCH);
}

/**
 * A phone context whose pages start with `docs` in localStorage (once per tab, like the e2e
 * helper: a reload keeps what the app stored since) and with window.__bench.marks: when the app
 * started (Trunk's event; its wasm exports are kept for the memory size), the first click, and
 * the first DOM mutation at which each of these holds (performance.now(), ms from navigation):
 *   startLink  the "Start workout" link is in the DOM
 *   ready      the workout's check-in screen ("Ready?") is shown
 *   list       the history list has `expect` rows
 * The tests are plain code in the init script: the page's CSP allows no eval.
 */
async function newContext(browser, docs, { expect = 1 } = {}) {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(
    ({ entries, expect }) => {
      if (!sessionStorage.getItem("bench-seeded")) {
        localStorage.clear();
        for (const [key, value] of entries) localStorage.setItem(key, value);
        sessionStorage.setItem("bench-seeded", "1");
      }
      const marks = {};
      const bench = (window.__bench = { marks });
      addEventListener("TrunkApplicationStarted", (e) => {
        marks.started = performance.now();
        bench.wasm = e.detail && e.detail.wasm;
      });
      addEventListener("click", () => marks.click ?? (marks.click = performance.now()), true);
      const tests = {
        startLink: () => [...document.querySelectorAll("a")].some((a) => a.textContent.trim() === "Start workout"),
        ready: () => (document.querySelector("h1")?.textContent ?? "").trim() === "Ready?",
        list: () => document.querySelectorAll("ul.history > li").length >= expect,
      };
      new MutationObserver(() => {
        const now = performance.now();
        for (const [name, test] of Object.entries(tests)) if (marks[name] === undefined && test()) marks[name] = now;
      }).observe(document, { childList: true, subtree: true, characterData: true });
    },
    { entries: Object.entries(docs ?? {}), expect },
  );
  return context;
}

async function appMounted(page, timeout = 30_000) {
  await page.waitForFunction(() => !document.getElementById("shell") && document.querySelector("h1"), null, { timeout });
}

// ---------------------------------------------------------------------------------------------
// axe

const AXE_SCREENS = [
  { name: "Welcome (no profile)", path: "/", docs: {} },
  { name: "Today", path: "/" },
  { name: "Exercises (catalog)", path: "/exercises" },
  { name: "Exercise (pallof-hold)", path: "/exercises/pallof-hold" },
  { name: "Workout: check-in", path: "/workout" },
  {
    name: "Workout: running",
    path: "/workout",
    async then(page) {
      await page.getByRole("button", { name: "Start without answering" }).click();
      await page.locator("[data-testid=seconds-left]").waitFor();
    },
  },
  {
    name: "Workout: summary",
    path: "/workout",
    async then(page) {
      await page.getByRole("button", { name: "Start without answering" }).click();
      await page.locator("[data-testid=seconds-left]").waitFor();
      // Both clicks in one turn of the event loop, as e2e/offline.spec.ts does: the running
      // screen re-renders on every 100 ms tick, which can close the dialog between two clicks.
      await page.evaluate(async () => {
        const button = (name) => [...document.querySelectorAll("button")].find((b) => b.textContent?.trim() === name);
        button("End workout").click();
        for (let i = 0; i < 1000 && !button("End and save"); i++) await Promise.resolve();
        button("End and save").click();
      });
      await page.getByRole("heading", { level: 1, name: "Workout ended" }).waitFor();
    },
  },
  { name: "History (24 sessions)", path: "/history", history: true },
  { name: "Progress", path: "/progress", history: true },
  { name: "Settings", path: "/settings" },
];

export async function axeScreens(origin, log) {
  const browser = await launchBrowser();
  const history = makeSessions({ weeks: 12, perWeek: 2 });
  const out = [];
  try {
    for (const screen of AXE_SCREENS) {
      const docs = screen.docs ?? seedDocs({ history: screen.history ? history : null });
      const context = await newContext(browser, docs);
      const page = await context.newPage();
      try {
        await page.goto(origin + screen.path);
        await appMounted(page);
        if (screen.then) await screen.then(page);
        await page.waitForTimeout(300); // let the last effects settle (titles, live regions)
        const result = await new AxeBuilder({ page }).analyze();
        const violations = result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
        const byImpact = { critical: 0, serious: 0, moderate: 0, minor: 0 };
        for (const v of violations) byImpact[v.impact] = (byImpact[v.impact] ?? 0) + 1;
        out.push({ screen: screen.name, path: screen.path, violations, byImpact, count: violations.length, axeVersion: result.testEngine?.version });
        log(`  axe ${screen.name}: ${violations.length} violation(s)${violations.length ? ": " + violations.map((v) => v.id).join(", ") : ""}`);
      } catch (err) {
        out.push({ screen: screen.name, path: screen.path, error: String(err.message ?? err).split("\n")[0] });
        log(`  axe ${screen.name}: ERROR ${err.message}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Runtime: Today becomes interactive

/**
 * Fresh tab, profile in storage: from navigation start to the "Start workout" link in the DOM,
 * then Playwright clicks it (as soon as it is actionable) and we time click -> check-in screen.
 * The check-in mark lives in the same document, so it proves the click was handled by the
 * router (a full page load would have reset it). Median of `n`.
 */
export async function todayInteractive(origin, n, log) {
  const browser = await launchBrowser();
  const runs = [];
  try {
    for (let i = 0; i < n; i++) {
      const context = await newContext(browser, seedDocs());
      const page = await context.newPage();
      await page.goto(origin + "/", { waitUntil: "commit" });
      await page.waitForFunction(() => window.__bench.marks.startLink !== undefined, null, { timeout: 30_000 });
      await page.getByRole("link", { name: "Start workout" }).click();
      await page.waitForFunction(() => window.__bench.marks.ready !== undefined, null, { timeout: 10_000 });
      const r = await page.evaluate(() => {
        const m = window.__bench.marks;
        const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
        const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"))?.responseEnd ?? null;
        return { fcpMs: fcp, wasmMs: wasm, linkMs: m.startLink, clickMs: m.click, readyMs: m.ready, navigations: performance.getEntriesByType("navigation").length };
      });
      r.clickToScreenMs = r.readyMs - r.clickMs;
      r.interactiveMs = r.linkMs + r.clickToScreenMs; // link there, and a click on it answered
      r.warm = await warmStart(page, origin);
      runs.push(r);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const pick = (k) => median(runs.map((r) => r[k]));
  const warm = runs.map((r) => r.warm).filter((w) => w.controlled);
  const out = {
    runs, n, fcpMs: pick("fcpMs"), wasmMs: pick("wasmMs"), linkMs: pick("linkMs"), clickToScreenMs: pick("clickToScreenMs"), interactiveMs: pick("interactiveMs"),
    warm: { n: warm.length, linkMs: median(warm.map((w) => w.linkMs)), fcpMs: median(warm.map((w) => w.fcpMs)) },
  };
  log(`  today: link at ${out.linkMs?.toFixed(0)} ms, click -> check-in ${out.clickToScreenMs?.toFixed(0)} ms (median of ${n}); warm: link at ${out.warm.linkMs?.toFixed(0)} ms (${warm.length} runs served by the worker)`);
  return out;
}

/** Loads before the measured warm one: the worker has installed by then, and Chrome has kept
 * the compiled wasm (it does so once a streamed module has run for a while). */
const WARM_UP_LOADS = 3;

/**
 * The start a person gets from the home screen: the same tab loads Today again once the
 * service worker has installed (its files from the cache, the wasm from Chrome's code cache,
 * without compiling; docs/benchmarks.md, eighth session). From navigation start to the
 * "Start workout" link. `controlled`: the measured load was served by the worker.
 */
async function warmStart(page, origin) {
  const load = async () => {
    await page.goto(origin + "/", { waitUntil: "commit" });
    await page.waitForFunction(() => window.__bench.marks.startLink !== undefined, null, { timeout: 30_000 });
  };
  await page.evaluate(() => navigator.serviceWorker?.ready.then(() => true));
  for (let i = 0; i < WARM_UP_LOADS; i++) {
    await load();
    await page.waitForTimeout(1500);
  }
  await load();
  return page.evaluate(() => ({
    controlled: navigator.serviceWorker?.controller != null,
    linkMs: window.__bench.marks.startLink,
    fcpMs: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
  }));
}

// ---------------------------------------------------------------------------------------------
// Runtime: a long history

/** Rows on the history list's first page (`PAGE` in src/ui/screens/history/list.rs). */
const HISTORY_PAGE = 30;

/**
 * Opening the history with a long list: cold (navigation to /history until every session's
 * row is in the DOM) and in the running app (click on "History" in the nav until the rows are
 * there). Also a 24-session history cold, for comparison. Median of `n` each.
 */
export async function historyCost(origin, n, log, { weeks = 400, perWeek = 2 } = {}) {
  // The list shows the newest HISTORY_PAGE sessions and a "Show older sessions" button.
  const firstPage = (sessions) => Math.min(HISTORY_PAGE, sessions.length);
  const long = makeSessions({ weeks, perWeek });
  const short = makeSessions({ weeks: 12, perWeek: 2 });
  const doc = historyDocument(long);
  const browser = await launchBrowser();
  const measure = async (sessions, mode) => {
    const runs = [];
    for (let i = 0; i < n; i++) {
      const context = await newContext(browser, seedDocs({ history: sessions }), { expect: firstPage(sessions) });
      const page = await context.newPage();
      if (mode === "cold") {
        await page.goto(origin + "/history", { waitUntil: "commit" });
        await page.waitForFunction(() => window.__bench.marks.list !== undefined, null, { timeout: 60_000 });
        const r = await page.evaluate(() => ({
          listMs: window.__bench.marks.list,
          wasmMs: performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"))?.responseEnd ?? null,
        }));
        runs.push({ ...r, afterWasmMs: r.listMs - r.wasmMs });
      } else {
        await page.goto(origin + "/", { waitUntil: "commit" });
        await page.waitForFunction(() => window.__bench.marks.startLink !== undefined, null, { timeout: 60_000 });
        await page.waitForTimeout(200);
        await page.evaluate(() => (window.__bench.marks.click = undefined));
        await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
        await page.waitForFunction(() => window.__bench.marks.list !== undefined, null, { timeout: 60_000 });
        const r = await page.evaluate(() => ({ clickToListMs: window.__bench.marks.list - window.__bench.marks.click }));
        runs.push(r);
      }
      const rows = await page.locator("ul.history > li").count();
      if (rows !== firstPage(sessions)) throw new Error(`history shows ${rows} rows, expected ${firstPage(sessions)}`);
      if (mode === "in-app" && sessions.length > HISTORY_PAGE) {
        // The next page: click to the rows being there, in the same tab.
        const more = page.getByRole("button", { name: /^Show older sessions/ });
        const t = await more.evaluate((button, want) => new Promise((resolve) => {
          const start = performance.now();
          new MutationObserver((_, observer) => {
            if (document.querySelectorAll("ul.history > li").length >= want) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          }).observe(document, { childList: true, subtree: true });
          button.click();
        }), 2 * HISTORY_PAGE);
        runs[runs.length - 1].moreMs = t;
      }
      await context.close();
    }
    return runs;
  };
  try {
    const coldLong = await measure(long, "cold");
    const inAppLong = await measure(long, "in-app");
    const coldShort = await measure(short, "cold");
    const out = {
      sessions: long.length,
      storedChars: doc.length,
      storedBytes: doc.length * 2, // localStorage keeps UTF-16: 2 bytes a char
      shareOf5MiB: (doc.length * 2) / (5 * 1024 * 1024),
      bytesPerSession: (doc.length * 2) / long.length,
      coldMs: median(coldLong.map((r) => r.listMs)),
      coldAfterWasmMs: median(coldLong.map((r) => r.afterWasmMs)),
      inAppMs: median(inAppLong.map((r) => r.clickToListMs)),
      moreMs: median(inAppLong.map((r) => r.moreMs)),
      firstPage: firstPage(long),
      short: { sessions: short.length, coldMs: median(coldShort.map((r) => r.listMs)), coldAfterWasmMs: median(coldShort.map((r) => r.afterWasmMs)) },
      runs: { coldLong, inAppLong, coldShort },
      n,
    };
    log(`  history ${out.sessions}: cold ${out.coldMs.toFixed(0)} ms, in-app ${out.inAppMs.toFixed(0)} ms, next page ${out.moreMs.toFixed(0)} ms; ${out.short.sessions}: cold ${out.short.coldMs.toFixed(0)} ms`);
    return out;
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Runtime: timer drift at 1x

/** A plan of holds only, so the big number is a seconds countdown from start to end. */
function holdProfile(sets, hold, rest) {
  const doc = JSON.parse(profileDocument());
  doc.data.plan = [{ exercise: "pallof-hold", prescription: { sets, dose: { kind: "hold", seconds: hold }, sides: "each-side", rest_seconds: rest } }];
  return JSON.stringify(doc);
}

/** The blocks of that plan, as the core builds them (blocks.rs): [kind, seconds]. */
function holdBlocks(sets, hold, rest, getReady = 5) {
  const blocks = [];
  for (let s = 1; s <= sets; s++) {
    for (let side = 0; side < 2; side++) blocks.push(["get-ready", getReady], ["hold", hold]);
    if (s < sets && rest > 0) blocks.push(["rest", rest]);
  }
  return blocks;
}

/**
 * A real-time workout of about `minutes` (Pallof hold, 30 s each side, 30 s rests, 5 s
 * get-ready): every change of the displayed seconds-left is stamped with Date.now() in the page
 * (a MutationObserver) and compared with when the schedule says that digit is due (the stored
 * start plus the block lengths). After the end, the stored workout's per-set `ms` and its end
 * time are compared with the plan.
 */
export async function timerDrift(origin, minutes, log) {
  const HOLD = 30;
  const REST = 30;
  const sets = Math.max(1, Math.round((minutes * 60 + REST) / (2 * (5 + HOLD) + REST)));
  const blocks = holdBlocks(sets, HOLD, REST);
  const plannedMs = blocks.reduce((n, [, s]) => n + s * 1000, 0);
  log(`  drift: ${sets} set(s) each side, ${(plannedMs / 60000).toFixed(1)} min in real time`);
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser, seedDocs({ profile: holdProfile(sets, HOLD, REST) }));
    await context.addInitScript(() => {
      const changes = (window.__bench.changes = []);
      let last = null;
      new MutationObserver(() => {
        if (window.__bench.endAt === undefined && (document.querySelector("h1")?.textContent ?? "").trim() === "Well done") window.__bench.endAt = Date.now();
        const el = document.querySelector("[data-testid=seconds-left]");
        const v = el ? el.textContent.trim() : null;
        if (v !== last) {
          last = v;
          changes.push([Date.now(), v === null ? null : Number(v)]);
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    const page = await context.newPage();
    await page.goto(origin + "/workout");
    await appMounted(page);
    const clickAt = Date.now();
    await page.getByRole("button", { name: "Start without answering" }).click();
    await page.locator("[data-testid=seconds-left]").waitFor();
    // The stored document: {"v", "rev", "data": {"workout": {...}}}.
    const storedWorkout = async () => {
      const data = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEYS.workout)).data;
      return data.workout ?? data;
    };
    const wasmMemory = () => page.evaluate(() => window.__bench.wasm?.memory?.buffer?.byteLength ?? null);
    const wasmAtStart = await wasmMemory();
    const startedAt = (await storedWorkout()).started_at;
    if (typeof startedAt !== "number") throw new Error("no started_at in the stored workout");
    await page.getByRole("heading", { level: 1, name: "Well done" }).waitFor({ timeout: plannedMs + 60_000 });
    const endSeenAt = await page.evaluate(() => window.__bench.endAt ?? Date.now());
    const wasmAtEnd = await wasmMemory();
    const changes = await page.evaluate(() => window.__bench.changes);
    const stored = await storedWorkout();

    // When each digit is due: a block of d s shows d at its start, d-1 after 1 s, ... 1 at d-1 s
    // (the view rounds ms left up to whole seconds).
    const due = [];
    let t = startedAt;
    blocks.forEach(([kind, s], block) => {
      for (let v = s; v >= 1; v--) due.push({ at: t + (s - v) * 1000, v, block, kind });
      t += s * 1000;
    });
    const dev = [];
    for (const [at, v] of changes) {
      if (v === null || at < startedAt - 1000) continue;
      let best = null;
      for (const d of due) if (d.v === v && (!best || Math.abs(at - d.at) < Math.abs(at - best.at))) best = d;
      if (best && Math.abs(at - best.at) < 5000) dev.push({ t: at - startedAt, dev: at - best.at, v });
    }
    const abs = dev.map((d) => Math.abs(d.dev));
    // Does it accumulate? Least-squares slope of the deviation over time, and first vs last minute.
    const xs = dev.map((d) => d.t / 60000);
    const ys = dev.map((d) => d.dev);
    const mx = mean(xs);
    const my = mean(ys);
    const slope = xs.reduce((n, x, i) => n + (x - mx) * (ys[i] - my), 0) / (xs.reduce((n, x) => n + (x - mx) ** 2, 0) || 1);
    const firstMin = mean(dev.filter((d) => d.t < 60000).map((d) => d.dev));
    const lastMin = mean(dev.filter((d) => d.t >= plannedMs - 60000).map((d) => d.dev));
    const recorded = (stored.done ?? []).map(([block, set]) => ({ block, ms: set.ms ?? 0, target: (set.t?.s ?? 0) * 1000 }));
    const recordedDev = recorded.map((r) => r.ms - r.target);
    const endedAt = stored.ended?.at ?? null;
    const out = {
      minutes: plannedMs / 60000,
      plan: { exercise: "pallof-hold", sets, holdSeconds: HOLD, restSeconds: REST, getReadySeconds: 5, blocks: blocks.length },
      startDelayMs: startedAt - clickAt,
      samples: dev.length,
      expectedSamples: due.length,
      display: {
        maxMs: Math.max(...abs),
        meanMs: mean(abs),
        meanSignedMs: my,
        slopeMsPerMin: slope,
        firstMinuteMeanMs: firstMin,
        lastMinuteMeanMs: lastMin,
      },
      recorded: {
        sets: recorded.length,
        maxMs: recordedDev.length ? Math.max(...recordedDev.map(Math.abs)) : null,
        meanMs: recordedDev.length ? mean(recordedDev.map(Math.abs)) : null,
        endedVsPlanMs: endedAt === null ? null : endedAt - (startedAt + plannedMs),
      },
      endScreenLateMs: endSeenAt - (startedAt + plannedMs),
      wasmMemory: { start: wasmAtStart, end: wasmAtEnd },
    };
    // Accumulating = the trend over the run is more than one tick (100 ms).
    out.accumulates = Math.abs(slope * out.minutes) > 100 || Math.abs((lastMin ?? 0) - (firstMin ?? 0)) > 100;
    out.deviations = dev;
    log(`  drift: display max ${out.display.maxMs} ms, mean ${out.display.meanMs.toFixed(0)} ms, slope ${slope.toFixed(1)} ms/min; recorded sets max ${out.recorded.maxMs} ms`);
    await context.close();
    return out;
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Runtime: memory after an hour of workouts (fake clock)

/**
 * With Playwright's clock: the default two-exercise plan (about 5 min 15 s), run to its end
 * with time fast-forwarded (every 100 ms tick still fires), saved to the history, back to
 * Today, then the rest of a 10-minute cycle idle; 6 cycles = one simulated hour in one tab.
 * The JS heap (CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage) and the wasm linear
 * memory (it only grows) are read after loading and after every cycle.
 */
export async function heapHour(origin, cycles, log) {
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser, seedDocs());
    const page = await context.newPage();
    await page.clock.install();
    // As e2e/helpers/clock.ts does: the fake clock's timer ids start at 1e12 and the app keeps
    // an id in an i32 (web-sys), so its clearInterval would clear nothing and every interval it
    // ever started would keep firing. Small ids mapped to the clock's own fix that (a shim
    // added after the clock's init script, so it wraps the fake functions).
    await page.addInitScript(() => {
      const ids = new Map();
      let next = 1;
      for (const [set, clear] of [["setInterval", "clearInterval"], ["setTimeout", "clearTimeout"]]) {
        const realSet = window[set];
        const realClear = window[clear];
        window[set] = function (...args) {
          const id = next++;
          ids.set(id, realSet.apply(window, args));
          return id;
        };
        window[clear] = function (id) {
          const real = ids.get(id);
          ids.delete(id);
          if (real !== undefined) realClear.call(window, real);
        };
      }
    });
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      await cdp.send("HeapProfiler.collectGarbage");
      const h = await cdp.send("Runtime.getHeapUsage");
      const wasm = await page.evaluate(() => window.__bench.wasm?.memory?.buffer?.byteLength ?? null);
      const sessions = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{"data":{"sessions":[]}}').data.sessions.length, KEYS.history);
      return { usedJs: h.usedSize, totalJs: h.totalSize, embedder: h.embedderHeapUsedSize ?? null, wasmMemory: wasm, sessions };
    };
    await page.goto(origin + "/");
    await appMounted(page);
    await page.getByRole("link", { name: "Start workout" }).waitFor();
    const samples = [{ cycle: 0, simulatedMin: 0, ...(await heap()) }];
    const during = [];
    const CYCLE_MS = 10 * 60 * 1000;
    let simulated = 0;
    for (let c = 1; c <= cycles; c++) {
      let spent = 0;
      await page.getByRole("link", { name: "Start workout" }).click();
      await page.getByRole("button", { name: "Start without answering" }).click();
      await page.locator("[data-testid=seconds-left], [data-testid=reps]").first().waitFor();
      for (;;) {
        await page.clock.runFor(5000);
        spent += 5000;
        const h1 = await page.evaluate(() => document.querySelector("h1")?.textContent ?? "");
        if (h1 === "Well done") break;
        if (spent % 60_000 === 0) {
          // No GC here: only the wasm memory, which GC does not shrink anyway.
          const wasm = await page.evaluate(() => window.__bench.wasm?.memory?.buffer?.byteLength ?? null);
          during.push({ cycle: c, workoutMin: spent / 60000, wasmMemory: wasm });
          log(`  heap: cycle ${c}, ${spent / 60000} simulated min into the workout: wasm memory ${(wasm / 1e6).toFixed(2)} MB`);
        }
        if (spent > CYCLE_MS) throw new Error(`cycle ${c}: the workout did not end in 10 simulated minutes (screen: ${h1})`);
      }
      await page.getByRole("button", { name: "Save to my history" }).click();
      await page.waitForURL("**/history");
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today" }).click();
      await page.getByRole("link", { name: "Start workout" }).waitFor();
      await page.clock.runFor(CYCLE_MS - spent);
      simulated += CYCLE_MS;
      samples.push({ cycle: c, simulatedMin: simulated / 60000, workoutMin: spent / 60000, ...(await heap()) });
      log(`  heap: cycle ${c}: JS ${(samples.at(-1).usedJs / 1e6).toFixed(2)} MB, wasm memory ${(samples.at(-1).wasmMemory / 1e6).toFixed(2)} MB`);
    }
    await context.close();
    const first = samples[0];
    const last = samples.at(-1);
    return {
      cycles,
      simulatedMin: simulated / 60000,
      samples,
      during,
      usedJsBefore: first.usedJs,
      usedJsAfter: last.usedJs,
      wasmBefore: first.wasmMemory,
      wasmAfter: last.wasmMemory,
      sessionsSaved: last.sessions - first.sessions,
    };
  } finally {
    await browser.close();
  }
}

export { median };
