#!/usr/bin/env node
// The benchmark: builds the release site and a bare Leptos counter (bench/counter), serves both
// on 127.0.0.1, measures (sizes, Lighthouse, axe, runtime) and prints Markdown tables; the same
// data goes to target/bench/latest.json. Run it through scripts/bench (tools on PATH).
//
//   scripts/bench [--drift-minutes N] [--lh-runs N] [--runs N] [--only LIST] [--no-build]
//                 [--port P] [--json FILE] [--docs]
//
//   --drift-minutes N  the real-time workout for timer drift (default 3)
//   --lh-runs N        Lighthouse runs per page, median of each figure (default 3)
//   --runs N           repetitions of the runtime timings, median (default 5)
//   --only LIST        some of: sizes,lighthouse,axe,today,history,drift,heap (default all)
//   --no-build         measure the builds already in /tmp/dist-bench and /tmp/dist-bench-counter
//   --port P           the app on P, the counter on P+1 (default 4310)
//   --json FILE        default target/bench/latest.json
//   --docs             also put the tables into docs/benchmarks.md (between its bench markers)
//
// With BENCH_LHR_DIR=dir in the environment, every Lighthouse report is also written there whole
// (its long-tasks and main-thread diagnostics show where TBT comes from).
//
// Targets are reported, not enforced: the exit status is 1 only when a part could not measure.
import { spawn, spawnSync, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, openSync, closeSync } from "node:fs";
import { cpus, totalmem, platform, release } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { measureBuild } from "./sizes.mjs";
import { createConnection } from "node:net";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const APP_DIST = "/tmp/dist-bench";
const COUNTER_DIST = "/tmp/dist-bench-counter";
const COUNTER_DIR = join(ROOT, "bench/counter");
const COUNTER_TARGET = join(ROOT, "target/bench-counter");
const OUT_DIR = join(ROOT, "target/bench");

// ---------------------------------------------------------------------------------------------
// Arguments

const ALL = ["sizes", "lighthouse", "axe", "today", "history", "drift", "heap"];
const opts = { driftMinutes: 3, lhRuns: 3, runs: 5, only: new Set(ALL), build: true, port: 4310, json: join(OUT_DIR, "latest.json"), docs: false };
{
  const args = process.argv.slice(2);
  const value = (i, name) => {
    if (i + 1 >= args.length) usage(`${name} needs a value`);
    return args[i + 1];
  };
  const positive = (v, name) => {
    const n = Number(v);
    if (!(n > 0)) usage(`${name} must be a positive number`);
    return n;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--drift-minutes") opts.driftMinutes = positive(value(i++, a), a);
    else if (a === "--lh-runs") opts.lhRuns = Math.round(positive(value(i++, a), a));
    else if (a === "--runs") opts.runs = Math.round(positive(value(i++, a), a));
    else if (a === "--only") {
      const list = value(i++, a).split(",").map((s) => s.trim()).filter(Boolean);
      for (const x of list) if (!ALL.includes(x)) usage(`--only: unknown part ${x} (parts: ${ALL.join(",")})`);
      opts.only = new Set(list);
    } else if (a === "--no-build") opts.build = false;
    else if (a === "--port") opts.port = Math.round(positive(value(i++, a), a));
    else if (a === "--json") opts.json = resolve(value(i++, a));
    else if (a === "--docs") opts.docs = true;
    else if (a === "-h" || a === "--help") usage();
    else usage(`unknown argument ${a}`);
  }
}
function usage(msg) {
  if (msg) console.error(`bench: ${msg}`);
  const head = readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(4, 18).map((l) => l.replace(/^\/\/ ?/, ""));
  console.error(head.join("\n"));
  process.exit(msg ? 2 : 0);
}

const t0 = Date.now();
const log = (msg) => console.error(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

// ---------------------------------------------------------------------------------------------
// Build

mkdirSync(OUT_DIR, { recursive: true });
const buildLog = join(OUT_DIR, "build.log");

function run(cmd, args, { cwd = ROOT, env = {} } = {}) {
  const fd = openSync(buildLog, "a");
  writeFileSync(fd, `\n$ (cd ${cwd} && ${cmd} ${args.join(" ")})\n`);
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", fd, fd] });
  closeSync(fd);
  if (r.status !== 0) {
    const tail = readFileSync(buildLog, "utf8").split("\n").slice(-30).join("\n");
    console.error(tail);
    console.error(`bench: ${cmd} ${args.join(" ")} failed (status ${r.status}); full log: ${relative(ROOT, buildLog)}`);
    process.exit(1);
  }
}

function releaseProfile(cargoToml) {
  const text = readFileSync(cargoToml, "utf8");
  const m = text.match(/^\[profile\.release\]\s*\n([\s\S]*?)(?=^\[|(?![\s\S]))/m);
  return (m?.[1] ?? "")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean)
    .sort()
    .join("; ");
}

const build = {};
if (opts.build) {
  writeFileSync(buildLog, `scripts/bench builds, ${new Date().toISOString()}\n`);
  let t = Date.now();
  log(`building the app (trunk build --release --dist ${APP_DIST}); log in ${relative(ROOT, buildLog)}`);
  run("trunk", ["build", "--release", "--dist", APP_DIST]);
  build.appSeconds = (Date.now() - t) / 1000;
  // The counter: its own workspace and target dir, the app's lockfile versions (wasm-bindgen must
  // equal the CLI), the app's .cargo/config.toml (found by walking up from bench/counter) but
  // for its rustflags (below).
  if (!existsSync(join(COUNTER_DIR, "Cargo.lock"))) copyFileSync(join(ROOT, "Cargo.lock"), join(COUNTER_DIR, "Cargo.lock"));
  // The app's rustflags but `--emit-relocs`: only the app's split step (scripts/split.mjs) reads
  // the relocations and drops them; the counter has no split, and would ship them (224 KB gzip
  // of wasm instead of 36). RUSTFLAGS replaces the config file's rustflags (a
  // CARGO_TARGET_*_RUSTFLAGS variable would be merged with them); with --target it does not
  // reach build scripts.
  const config = readFileSync(join(ROOT, ".cargo/config.toml"), "utf8");
  const flags = [...(config.match(/^rustflags\s*=\s*\[(.*)\]/m)?.[1] ?? "").matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  const counterFlags = flags.filter((f) => !f.includes("--emit-relocs")).join(" ");
  t = Date.now();
  log(`building the counter (bench/counter, CARGO_TARGET_DIR=${relative(ROOT, COUNTER_TARGET)}, rustflags "${counterFlags}")`);
  run("trunk", ["build", "--release", "--dist", COUNTER_DIST], {
    cwd: COUNTER_DIR,
    env: { CARGO_TARGET_DIR: COUNTER_TARGET, RUSTFLAGS: counterFlags },
  });
  build.counterSeconds = (Date.now() - t) / 1000;
}
const appProfile = releaseProfile(join(ROOT, "Cargo.toml"));
const counterProfile = releaseProfile(join(COUNTER_DIR, "Cargo.toml"));
if (appProfile !== counterProfile) log(`warning: [profile.release] differs: app "${appProfile}", counter "${counterProfile}"`);
for (const d of [APP_DIST, COUNTER_DIST]) {
  if (!existsSync(join(d, "index.html"))) {
    console.error(`bench: no ${d}/index.html (run without --no-build)`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------------------------------------
// Sizes (scripts/size's rules, from scripts/sizes.mjs)

function sizesOf(dir) {
  const files = measureBuild(dir);
  const sum = (rows) => ({ raw: rows.reduce((n, r) => n + r.raw, 0), gzip: rows.reduce((n, r) => n + r.gzip, 0), brotli: rows.reduce((n, r) => n + r.brotli, 0) });
  const wasm = files.find((f) => f.name.endsWith(".wasm") && f.firstLoad) ?? files.find((f) => f.name.endsWith(".wasm"));
  const glue = files.find((f) => f.firstLoad && f.name.endsWith(".js") && wasm && f.name.replace(/\.js$/, "") === wasm.name.replace(/_bg\.wasm$/, ""));
  return { files, firstLoad: sum(files.filter((f) => f.firstLoad)), all: sum(files), wasm, glue };
}

// ---------------------------------------------------------------------------------------------
// Servers

const children = [];
const stopServers = () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGTERM");
};
process.on("exit", stopServers);
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(130));

function portBusy(port) {
  return new Promise((res) => {
    const s = createConnection({ port, host: "127.0.0.1" });
    s.once("connect", () => (s.destroy(), res(true)));
    s.once("error", () => res(false));
  });
}

async function serve(dir, port) {
  if (await portBusy(port)) {
    console.error(`bench: port ${port} is in use (choose others with --port)`);
    process.exit(2);
  }
  const child = spawn(process.execPath, [join(ROOT, "scripts/static-server.mjs"), dir, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  await new Promise((res, rej) => {
    child.stdout.on("data", (d) => d.toString().includes("serving") && res());
    child.once("exit", (code) => rej(new Error(`static server on ${port} exited (${code})`)));
  });
  return `http://127.0.0.1:${port}`;
}

// ---------------------------------------------------------------------------------------------
// Measure

const B = await import("./bench-browser.mjs");
const results = { date: new Date().toISOString(), options: { ...opts, only: [...opts.only] }, build };

function machine() {
  const c = cpus();
  let os = `${platform()} ${release()}`;
  try {
    const rel = readFileSync("/etc/os-release", "utf8");
    os = rel.match(/^PRETTY_NAME="?([^"\n]*)/m)?.[1] ?? os;
    if (existsSync("/etc/debian_version")) os += ` (${readFileSync("/etc/debian_version", "utf8").trim()})`;
  } catch {
    // not Linux: keep the platform string
  }
  const version = (cmd, args) => {
    try {
      return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
      return null;
    }
  };
  return {
    cores: c.length,
    cpu: c[0]?.model ?? "?",
    memoryGB: Math.round(totalmem() / 1e9),
    os,
    node: process.version,
    chromium: version(B.CHROME, ["--version"])?.match(/[\d.]+/)?.[0] ?? null,
    rustc: version("rustc", ["--version"])?.split(" ")[1] ?? null,
    trunk: version("trunk", ["--version"])?.split(" ")[1] ?? null,
    lighthouse: JSON.parse(readFileSync(join(ROOT, "node_modules/lighthouse/package.json"), "utf8")).version,
    playwright: JSON.parse(readFileSync(join(ROOT, "node_modules/@playwright/test/package.json"), "utf8")).version,
    loadAverage: readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" "),
  };
}
results.machine = machine();

if (opts.only.has("sizes") || opts.only.has("lighthouse")) {
  log("sizes");
  results.sizes = { app: sizesOf(APP_DIST), counter: sizesOf(COUNTER_DIST) };
}

const app = await serve(APP_DIST, opts.port);
const counter = await serve(COUNTER_DIST, opts.port + 1);
log(`serving the app at ${app}, the counter at ${counter}`);

const LH_PAGES = [
  { key: "today", name: "Today", path: "/", seed: "profile" },
  { key: "catalog", name: "Exercises (catalog)", path: "/exercises", seed: "profile" },
  { key: "exercise", name: "Exercise (pallof-hold)", path: "/exercises/pallof-hold", seed: "profile" },
  { key: "workout", name: "Workout (check-in)", path: "/workout", seed: "profile" },
  { key: "history", name: "History (24 sessions)", path: "/history", seed: "history" },
];

// Each part is kept apart: one that fails is reported and the others still run.
async function part(name, fn) {
  if (!opts.only.has(name)) return;
  const t = Date.now();
  log(name);
  try {
    results[name] = await fn();
  } catch (err) {
    results[name] = { error: String(err?.stack ?? err) };
    log(`${name} FAILED: ${err?.message ?? err}`);
  }
  (results.seconds ??= {})[name] = (Date.now() - t) / 1000;
}

await part("lighthouse", async () => {
  const seeds = { profile: B.seedDocs(), history: B.seedDocs({ history: B.benchHistory() }) };
  const out = { pages: [], counter: null };
  for (const p of LH_PAGES) {
    out.pages.push({ ...p, seed: undefined, ...(await B.lighthouseScreen(app + p.path, seeds[p.seed], opts.lhRuns, log)) });
  }
  out.counter = { key: "counter", name: "Bare Leptos counter", path: "/", ...(await B.lighthouseScreen(counter + "/", null, opts.lhRuns, log)) };
  return out;
});
await part("axe", () => B.axeScreens(app, log));
await part("today", () => B.todayInteractive(app, opts.runs, log));
await part("history", () => B.historyCost(app, opts.runs, log));
await part("drift", () => B.timerDrift(app, opts.driftMinutes, log));
await part("heap", () => B.heapHour(app, 6, log));
results.totalSeconds = (Date.now() - t0) / 1000;

// ---------------------------------------------------------------------------------------------
// Report

const TARGETS = {
  performance: 100,
  accessibility: 100,
  bestPractices: 100,
  lcpMs: 1500,
  cls: 0,
  tbtMs: 0,
  axe: 0,
  firstLoadGzipKB: 250,
  wasmGzipKB: 200,
};
const PASS = "✓";
const MISS = "✗";
const mark = (ok) => (ok ? PASS : MISS);
const kb = (n) => (n == null ? "-" : (n / 1000).toFixed(1));
const ms = (n) => (n == null ? "-" : `${Math.round(n)} ms`);
const secs = (n) => (n == null ? "-" : `${(n / 1000).toFixed(2)} s`);
const table = (head, rows, align) => {
  const a = align ?? head.map((_, i) => (i === 0 ? "l" : "r"));
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(head), line(a.map((x) => (x === "r" ? "---:" : "---"))), ...rows.map(line)].join("\n");
};

function report(r) {
  const out = [];
  const m = r.machine;
  out.push(`## Benchmark of ${r.date.slice(0, 10)}`);
  out.push("");
  out.push(`Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGB} GB, ${m.os}; Chromium ${m.chromium}, Node ${m.node}, rustc ${m.rustc}, Trunk ${m.trunk}, Lighthouse ${m.lighthouse}, Playwright ${m.playwright}. Load average at the start: ${m.loadAverage}.`);
  out.push(`${PASS} meets the target, ${MISS} misses it (targets are reported, not enforced).`);

  if (r.sizes) {
    const s = r.sizes.app;
    const c = r.sizes.counter;
    out.push("", "### Size (KB = 1000 bytes; gzip -9, brotli q11; * = first load)", "");
    out.push(
      table(
        ["file", "raw KB", "gzip KB", "brotli KB", "first load"],
        [
          ...s.files.map((f) => [f.name, kb(f.raw), kb(f.gzip), kb(f.brotli), f.firstLoad ? "*" : ""]),
          ["**first load (total)**", kb(s.firstLoad.raw), `${kb(s.firstLoad.gzip)} ${mark(s.firstLoad.gzip <= TARGETS.firstLoadGzipKB * 1000)}`, kb(s.firstLoad.brotli), `target ≤ ${TARGETS.firstLoadGzipKB} KB gzip`],
          ["all files", kb(s.all.raw), kb(s.all.gzip), kb(s.all.brotli), ""],
        ],
      ),
    );
    out.push("", "### The app against a bare Leptos counter (same toolchain, profile, loader)", "");
    const lcpApp = r.lighthouse?.pages?.find((p) => p.key === "today")?.lcpMs;
    const lcpWorst = r.lighthouse?.pages ? Math.max(...r.lighthouse.pages.map((p) => p.lcpMs ?? 0)) : null;
    const lcpCounter = r.lighthouse?.counter?.lcpMs;
    const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : "-");
    out.push(
      table(
        ["figure", "app", "counter", "app / counter", "target (app)"],
        [
          ["wasm raw", `${kb(s.wasm?.raw)} KB`, `${kb(c.wasm?.raw)} KB`, ratio(s.wasm?.raw, c.wasm?.raw), ""],
          ["wasm gzip", `${kb(s.wasm?.gzip)} KB ${mark(s.wasm?.gzip <= TARGETS.wasmGzipKB * 1000)}`, `${kb(c.wasm?.gzip)} KB`, ratio(s.wasm?.gzip, c.wasm?.gzip), `≤ ${TARGETS.wasmGzipKB} KB`],
          ["wasm brotli", `${kb(s.wasm?.brotli)} KB`, `${kb(c.wasm?.brotli)} KB`, ratio(s.wasm?.brotli, c.wasm?.brotli), ""],
          ["JS glue gzip", `${kb(s.glue?.gzip)} KB`, `${kb(c.glue?.gzip)} KB`, ratio(s.glue?.gzip, c.glue?.gzip), ""],
          ["first load gzip", `${kb(s.firstLoad.gzip)} KB ${mark(s.firstLoad.gzip <= TARGETS.firstLoadGzipKB * 1000)}`, `${kb(c.firstLoad.gzip)} KB`, ratio(s.firstLoad.gzip, c.firstLoad.gzip), `≤ ${TARGETS.firstLoadGzipKB} KB`],
          ["Lighthouse LCP, Today", lcpApp == null ? "-" : `${secs(lcpApp)} ${mark(lcpApp <= TARGETS.lcpMs)}`, secs(lcpCounter), ratio(lcpApp, lcpCounter), "≤ 1.5 s"],
          ["Lighthouse LCP, slowest screen", lcpWorst == null ? "-" : `${secs(lcpWorst)} ${mark(lcpWorst <= TARGETS.lcpMs)}`, secs(lcpCounter), ratio(lcpWorst, lcpCounter), "≤ 1.5 s"],
        ],
      ),
    );
  }

  if (r.lighthouse?.error) out.push("", `Lighthouse failed: ${r.lighthouse.error.split("\n")[0]}`);
  else if (r.lighthouse) {
    const runs = r.lighthouse.pages[0]?.runs ?? 1;
    out.push("", `### Lighthouse (mobile, simulated throttling; ${runs === 1 ? "one run" : `median of ${runs} runs`} per page)`, "");
    const row = (p, targets) => {
      const t = (v, ok, s = v) => (v == null ? "-" : targets ? `${s} ${mark(ok)}` : `${s}`);
      return [
        `${p.name} \`${p.path}\``,
        t(p.performance, p.performance >= TARGETS.performance),
        t(p.accessibility, p.accessibility >= TARGETS.accessibility),
        t(p.bestPractices, p.bestPractices >= TARGETS.bestPractices),
        p.seo ?? "-",
        secs(p.fcpMs),
        t(p.lcpMs, p.lcpMs <= TARGETS.lcpMs, secs(p.lcpMs)),
        t(p.tbtMs, Math.round(p.tbtMs) <= TARGETS.tbtMs, ms(p.tbtMs)),
        t(p.cls, Number(p.cls?.toFixed(3)) <= TARGETS.cls, p.cls?.toFixed(3)),
        secs(p.speedIndexMs),
      ];
    };
    out.push(
      table(
        ["page", "perf", "a11y", "best pr.", "SEO", "FCP", "LCP", "TBT", "CLS", "Speed Index"],
        [...r.lighthouse.pages.map((p) => row(p, true)), row(r.lighthouse.counter, false)],
      ),
    );
    out.push("", "Targets: performance, accessibility, best practices 100; LCP ≤ 1.5 s; TBT 0 ms; CLS 0. The counter row is the floor, unmarked.");
    const lost = [];
    for (const p of r.lighthouse.pages) {
      const bits = Object.entries(p.failing ?? {})
        .filter(([, ids]) => ids.length)
        .map(([cat, ids]) => `${cat}: ${ids.join(", ")}`);
      if (bits.length) lost.push(`- ${p.name}: ${bits.join("; ")}`);
    }
    if (lost.length) out.push("", "Audits below full score:", "", ...lost);
    const lcpEl = r.lighthouse.pages.find((p) => p.key === "today")?.lcpElement;
    if (lcpEl) out.push("", `LCP element on Today: \`${lcpEl.replace(/\s+/g, " ").slice(0, 120)}\``);
    // Where TBT comes from: the same rule on Lighthouse's own trace, on wall and on CPU time.
    const all = [...r.lighthouse.pages, r.lighthouse.counter].filter((p) => p?.longestCpuMs != null);
    if (all.length) {
      out.push("", "Where the TBT comes from, in Lighthouse's own trace of each run (median of the runs; tasks after the first paint, at 1×). Its TBT is simulated from wall times, and on a busy machine a task's wall time includes waiting for a core; the CPU time is what the app's code takes (`bench/main-thread.mjs`):", "");
      out.push(
        table(
          ["page", "TBT", "4× rule on wall time", "4× rule on CPU time", "longest task, wall", "longest task, CPU"],
          all.map((p) => [`${p.name} \`${p.path}\``, ms(p.tbtMs), ms(p.blockingWallMs), ms(p.blockingCpuMs), ms(p.longestWallMs), ms(p.longestCpuMs)]),
        ),
      );
    }
    const bi = r.lighthouse.pages.map((p) => p.benchmarkIndex).filter(Boolean);
    if (bi.length) out.push("", `Lighthouse's CPU benchmark index on this machine: ${Math.min(...bi)}–${Math.max(...bi)}.`);
  }

  if (r.axe?.error) out.push("", `axe failed: ${r.axe.error.split("\n")[0]}`);
  else if (r.axe) {
    out.push("", "### axe-core (all rules axe runs by default, all impacts; phone viewport)", "");
    out.push(
      table(
        ["screen", "violations", "critical", "serious", "moderate", "minor", "rules"],
        r.axe.map((s) =>
          s.error
            ? [s.screen, "error", "", "", "", "", s.error.slice(0, 80)]
            : [s.screen, `${s.count} ${mark(s.count <= TARGETS.axe)}`, s.byImpact.critical, s.byImpact.serious, s.byImpact.moderate, s.byImpact.minor, s.violations.map((v) => `${v.id} (${v.nodes})`).join(", ") || "-"],
        ),
      ),
    );
  }

  const rt = [];
  if (r.today && !r.today.error) {
    const t = r.today;
    rt.push(["Today interactive: \"Start workout\" link in the DOM, from navigation start", ms(t.linkMs), `median of ${t.n}; FCP ${ms(t.fcpMs)}, wasm downloaded ${ms(t.wasmMs)}`]);
    rt.push(["… a click on it shows the check-in", ms(t.clickToScreenMs), `link + click = ${ms(t.interactiveMs)}`]);
    if (t.warm?.n) rt.push(["… warm: the same tab once the service worker has installed (the home-screen start)", ms(t.warm.linkMs), `median of ${t.warm.n}; FCP ${ms(t.warm.fcpMs)}; files from the worker's cache, the compiled wasm from Chrome's code cache (bench/warm-start.mjs shows it)`]);
    else rt.push(["… warm", "-", "no load was served by the service worker"]);
  } else if (r.today?.error) rt.push(["Today interactive", "error", r.today.error.split("\n")[0]]);
  if (r.drift && !r.drift.error) {
    const d = r.drift;
    rt.push([`Timer drift, ${d.minutes.toFixed(1)} min workout at 1x: displayed seconds vs Date.now()`, `max ${ms(d.display.maxMs)}, mean ${ms(d.display.meanMs)}`, `${d.samples}/${d.expectedSamples} digit changes; trend ${d.display.slopeMsPerMin.toFixed(1)} ms/min; first min ${ms(d.display.firstMinuteMeanMs)}, last min ${ms(d.display.lastMinuteMeanMs)}: ${d.accumulates ? "**accumulates**" : "does not accumulate"}`]);
    rt.push(["… recorded set durations (`ms` in the done log) vs the plan", `max ${ms(d.recorded.maxMs)}, mean ${ms(d.recorded.meanMs)}`, `${d.recorded.sets} sets; stored end vs plan ${ms(d.recorded.endedVsPlanMs)}; end screen shown ${ms(d.endScreenLateMs)} after the planned end`]);
    if (d.wasmMemory?.start && d.wasmMemory?.end) {
      rt.push(["… wasm linear memory over that workout (real time)", `${(d.wasmMemory.start / 1e6).toFixed(2)} → ${(d.wasmMemory.end / 1e6).toFixed(2)} MB`, `${(((d.wasmMemory.end - d.wasmMemory.start) / 1e3) / d.minutes).toFixed(0)} KB a minute of running workout`]);
    }
  } else if (r.drift?.error) rt.push(["Timer drift", "error", r.drift.error.split("\n")[0]]);
  if (r.history && !r.history.error) {
    const h = r.history;
    rt.push([`History with ${h.sessions} sessions: navigation to /history until the first page (${h.firstPage} newest) is in the DOM`, ms(h.coldMs), `median of ${h.n}; ${ms(h.coldAfterWasmMs)} after the wasm arrived. With ${h.short.sessions} sessions: ${ms(h.short.coldMs)} (${ms(h.short.coldAfterWasmMs)} after the wasm), so the ${h.sessions - h.short.sessions} extra sessions cost ${ms(h.coldMs - h.short.coldMs)}`]);
    rt.push([`… from Today, a click on "History" until the first ${h.firstPage} rows are in the DOM`, ms(h.inAppMs), `median of ${h.n}`]);
    rt.push([`… then "Show older sessions" until ${2 * h.firstPage} rows are in the DOM`, ms(h.moreMs), `median of ${h.n}`]);
    rt.push([`… stored size of that history (UTF-16)`, `${(h.storedBytes / 1e6).toFixed(2)} MB`, `${(h.shareOf5MiB * 100).toFixed(1)}% of 5 MiB; ${Math.round(h.bytesPerSession)} bytes a session, so 5 MiB holds about ${Math.floor((5 * 1024 * 1024) / h.bytesPerSession)} sessions`]);
  } else if (r.history?.error) rt.push(["History", "error", r.history.error.split("\n")[0]]);
  if (r.heap && !r.heap.error) {
    const h = r.heap;
    const mb = (n) => (n == null ? "-" : `${(n / 1e6).toFixed(2)} MB`);
    const trend = h.samples.map((s) => (s.usedJs / 1e6).toFixed(2)).join(" → ");
    rt.push([`JS heap after a simulated hour (${h.cycles} workouts saved, fake clock), after GC`, mb(h.usedJsAfter), `after load ${mb(h.usedJsBefore)}; per cycle: ${trend} MB`]);
    const wasmTrend = h.samples.map((s) => (s.wasmMemory / 1e6).toFixed(2)).join(" → ");
    rt.push(["… wasm linear memory (it only grows)", mb(h.wasmAfter), `after load ${mb(h.wasmBefore)}; per cycle: ${wasmTrend} MB; ${h.sessionsSaved} sessions saved`]);
  } else if (r.heap?.error) rt.push(["Heap", "error", r.heap.error.split("\n")[0]]);
  if (rt.length) {
    out.push("", "### Runtime (Playwright + Chromium, phone viewport, no throttling)", "");
    out.push(table(["measure", "value", "notes"], rt, ["l", "r", "l"]));
  }
  out.push("", `Run time: ${Math.round(r.totalSeconds)} s${r.build?.appSeconds ? ` (builds: app ${Math.round(r.build.appSeconds)} s, counter ${Math.round(r.build.counterSeconds)} s)` : ""}. Command: \`scripts/bench${process.argv.slice(2).length ? " " + process.argv.slice(2).join(" ") : ""}\`.`);
  return out.join("\n");
}

const text = report(results);
mkdirSync(dirname(opts.json), { recursive: true });
writeFileSync(opts.json, JSON.stringify(results, null, 2) + "\n");
writeFileSync(join(dirname(opts.json), "latest.md"), text + "\n");
console.log(text);
log(`wrote ${relative(ROOT, opts.json)}`);

if (opts.docs) {
  const doc = join(ROOT, "docs/benchmarks.md");
  const BEGIN = "<!-- bench:begin (scripts/bench --docs writes from here to bench:end) -->";
  const END = "<!-- bench:end -->";
  const current = existsSync(doc) ? readFileSync(doc, "utf8") : `# Benchmarks\n\n${BEGIN}\n${END}\n`;
  const a = current.indexOf(BEGIN);
  const b = current.indexOf(END);
  if (a < 0 || b < a) {
    console.error(`bench: docs/benchmarks.md has no bench markers; not written`);
  } else {
    writeFileSync(doc, current.slice(0, a + BEGIN.length) + "\n\n" + text + "\n\n" + current.slice(b));
    log("wrote docs/benchmarks.md");
  }
}

stopServers();
// Misses are not failures; a part that could not measure is.
const failed = ALL.filter((k) => results[k]?.error);
if (failed.length) console.error(`bench: could not measure: ${failed.join(", ")} (details in ${relative(ROOT, opts.json)})`);
process.exit(failed.length ? 1 : 0);
