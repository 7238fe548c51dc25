import { spawn, type ChildProcess } from "node:child_process";
import { cp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { KEYS, expectScreen, makeSessions, seedProfile, storedData } from "./helpers/app";

// Offline-first and installable: the service worker (assets/sw.js, filled in by
// scripts/precache.mjs for release builds), the update flow, storage persistence and the
// prompts around them (src/ui/update.rs).

/** Waits until a service worker controls the page (the first visit: after it installed). */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The controlling worker's version, asked by message. */
function workerVersion(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (e) => resolve(e.data);
        navigator.serviceWorker.controller!.postMessage({ type: "GET_VERSION" }, [channel.port2]);
      }),
  );
}

const pageVersion = (page: Page) => page.locator("meta[name=sw-version]").getAttribute("content");

test.describe("offline", () => {
  test("after one visit the app opens with no network, deep links included", async ({ page, context }) => {
    await seedProfile(page);
    await page.goto("/");
    await expectScreen(page, "Today");
    await controlled(page);
    const version = await pageVersion(page);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(await workerVersion(page)).toBe(version);

    await context.setOffline(true);
    await page.reload();
    await expectScreen(page, "Today");

    // A route is no file: the worker answers it with the cached index.html.
    await page.goto("/exercises/pallof-hold");
    await expectScreen(page, "Pallof press hold");

    // A workout starts and runs (the whole of one offline is other specs' business).
    await page.goto("/workout");
    await expectScreen(page, "Ready?");
    await page.locator("button.pain-option", { hasText: /^2$/ }).click();
    const now = page.locator(".wk-now");
    await expect(now).toBeVisible();
    const first = await now.innerText();
    await expect.poll(() => now.innerText(), { timeout: 10_000 }).not.toBe(first);
    await context.setOffline(false);
  });

  // Installing copies the whole app into the cache; on a phone's few cores that work slowed
  // the first screen's render, so it waits until a screen is shown (src/ui/update.rs).
  test("the worker is registered a moment after the first screen is shown, not before", async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as any;
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        w.registeredAt ??= performance.now();
        return register.apply(this, args);
      };
      new MutationObserver(() => {
        if (document.getElementById("main")) w.screenAt ??= performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    await seedProfile(page);
    // A deep link, whose screen needs its code downloaded first.
    await page.goto("/workout");
    await expectScreen(page, "Ready?");
    await controlled(page);
    const { screenAt, registeredAt } = await page.evaluate(() => {
      const w = window as any;
      return { screenAt: w.screenAt, registeredAt: w.registeredAt };
    });
    expect(screenAt).toBeGreaterThan(0);
    // The delay is a second from when the screen is built; it is in the page within a task of
    // that, and that task (its first render) can be slow on a busy machine.
    expect(registeredAt - screenAt).toBeGreaterThanOrEqual(500);
  });

  // Someone about to lose signal checks Settings: it must not say "works offline" before it does.
  test("Settings says whether the app works offline yet, and changes when it does", async ({ page, context }) => {
    await seedProfile(page);
    await page.goto("/settings");
    await expectScreen(page, "Settings");
    const status = page.getByTestId("offline-status");
    // The worker is registered a second after the first screen: not ready yet.
    await expect(status).toContainText("Getting ready to work offline");
    await expect(status).toContainText("Works offline.", { timeout: 15_000 });
    await expect(status).not.toContainText("Getting ready");
    // And it is true.
    await context.setOffline(true);
    await page.reload();
    await expectScreen(page, "Settings");
    await expect(status).toContainText("Works offline.");
    await context.setOffline(false);
  });

  test("the precache holds every file of the build and nothing else", async ({ page }) => {
    await page.goto("/");
    await controlled(page);
    const version = await pageVersion(page);
    const cached = await page.evaluate(async (version) => {
      const keys = (await caches.keys()).sort();
      const urls: string[] = [];
      for (const req of await (await caches.open(`rotation-rehab / ${version}`)).keys()) urls.push(new URL(req.url).pathname);
      return { keys, urls: urls.sort() };
    }, version);
    // The version's cache, and the worker's record of which versions' caches to keep.
    expect(cached.keys).toEqual([`rotation-rehab / ${version}`, "rotation-rehab / versions"]);
    expect(cached.urls).toContain("/");
    expect(cached.urls).toContain("/manifest.webmanifest");
    expect(cached.urls).toContain("/icons/icon-512.png");
    expect(cached.urls.some((u) => /\/rotation-rehab-[0-9a-f]+_bg\.wasm$/.test(u))).toBe(true);
    expect(cached.urls).not.toContain("/sw.js");
    expect(cached.urls).not.toContain("/index.html"); // kept as "/", what navigations get
  });

  test("the manifest makes the app installable from any sub-path", async ({ page, request }) => {
    await page.goto("/");
    const href = await page.locator("link[rel=manifest]").getAttribute("href");
    const manifestUrl = new URL(href!, page.url());
    const manifest = await (await request.get(manifestUrl.href)).json();
    expect(manifest).toMatchObject({ start_url: "./", scope: "./", display: "standalone", theme_color: "#0b6e5f", background_color: "#f7f6f2" });
    const icons = manifest.icons as { src: string; sizes: string; purpose: string }[];
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
    for (const icon of icons) {
      const res = await request.get(new URL(icon.src, manifestUrl).href);
      expect(res.status(), icon.src).toBe(200);
    }
  });
});

// The update flow runs against its own server, whose folder the test switches from this build
// (v1) to a second one (v2: the same files through scripts/precache.mjs again, with
// SW_VERSION_SUFFIX=-v2, exactly what a rebuild with a changed input produces).
// Its port: E2E_PORT + 300, plus the worker's index, so parallel runs (--repeat-each) do not meet.
const UPDATE_PORT = Number(process.env.E2E_PORT ?? 4173) + 300;
// The build under test (what the config's webServer serves); E2E_DIST only for trying a build
// kept elsewhere.
const DIST = process.env.E2E_DIST ?? "dist";

const updateTest = test.extend({
  // The fixtures' origin check follows baseURL: this test's origin is its own server.
  baseURL: async ({}, use, testInfo) => {
    await use(`http://127.0.0.1:${UPDATE_PORT + testInfo.parallelIndex}`);
  },
});

updateTest.describe("update", () => {
  let server: ChildProcess | undefined;
  updateTest.afterEach(() => {
    server?.kill("SIGTERM");
    server = undefined;
  });

  /** Serves `dir` on this test's port, the way the host serves the site. */
  async function serve(dir: string, baseURL: string): Promise<void> {
    server = spawn(process.execPath, ["scripts/static-server.mjs", dir, new URL(baseURL).port], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve, reject) => {
      server!.stdout!.once("data", () => resolve());
      server!.once("exit", (code) => reject(new Error(`static server exited (${code})`)));
    });
  }

  updateTest("a new version waits, is offered after the workout, and takes over on consent", async ({ page, baseURL }, testInfo) => {
    updateTest.slow(); // two builds' worth of precaching, a workout, a reload: on a busy 2-core machine
    const served = testInfo.outputPath("served");
    const v2 = testInfo.outputPath("v2");
    await cp(DIST, served, { recursive: true });
    await makeVersion(v2, "-v2");
    await serve(served, baseURL!);

    await page.addInitScript(() => sessionStorage.setItem("loads", String(Number(sessionStorage.getItem("loads") ?? 0) + 1)));
    await seedProfile(page);
    await page.goto("/workout");
    await expectScreen(page, "Ready?");
    await controlled(page);
    const v1 = await pageVersion(page);
    expect(v1).toMatch(/^[0-9a-f]{16}$/);

    // A workout runs when the new version arrives.
    await page.locator("button.pain-option", { hasText: /^2$/ }).click();
    await expect(page.locator(".wk-now")).toBeVisible();
    await cp(v2, served, { recursive: true, force: true });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await waiting(page);
    // It waits (no skipWaiting on install), and says nothing during the workout.
    expect(await workerVersion(page)).toBe(v1);
    await page.waitForTimeout(300);
    await expect(page.getByText("Update available")).toHaveCount(0);

    // The workout over, the offer appears; nothing reloads by itself.
    await endWorkout(page);
    await expect(page.getByText("Update available")).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.getItem("loads"))).toBe("1");

    await page.getByRole("button", { name: "Reload" }).click();
    await expect(page.locator("meta[name=sw-version]")).toHaveAttribute("content", `${v1}-v2`);
    await controlled(page);
    expect(await workerVersion(page)).toBe(`${v1}-v2`);
    await expect(page.getByText("Update available")).toHaveCount(0);
    // Reloaded once. The old version's cache stays, one version back: another tab may still run
    // it and ask for its files (the next test). The version after this one removes it.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => sessionStorage.getItem("loads"))).toBe("2");
    expect(await versionCaches(page)).toEqual([v1, `${v1}-v2`]);
  });

  // The host replaces the folder: the old version's files are gone from the server. A tab still
  // running it, now controlled by the new worker, must still find the screens it has not opened.
  updateTest("a tab left on the old version keeps working after another tab took the update", async ({ page, context, baseURL }, testInfo) => {
    updateTest.slow(); // two builds' worth of precaching, two tabs, a reload
    const served = testInfo.outputPath("served");
    const v2 = testInfo.outputPath("v2");
    await cp(DIST, served, { recursive: true });
    // History's code changed: its part has a new name, the old one is a 404 from now on.
    expect(await makeVersion(v2, "-v2", /^split_history_.*\.wasm$/)).toHaveLength(1);
    await serve(served, baseURL!);

    // Tab A: Today, History's code not fetched yet.
    await seedProfile(page);
    await page.goto("/");
    await expectScreen(page, "Today");
    await controlled(page);
    const v1 = await pageVersion(page);

    await rm(served, { recursive: true });
    await cp(v2, served, { recursive: true });
    const other = await context.newPage();
    await other.goto("/settings");
    await expectScreen(other, "Settings");
    await waiting(other);
    // The renamed part changed the build's hash: the version is a new one, not v1's plus "-v2".
    const v2version = await waitingVersion(other);
    expect(v2version).toMatch(/^[0-9a-f]{16}-v2$/);
    await expect(other.getByText("Update available")).toBeVisible();
    await other.getByRole("button", { name: "Reload" }).click();
    await expect(other.locator("meta[name=sw-version]")).toHaveAttribute("content", v2version!);

    // Tab A runs v1's code under v2's worker, and asks for v1's name of History's part: the
    // server answers 404 now, and offline nothing at all; the kept cache has it.
    await expect.poll(() => workerVersion(page)).toBe(v2version);
    expect(await pageVersion(page)).toBe(v1);
    await context.setOffline(true);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
    await expectScreen(page, "History");
    await expect(page.locator(".notice.crash")).toHaveCount(0);
    await context.setOffline(false);
  });

  // Each version that installs and is never taken must not leave a copy of the app behind.
  updateTest("a version that waited and was never taken is removed when a newer one installs", async ({ page, baseURL }, testInfo) => {
    updateTest.slow(); // four builds' worth of precaching
    const served = testInfo.outputPath("served");
    await cp(DIST, served, { recursive: true });
    for (const suffix of ["-v2", "-v3", "-v4"]) await makeVersion(testInfo.outputPath(suffix), suffix);
    await serve(served, baseURL!);

    await seedProfile(page);
    await page.goto("/");
    await expectScreen(page, "Today");
    await controlled(page);
    const v1 = await pageVersion(page);
    const deploy = async (suffix: string) => {
      await cp(testInfo.outputPath(suffix), served, { recursive: true, force: true });
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      await expect.poll(() => waitingVersion(page), { timeout: 10_000 }).toBe(`${v1}${suffix}`);
    };

    await deploy("-v2");
    await page.getByRole("button", { name: "Reload" }).click();
    await expect(page.locator("meta[name=sw-version]")).toHaveAttribute("content", `${v1}-v2`);
    await controlled(page);
    expect(await versionCaches(page)).toEqual([v1, `${v1}-v2`]);

    // v3 waits and is never taken ("Later"); v4 installs over it.
    await deploy("-v3");
    await page.getByRole("button", { name: "Later" }).click();
    await expect.poll(() => versionCaches(page)).toEqual([v1, `${v1}-v2`, `${v1}-v3`]);
    await deploy("-v4");
    // The active one, the one before it (still kept for old tabs), the waiting one: v3 is gone.
    expect(await versionCaches(page)).toEqual([v1, `${v1}-v2`, `${v1}-v4`]);

    // And once v4 takes over, v1 (two versions back) goes.
    await page.reload();
    await expect(page.getByText("Update available")).toBeVisible();
    await page.getByRole("button", { name: "Reload" }).click();
    await expect(page.locator("meta[name=sw-version]")).toHaveAttribute("content", `${v1}-v4`);
    await controlled(page);
    expect(await versionCaches(page)).toEqual([`${v1}-v2`, `${v1}-v4`]);
  });
});

/** Waits until a new version has installed and waits. */
async function waiting(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting), { timeout: 10_000 })
    .toBe(true);
}

/** The versions whose caches exist (this scope's, sorted), the record of which is active aside. */
function versionCaches(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await caches.keys())
      .map((key) => key.match(/^rotation-rehab \/ ([0-9a-f]{16}\S*)$/)?.[1])
      .filter((v): v is string => !!v)
      .sort(),
  );
}

/**
 * A second build from this one (DIST), in `dir`, as a rebuild makes it: index.html without its
 * version meta and the template worker, through scripts/precache.mjs with SW_VERSION_SUFFIX.
 * Files named by `rename` get a new hash in their name, as a changed content does, and every
 * reference to them follows; returns their old names.
 */
async function makeVersion(dir: string, suffix: string, renaming?: RegExp): Promise<string[]> {
  await cp(DIST, dir, { recursive: true });
  const index = join(dir, "index.html");
  await writeFile(index, (await readFile(index, "utf8")).replace(/<meta name="sw-version"[^>]*>/, ""));
  await cp("assets/sw.js", join(dir, "sw.js"));
  const files = await readdir(dir);
  const renamed = renaming ? files.filter((f) => renaming.test(f)) : [];
  for (const old of renamed) {
    const name = old.replace(/-([0-9a-f]{16})\./, (_, hash: string) => `-${[...hash].reverse().join("")}.`);
    if (name === old) throw new Error(`no hash in ${old}`);
    await rename(join(dir, old), join(dir, name));
    for (const f of files.filter((f) => /\.(js|html)$/.test(f) && f !== "sw.js")) {
      const text = await readFile(join(dir, f), "utf8");
      if (text.includes(old)) await writeFile(join(dir, f), text.replaceAll(old, name));
    }
  }
  await run("node", ["scripts/precache.mjs"], { TRUNK_STAGING_DIR: dir, TRUNK_PROFILE: "release", SW_VERSION_SUFFIX: suffix });
  return renamed;
}

/** The waiting worker's version, asked by message (undefined when none waits). */
async function waitingVersion(page: Page): Promise<string | undefined> {
  return page.evaluate(
    async () => {
      const worker = (await navigator.serviceWorker.getRegistration())?.waiting;
      if (!worker) return undefined;
      return new Promise<string>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (e) => resolve(e.data);
        worker.postMessage({ type: "GET_VERSION" }, [channel.port2]);
      });
    },
  );
}

/**
 * "End workout", then "End and save" in its dialog, in one turn of the page's event loop: the
 * workout screen re-renders on every tick (100 ms), which may close the dialog between two
 * separate clicks. Leptos renders in microtasks, so no tick can come between these two.
 */
async function endWorkout(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const button = (name: string) => [...document.querySelectorAll("button")].find((b) => b.textContent?.trim() === name);
    button("End workout")!.click();
    for (let i = 0; i < 1000 && !button("End and save"); i++) await Promise.resolve();
    const end = button("End and save");
    if (!end) throw new Error("no “End and save” after “End workout”");
    end.click();
  });
}

/** Run a command to completion; reject on a non-zero exit. */
function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: "inherit" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")}: exit ${code}`))));
  });
}

test.describe("a browser that allows no service worker", () => {
  test.use({ serviceWorkers: "block" });

  test("Settings does not claim the app works offline", async ({ page }) => {
    await seedProfile(page);
    await page.goto("/settings");
    await expectScreen(page, "Settings");
    await page.waitForTimeout(2_500); // past the moment the worker would be registered
    const status = page.getByTestId("offline-status");
    await expect(status).toBeVisible();
    // Playwright's block leaves the registration pending for ever (no browser answers so; they
    // refuse, below, or have no API): the status stays at "Getting ready", never more.
    await expect(status).not.toContainText("Works offline");
  });
});

test.describe("a browser that refuses the service worker", () => {
  // What private browsing does in some browsers: the API is there, the registration fails.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      ServiceWorkerContainer.prototype.register = () => Promise.reject(new DOMException("refused", "SecurityError"));
    });
  });

  test("Settings says the app will need a connection, once the browser has said no", async ({ page }) => {
    await seedProfile(page);
    await page.goto("/settings");
    await expectScreen(page, "Settings");
    const status = page.getByTestId("offline-status");
    await expect(status).toContainText("Getting ready to work offline");
    await expect(status).toContainText("This browser refused to keep the app for use offline, so it needs a connection to open.");
  });
});

test.describe("keeping the data", () => {
  // The browser's answer decides what the app shows: pin it to "not granted", and count requests.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { persistRequests: number };
      w.persistRequests = 0;
      if (!("storage" in navigator)) return;
      StorageManager.prototype.persisted = async () => false;
      StorageManager.prototype.persist = async () => {
        w.persistRequests++;
        return false;
      };
    });
  });

  test("persistence is requested after a saved session, and a backup is suggested every tenth", async ({ page, context }) => {
    const sessions = makeSessions({ weeks: 10, perWeek: 2 }).slice(-10);
    await seedProfile(page, sessions.slice(0, 9));
    await page.goto("/");
    await expectScreen(page, "Today");
    expect(await page.evaluate(() => (window as any).persistRequests)).toBe(0);
    await expect(page.getByText("Download a backup now and then")).toHaveCount(0);

    // The tenth session, saved in another tab (the app takes the other tab's copy).
    const other = await context.newPage();
    await other.goto("/");
    await expectScreen(other, "Today");
    await other.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      [KEYS.history, JSON.stringify({ v: 1, rev: 2, data: { sessions } })],
    );
    const reminder = page.getByTestId("backup-reminder");
    await expect(reminder).toBeVisible();
    expect(await page.evaluate(() => (window as any).persistRequests)).toBe(1);
    await reminder.getByRole("link", { name: "Back up in Settings" }).click();
    await expectScreen(page, "Settings");
    await expect(reminder).toHaveCount(0);
    await expect(page.getByTestId("persistence")).toContainText("has not promised to keep your data");
  });

  test.describe("on an iPhone, in Safari", () => {
    test.use({
      userAgent:
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1",
    });

    test("explains how to add the app to the Home Screen, once there is data to keep, and not on every visit", async ({ page }) => {
      // One session: the newest of two weeks' (this week's alone is none on a Monday
      // before 18:00, when its session has not happened yet).
      await seedProfile(page, makeSessions({ weeks: 2, perWeek: 1 }).slice(-1));
      await page.goto("/");
      await expectScreen(page, "Today");
      const hint = page.getByTestId("install-hint");
      await expect(hint).toContainText("Add to Home Screen");
      await hint.getByRole("button", { name: "Got it" }).click();
      await expect(hint).toHaveCount(0);
      // "Got it" is remembered: the next visit does not ask again...
      const dismissedAt = (await storedData(page, KEYS.profile)).install_hint_dismissed_at;
      expect(Math.abs(dismissedAt - Date.now())).toBeLessThan(60_000);
      await page.reload();
      await expectScreen(page, "Today");
      await expect(hint).toHaveCount(0);
      // ...until a month has passed, since Safari may still clear a tab's data.
      await page.evaluate((key) => {
        const doc = JSON.parse(localStorage.getItem(key)!);
        doc.data.install_hint_dismissed_at = Date.now() - 31 * 24 * 60 * 60 * 1000;
        localStorage.setItem(key, JSON.stringify(doc));
      }, KEYS.profile);
      await page.reload();
      await expect(hint).toBeVisible();
    });
  });
});
