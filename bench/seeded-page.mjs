// A fresh Chromium with a phone-sized page whose origin already holds what scripts/bench stores
// before it measures a screen (`seedFor` in scripts/bench-browser.mjs). The storage is written
// from a blank page of the same origin, answered by Playwright, so no app file is fetched (and
// cached) before the measured load. For the bench/ scripts.
import { chromium } from "@playwright/test";
import { seedFor } from "../scripts/bench-browser.mjs";

/** `{ browser, context, page }`, with the storage seeded for `path`; close `browser` when done. */
export async function seededPage(origin, path) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.route(`${origin}/__seed`, (route) => route.fulfill({ contentType: "text/html", body: "<title>seed</title>" }));
  await page.goto(`${origin}/__seed`);
  const docs = seedFor(path);
  await page.evaluate((d) => {
    for (const [k, v] of Object.entries(d)) localStorage.setItem(k, v);
  }, docs);
  return { browser, context, page };
}
