import { test, expect } from "./fixtures";
import type { Page } from "@playwright/test";
import { expectScreen } from "./helpers/app";

// The release build loads under its CSP, from its own origin only (checked by the fixture), and
// the static shell is what paints first.

declare global {
  interface Window {
    __appStarted?: boolean;
  }
}

test.beforeEach(async ({ page }) => {
  // scripts/loader.js fires Trunk's event once the wasm has been instantiated and main() ran.
  await page.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", () => (window.__appStarted = true));
  });
});

test("home page loads and the app starts", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Rotation Rehab/);
  await expect(page.locator("h1")).toContainText("Rotation Rehab");
  await page.waitForFunction(() => window.__appStarted === true);
});

/** Holds back the responses to requests matching `pattern` until the returned function runs. */
async function holdBack(page: Page, pattern: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test("the static shell paints before the wasm arrives", async ({ page }) => {
  const release = await holdBack(page, "**/*.wasm");
  await page.goto("/");
  await expect(page.locator("#shell h1")).toHaveText("Rotation Rehab");
  await expect(page.locator("#shell [role=status]")).toBeVisible();
  release();
  await page.waitForFunction(() => window.__appStarted === true);
});

test("a deep link is served the app (single-page fallback)", async ({ page }) => {
  const res = await page.goto("/some/deep/route");
  expect(res?.status()).toBe(200);
  await page.waitForFunction(() => window.__appStarted === true);
  // The router, not the host, decides what an unknown route shows.
  await expect(page.locator("#shell")).toHaveCount(0);
  await expect(page).toHaveTitle(/Rotation Rehab/);
  await expect(page.locator("h1")).toBeVisible();
});

test("on a deep link, the shell stays up until the screen's code has arrived", async ({ page }) => {
  const release = await holdBack(page, "**/split_catalog_screens*.wasm");
  await page.goto("/exercises");
  await page.waitForFunction(() => window.__appStarted === true);
  // The app is up (its frame is in the page) while the catalog's code is held back: no blank
  // page in between, the shell still shows.
  await expect(page.locator(".notices")).toHaveCount(1);
  await expect(page.locator("#shell h1")).toBeVisible();
  release();
  await expectScreen(page, "Exercises");
});

test("the app replaces the static shell once mounted", async ({ page }) => {
  await page.goto("/");
  await page.waitForFunction(() => window.__appStarted === true);
  await expect(page.locator("#shell")).toHaveCount(0);
  await expect(page.locator("h1")).toContainText("Rotation Rehab");
});

test("if the app stops (a trap in the wasm), the person is told and can reload", async ({ page }) => {
  await page.goto("/");
  await page.waitForFunction(() => window.__appStarted === true);
  await expect(page.getByRole("alert")).toHaveCount(0);
  // What a Rust panic looks like from JavaScript: a WebAssembly.RuntimeError nobody caught.
  // Another kind of error is not the app stopping, and says nothing.
  await page.evaluate(() => dispatchEvent(new ErrorEvent("error", { error: new TypeError("x") })));
  await expect(page.getByRole("alert")).toHaveCount(0);
  await page.evaluate(() => dispatchEvent(new ErrorEvent("error", { error: new WebAssembly.RuntimeError("unreachable") })));
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("the app stopped");
  await expect(alert.getByRole("button", { name: "Reload" })).toBeFocused();
  await alert.getByRole("button", { name: "Reload" }).click();
  await page.waitForFunction(() => window.__appStarted === true);
  await expect(page.getByRole("alert")).toHaveCount(0);
});
