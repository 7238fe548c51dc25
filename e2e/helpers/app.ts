import type { Page } from "@playwright/test";
import { expect } from "../fixtures";
import { installClock } from "./clock";
// Builds stored documents in the app's own format (see e2e/data/make-history.mjs).
import { KEYS, historyDocument, makeSessions, profileDocument } from "../data/make-history.mjs";

export { KEYS, historyDocument, makeSessions, profileDocument };

/** A fixed moment for tests that need one: Wednesday 11 March 2026, 12:00 UTC. */
export const NOW = Date.parse("2026-03-11T12:00:00Z");

/**
 * Puts documents into localStorage before the app's first load, once per tab: a reload keeps
 * whatever the app (or the test) stored since, so resuming and persistence are really tested.
 */
export async function seedStorage(page: Page, docs: Record<string, string>): Promise<void> {
  await page.addInitScript((entries: [string, string][]) => {
    if (sessionStorage.getItem("e2e-seeded")) return;
    for (const [key, value] of entries) localStorage.setItem(key, value);
    sessionStorage.setItem("e2e-seeded", "1");
  }, Object.entries(docs));
}

/** A set-up beginner with a band: knee rotations and the Pallof hold (2 a week). */
export async function seedProfile(page: Page, history?: unknown[]): Promise<void> {
  const docs: Record<string, string> = { [KEYS.profile]: profileDocument() };
  if (history) docs[KEYS.history] = historyDocument(history);
  await seedStorage(page, docs);
}

/** Waits until the app (not the static shell) shows the screen with this heading. */
export async function expectScreen(page: Page, heading: string | RegExp): Promise<void> {
  await expect(page.locator("#shell")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
}

/** A stored document's `data`, parsed (null when the key is absent). */
export async function storedData(page: Page, key: string): Promise<any> {
  const text = await page.evaluate((k) => localStorage.getItem(k), key);
  return text === null ? null : JSON.parse(text).data;
}

/** The screens a set-up person reaches from the main navigation, with their headings. */
export const MAIN_SCREENS: [string, string][] = [
  ["/", "Today"],
  ["/exercises", "Exercises"],
  ["/exercises/pallof-press", "Pallof press"],
  ["/settings", "Settings"],
  ["/history", "History"],
  ["/history/calendar", "Calendar"],
  ["/progress", "Progress"],
];

/**
 * The seeded beginner's workout, started at `at` on a paused clock (installed at NOW): with
 * this pain score at the check-in, or with "Start without answering" when `pain` is null.
 */
export async function startSeededWorkout(page: Page, at: number, pain: number | null): Promise<void> {
  await seedProfile(page);
  await installClock(page, NOW);
  await page.goto("/workout");
  await expectScreen(page, "Ready?");
  await page.clock.pauseAt(at);
  if (pain === null) {
    await page.getByRole("button", { name: "Start without answering" }).click();
  } else {
    // The answer starts the workout at once: the options are buttons.
    await page
      .getByRole("group", { name: "How does your back feel right now?" })
      .getByRole("button", { name: String(pain), exact: true })
      .click();
    // Above the pain limit, the app says so first; the person may still start, gently.
    if (pain > 5) await page.getByRole("button", { name: "Start gently" }).click();
  }
  await expectScreen(page, "Knee rotations on the floor");
}
