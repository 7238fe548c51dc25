import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { MAIN_SCREENS, NOW, expectScreen, makeSessions, seedProfile, startSeededWorkout } from "./helpers/app";
import { installClock } from "./helpers/clock";

// Issue 7, accessibility beyond the scores: a visible focus on every control reached by Tab,
// the workout's phase changes told to screen readers once each, and timer digits at 7:1.

const T0 = NOW + 10 * 60 * 1000;

/** The seeded beginner's workout, started at T0 on a paused clock. */
const startWorkout = (page: Page) => startSeededWorkout(page, T0, null);

test("every control reached by Tab shows where the focus is", async ({ page }) => {
  await installClock(page, NOW);
  await seedProfile(page, makeSessions({ weeks: 12, now: NOW }));
  for (const [url, heading] of MAIN_SCREENS) {
    await page.goto(url);
    await expectScreen(page, heading);
    const seen = new Set<string>();
    const unmarked: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
        // A control that hides its own box (a radio inside a segment) marks its label instead.
        const label = el.closest("label");
        const labelOutline = label ? getComputedStyle(label).outlineStyle !== "none" : false;
        const path = `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute("aria-label") || (el as HTMLInputElement).value || "").trim().slice(0, 30)}"`;
        return { path: `${path}#${[...document.querySelectorAll("*")].indexOf(el)}`, visible: outline || labelOutline };
      });
      if (!focus) continue;
      if (seen.has(focus.path)) break; // around once
      seen.add(focus.path);
      if (!focus.visible) unmarked.push(focus.path);
    }
    expect(seen.size, `${url}: Tab reaches the controls`).toBeGreaterThan(3);
    expect(unmarked, `${url}: focus without a visible mark`).toEqual([]);
  }
});

// Big touch targets (the mission: a person in pain, on a mat). Links inside text are exempt;
// every button, field and file picker is at least 44 px tall (the app's own size is 48).
test("every button and field on the main screens is a big enough touch target", async ({ page }) => {
  await installClock(page, NOW);
  await seedProfile(page, makeSessions({ weeks: 12, now: NOW }));
  for (const [url, heading] of [...MAIN_SCREENS, ["/workout", "Ready?"]]) {
    await page.goto(url);
    await expectScreen(page, heading);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll("main button, main select, main textarea, main input, main .button")]
        .map((el) => {
          // A radio or checkbox hidden inside its label: the label is what a finger taps.
          const target = (el as HTMLInputElement).type === "radio" || (el as HTMLInputElement).type === "checkbox"
            ? el.closest("label") ?? el
            : el;
          const r = target.getBoundingClientRect();
          return { what: `${el.tagName.toLowerCase()}[${(el as HTMLInputElement).type ?? ""}] "${(target.textContent ?? "").trim().slice(0, 30)}"`, height: r.height };
        })
        .filter((t) => t.height > 0 && t.height < 44),
    );
    expect(small, `${url}: controls under 44 px`).toEqual([]);
  }
});

test("the workout's phase changes are announced politely, once per change", async ({ page }) => {
  await startWorkout(page);
  const region = page.locator("main.workout > [aria-live=polite]");
  await expect(region).toHaveCount(1);
  await expect(region).toHaveText("Get ready: Knee rotations on the floor, side to side. Set 1 of 2.");
  await page.clock.runFor(5_100);
  await expect(region).toHaveText("Go. Side to side. Set 1 of 2.");
  // The count goes on; what a screen reader hears does not repeat every second.
  const texts = new Set<string>();
  for (let i = 0; i < 5; i++) {
    await page.clock.runFor(1_000);
    texts.add((await region.textContent()) ?? "");
  }
  expect([...texts]).toEqual(["Go. Side to side. Set 1 of 2."]);
  await page.clock.runFor(48_000);
  await expect(region).toHaveText("Rest. Set 1 of 2 done.");
  // A pause is said as such, and so is carrying on.
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(region).toHaveText("Paused.");
  await page.getByRole("button", { name: "Resume" }).click();
  await expect(region).toHaveText("Rest. Set 1 of 2 done.");
});

/** WCAG contrast of an element's text against the first opaque background behind it. */
async function digitContrast(page: Page) {
  return page.locator(".wk-big").evaluate((el) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    let bg: number[] = [];
    for (let node: Element | null = el; node; node = node.parentElement) {
      const c = rgb(getComputedStyle(node).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) {
        bg = c.slice(0, 3);
        break;
      }
    }
    if (bg.length === 0) bg = [255, 255, 255];
    const fg = rgb(getComputedStyle(el).color).slice(0, 3);
    const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  });
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`timer digits stand at 7:1 or more against their background (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await startWorkout(page);
    // Get ready (0-5 s), the reps (5-53 s) and the rest (53-83 s) each draw the big number.
    for (const at of [1_000, 5_000, 50_000]) {
      await page.clock.runFor(at);
      const ratio = await digitContrast(page);
      expect(ratio, `contrast ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(7);
    }
  });
}

test("the check-in's options act only when pressed: arrow keys do not start the workout", async ({ page }) => {
  await seedProfile(page);
  await page.goto("/workout");
  await expectScreen(page, "Ready?");
  const options = page.getByRole("group", { name: "How does your back feel right now?" });
  await options.getByRole("button", { name: "0", exact: true }).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expectScreen(page, "Ready?");
  // Tab to 3, then Enter: that is the answer.
  for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
  await expect(options.getByRole("button", { name: "3", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expectScreen(page, "Knee rotations on the floor");
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("rotation-rehab/workout")!));
  expect(stored.data.workout.pain_before).toBe(3);
});

test("a sheet over the workout holds the focus, closes with Escape, and gives the focus back", async ({ page }) => {
  await startWorkout(page);
  const hurts = page.getByRole("button", { name: "This hurts" });
  await hurts.focus();
  await page.keyboard.press("Enter");
  const sheet = page.getByRole("dialog", { name: "What is happening?" });
  await expect(sheet).toBeVisible();
  // The question has the focus, not its first answer (a warning sign, which stops the
  // workout until a clinician has seen the person): Space, pressed out of habit, answers nothing.
  await expect(sheet.getByRole("heading", { name: "What is happening?" })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(sheet).toBeVisible();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Tab");
    // The browser's own controls (the address bar) may take a turn; the page's never do.
    const inside = await page.evaluate(() => {
      const el = document.activeElement;
      return !el || el === document.body || !!el.closest("dialog");
    });
    expect(inside, "the focus stays in the sheet").toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(sheet).toHaveCount(0);
  await expect(hurts).toBeFocused();
  // Escape is not an answer: the workout stays paused.
  await expect(page.getByRole("button", { name: "Resume" })).toBeVisible();
});

test("the tab bar never hides the control that has the focus", async ({ page }) => {
  await installClock(page, NOW);
  await seedProfile(page, makeSessions({ weeks: 12, now: NOW }));
  for (const [url, heading] of [["/history", "History"], ["/settings", "Settings"]]) {
    await page.goto(url);
    await expectScreen(page, heading);
    const hidden: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const covered = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const nav = document.querySelector(".main-nav");
        if (!el || !nav || nav.contains(el) || el === document.body) return null;
        const r = el.getBoundingClientRect();
        return r.bottom > nav.getBoundingClientRect().top + 1 ? (el.textContent ?? "").trim().slice(0, 30) : null;
      });
      if (covered) hidden.push(covered);
    }
    expect(hidden, `${url}: focused controls under the tab bar`).toEqual([]);
  }
});

test("each option of the pain scale is at least 44 px square on a 320 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await seedProfile(page);
  await page.goto("/workout");
  await expectScreen(page, "Ready?");
  const sizes = await page.locator(".pain-option").evaluateAll((els) =>
    els.map((el) => { const r = el.getBoundingClientRect(); return Math.min(r.width, r.height); }));
  expect(sizes).toHaveLength(11);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
