import { test, expect } from "./fixtures";

// Every exercise page shows its demonstration: a drawing with a name and a description that
// moves; with "reduce motion" it shows the start and end poses, still.

const EXERCISES = [
  "knee-rotations", "texas-twist", "pallof-hold", "pallof-press", "cable-rotation",
  "cable-low-to-high", "cable-high-to-low", "cable-kneeling", "swiss-ball-leg-rotations", "landmine-rotation",
];

for (const id of EXERCISES) {
  test(`${id}: the demonstration is drawn, named, and moves`, async ({ page }) => {
    await page.goto(`/exercises/${id}`);
    const figure = page.locator("svg.figure").first();
    await expect(figure).toBeVisible();
    await expect(figure).toHaveAttribute("role", "img");
    // The accessible name and description come from <title> and <desc>.
    const named = await figure.evaluate((svg) => {
      const byId = (attr: string) => document.getElementById(svg.getAttribute(attr) ?? "")?.textContent ?? "";
      return { name: byId("aria-labelledby"), description: byId("aria-describedby"), paths: svg.querySelectorAll("path").length };
    });
    expect(named.name.length).toBeGreaterThan(3);
    expect(named.description.length).toBeGreaterThan(10);
    expect(named.paths).toBeGreaterThan(2);
    const first = await figure.screenshot();
    await page.waitForTimeout(1000);
    const second = await figure.screenshot();
    expect(first.equals(second), "the figure moved between two screenshots a second apart").toBe(false);
  });
}

test("the looping demonstration can be paused and played again", async ({ page }) => {
  await page.goto("/exercises/pallof-press");
  const figure = page.locator("svg.figure").first();
  await expect(figure).toBeVisible();
  const pause = page.getByRole("button", { name: "Pause the movement" });
  await pause.click();
  const play = page.getByRole("button", { name: "Play the movement" });
  await expect(play).not.toHaveAttribute("aria-pressed");
  const first = await figure.screenshot();
  await page.waitForTimeout(1000);
  expect(first.equals(await figure.screenshot()), "still while paused").toBe(true);
  await play.click();
  await expect(pause).not.toHaveAttribute("aria-pressed");
  await page.waitForTimeout(1000);
  expect(first.equals(await figure.screenshot()), "moving again").toBe(false);
});

// The figure is drawn a task after the page's text, in a box of its size: what follows it must
// not move when it appears. A browser may paint between the two tasks (on a slow phone it does),
// so the facts under the figure are measured as soon as they are in the page, and again at the end.
test("the exercise page does not move when its demonstration appears", async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { factsTop?: number; figureThen?: boolean };
    new MutationObserver((_, observer) => {
      const facts = document.querySelector("dl.facts");
      if (!facts || document.getElementById("shell")) return; // the loader removes the shell
      w.factsTop = facts.getBoundingClientRect().top;
      w.figureThen = !!document.querySelector("svg.figure");
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto("/exercises/pallof-hold");
  await expect(page.locator("svg.figure")).toBeVisible();
  const seen = await page.evaluate(() => {
    const w = window as unknown as { factsTop?: number; figureThen?: boolean };
    return { first: w.factsTop, figureThen: w.figureThen, now: document.querySelector("dl.facts")!.getBoundingClientRect().top };
  });
  expect(seen.figureThen, "the figure comes a task after the text").toBe(false);
  expect(seen.first).toBeGreaterThan(0);
  expect(seen.now).toBe(seen.first);
});

test.describe("with reduced motion", () => {
  test.use({ contextOptions: { reducedMotion: "reduce" } });

  test("the start and end poses are shown side by side, still", async ({ page }) => {
    await page.goto("/exercises/pallof-hold");
    const stills = page.locator(".figure-stills .figure-still");
    await expect(stills).toHaveCount(2);
    await expect(stills.nth(0).locator("figcaption")).toHaveText("Start");
    await expect(stills.nth(1).locator("figcaption")).toContainText("End");
    const before = await page.locator(".figure-stills").screenshot();
    await page.waitForTimeout(1000);
    expect((await page.locator(".figure-stills").screenshot()).equals(before)).toBe(true);
  });
});
