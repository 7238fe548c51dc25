#!/usr/bin/env node
// Phone-size screenshots of every demonstration and the main screens, light and dark, for
// docs/screenshots/ (referenced from the README), so a reviewer can look without running
// anything. Usage: node scripts/screenshots.mjs [dist-dir=dist] [out=docs/screenshots]
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { KEYS, profileDocument, historyDocument, makeSessions } from "../e2e/data/make-history.mjs";

const dist = process.argv[2] ?? "dist";
const out = process.argv[3] ?? "docs/screenshots";
const port = 4517;
const base = `http://127.0.0.1:${port}`;
mkdirSync(out, { recursive: true });

const server = spawn("node", ["scripts/static-server.mjs", dist, String(port)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));

const EXERCISES = [
  "knee-rotations", "texas-twist", "pallof-hold", "pallof-press", "cable-rotation",
  "cable-low-to-high", "cable-high-to-low", "cable-kneeling", "swiss-ball-leg-rotations", "landmine-rotation",
];
const SCREENS = [["today", "/"], ["exercises", "/exercises"], ["history", "/history"], ["progress", "/progress"], ["settings", "/settings"]];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  for (const scheme of ["light", "dark"]) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: scheme, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${base}/exercises`);
    await page.evaluate(([k, p, h]) => { localStorage.setItem(k.profile, p); localStorage.setItem(k.history, h); },
      [KEYS, profileDocument(), historyDocument(makeSessions({ weeks: 12 }))]);
    for (const id of EXERCISES) {
      await page.goto(`${base}/exercises/${id}`);
      const figure = page.locator("svg.figure").first();
      await figure.waitFor();
      await page.waitForTimeout(900); // mid-movement, not the start pose
      await figure.screenshot({ path: `${out}/demo-${id}-${scheme}.png` });
    }
    for (const [name, path] of SCREENS) {
      await page.goto(`${base}${path}`);
      await page.locator("main h1").waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}/screen-${name}-${scheme}.png` });
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`screenshots written to ${out}/`);
